import type { Client } from 'pg';
import { ALFA, bearer, login, seedWorld } from '../support/seed';
import { startTestApp, type TestApp } from '../support/test-app';
import { waitFor } from '../support/wait';
import { DeclarationsApi, LEVEL, sectionsOf, fixture } from '../declarations/helpers';

/**
 * Signing enqueues the obligations recompute, which enqueues the filing's risk score (rule 8 reads the
 * obligations): the reviewer's queue has a score for every filing and correction under the current version.
 */
describe('a signed filing is scored by a job under the current thresholds', () => {
  let t: TestApp;
  let api: DeclarationsApi;
  let owner: Client;

  beforeAll(async () => {
    t = await startTestApp();
    const world = await seedWorld(t);
    api = new DeclarationsApi(t, (await login(t, world.adminA.email)).token);
    owner = await t.owner();
  });
  afterAll(() => t?.close());

  const scoreOf = (filingId: string) =>
    waitFor(async () => {
      const { rows } = await owner.query(
        `SELECT s.threshold_version, s.score, s.flag_count, jsonb_array_length(s.flags) AS flags, to_char(s.scored_at, 'HH24:MI:SS.US') AS at
           FROM filing_risk_scores s WHERE s.institution_id = $1 AND s.filing_id = $2`,
        [ALFA.id, filingId],
      );
      return rows[0];
    }, `el puntaje de la declaración ${filingId}`);

  it('scores the filing, then its correction and the version it supersedes, under version 1 (the defaults)', async () => {
    const filer = await api.filer('puntaje', LEVEL.simplificada);
    const { filing: first } = await api.file(filer, 'inicial-simplificada');
    const scored = await scoreOf(first.id);
    expect(scored).toMatchObject({ threshold_version: 1 });
    expect(scored.flag_count).toBe(scored.flags);
    const versions = await owner.query(`SELECT version, created_by FROM integrity_threshold_versions WHERE institution_id = $1`, [ALFA.id]);
    expect(versions.rows).toEqual([{ version: 1, created_by: null }]);

    const started = await t.http().post(`/api/filings/${first.id}/corrections`).set(bearer(filer.token)).expect(201);
    const data = sectionsOf(fixture('inicial-simplificada'));
    await api.save(filer.token, started.body.id, 'datosGenerales', { ...data.datosGenerales, aclaracionesObservaciones: 'Corrijo mi teléfono.' }, 1);
    const second = await api.signed(filer.token, started.body.id, { notaAclaratoria: 'Corrijo el número de teléfono, que tenía dos dígitos invertidos.' });
    expect(await scoreOf(second.id)).toMatchObject({ threshold_version: 1 });
    // Queued by the obligations recompute the signature queued, under the filing's own job id.
    const queued = await owner.query(`SELECT name, payload->>'filingId' AS filing FROM outbox WHERE job_id = $1`, [`integrity-score-${second.id}`]);
    expect(queued.rows).toEqual([{ name: 'integrity.score-filing', filing: second.id }]);
    // The superseded version is scored again with its person's filings.
    await waitFor(async () => (await scoreOf(first.id)).at !== scored.at, 'el nuevo puntaje de la versión anterior');
  });
});
