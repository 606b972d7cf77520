import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { FilingReadService } from '@veraz/declarations';
import { DeclarationPdfService } from '@veraz/documents';
import { DEFAULT_THRESHOLDS } from '@veraz/integrity';
import { UnitOfWork } from '@veraz/tenancy';
import { DeclarationsApi, LEVEL, type Filer } from '../declarations/helpers';
import { basic, pdnFields, requestToken } from '../s1/credentials-helpers';
import { ALFA, bearer, login, seedWorld, type World } from '../support/seed';
import { startTestApp, type TestApp } from '../support/test-app';
import { waitFor } from '../support/wait';

/**
 * The red flags through the real pipeline: signing enqueues the filing's score, an admin's new
 * thresholds re-score every filing under a new version (the old scores keep theirs), reviewers read
 * the result in the risk-ordered list; and nothing of it reaches S1, the bulk download or the public PDF.
 */
describe('integrity: signing, scoring, thresholds and privacy', () => {
  let t: TestApp;
  let world: World;
  let revisor: string;
  let admin: string;
  let rich: Filer;
  let plain: Filer;
  let flagged: { id: string; folio: string };
  let other: { id: string; folio: string };
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'veraz-integrity-e2e-'));

  beforeAll(async () => {
    t = await startTestApp();
    world = await seedWorld(t);
    revisor = (await login(t, world.revisorA.email)).token;
    admin = (await login(t, world.adminA.email)).token;
    const api = new DeclarationsApi(t, admin);
    rich = await api.filer('riesgo.alto', LEVEL.completa);
    plain = await api.filer('riesgo.bajo', LEVEL.simplificada);
    flagged = (await api.file(rich, 'inicial-completa')).filing;
    other = (await api.file(plain, 'inicial-simplificada')).filing;
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  const scoresOf = async (filingId: string) =>
    (await (await t.owner()).query(`SELECT threshold_version, score, rule_codes FROM filing_risk_scores WHERE filing_id = $1 ORDER BY threshold_version`, [filingId])).rows;
  const riskList = async () => (await t.http().get('/api/filings').query({ orden: 'riesgo' }).set(bearer(revisor)).expect(200)).body.items as Array<Record<string, any>>;

  it('scores each filing after signing, and the list shows the riskiest first', async () => {
    for (const f of [flagged, other]) await waitFor(async () => (await scoresOf(f.id)).length > 0, `the score of ${f.folio}`, 60_000);
    const [stored] = await scoresOf(flagged.id);
    // The reference example declares a 310 m² house, a flat in San Antonio and a loan from a person.
    expect(stored.rule_codes).toEqual(expect.arrayContaining(['CASA_GRANDE', 'BIENES_EN_EL_EXTRANJERO', 'PRESTAMO_PERSONA_FISICA']));
    const rows = await riskList();
    // Filed last, the plain filing comes first by date; by risk the flagged one does.
    expect(rows.map((r) => r.id)).toEqual([flagged.id, other.id]);
    expect(rows[0].risk).toEqual({ score: stored.score, flagCount: stored.rule_codes.length, thresholdVersion: 1 });
    const newest = (await t.http().get('/api/filings').set(bearer(revisor)).expect(200)).body.items;
    expect(newest.map((r: { id: string }) => r.id)).toEqual([other.id, flagged.id]);
  });

  describe('thresholds', () => {
    it('reviewers read the current version; only admins change it', async () => {
      const res = await t.http().get('/api/integrity/thresholds').set(bearer(revisor)).expect(200);
      expect(res.body.current).toMatchObject({ version: 1, thresholds: DEFAULT_THRESHOLDS, createdBy: null });
      await t.http().put('/api/integrity/thresholds').set(bearer(revisor)).send({ thresholds: DEFAULT_THRESHOLDS }).expect(403);
    });

    it('refuses bad thresholds with the field’s path and a Spanish message, creating no version', async () => {
      const bad = { ...DEFAULT_THRESHOLDS, activosVecesIngresoAnual: -1, sectoresDeLaInstitucion: ['NOEXISTE'] };
      const res = await t.http().put('/api/integrity/thresholds').set(bearer(admin)).send({ thresholds: bad }).expect(400);
      expect(res.body.errors).toEqual(
        expect.arrayContaining([
          { path: 'thresholds.activosVecesIngresoAnual', message: 'debe estar entre 1 y 1,000' },
          { path: 'thresholds.sectoresDeLaInstitucion', message: 'cada elemento debe ser una clave del catálogo sector del S1' },
        ]),
      );
      const missing = await t.http().put('/api/integrity/thresholds').set(bearer(admin)).send({}).expect(400);
      expect(missing.body.errors).toEqual(expect.arrayContaining([{ path: 'thresholds', message: 'es obligatorio' }]));
      const { rows } = await (await t.owner()).query(`SELECT max(version)::int AS v FROM integrity_threshold_versions WHERE institution_id = $1`, [ALFA.id]);
      expect(rows[0].v).toBe(1);
    });

    it('a change creates version 2 and re-scores every filing; the old scores keep version 1', async () => {
      const res = await t.http().put('/api/integrity/thresholds').set(bearer(admin)).send({ thresholds: { ...DEFAULT_THRESHOLDS, activosVecesIngresoAnual: 2 } }).expect(200);
      expect(res.body.current).toMatchObject({ version: 2, thresholds: { activosVecesIngresoAnual: 2 }, createdBy: { userId: world.adminA.userId } });
      expect(res.body.history.map((v: { version: number }) => v.version)).toEqual([2, 1]);
      const run = await waitFor(
        async () => {
          const r = (await t.http().get('/api/integrity/rescore').set(bearer(revisor)).expect(200)).body;
          return r?.state === 'TERMINADA' ? r : null;
        },
        'the re-score under version 2',
        60_000,
      );
      expect(run).toMatchObject({ thresholdVersion: 2, total: 2, done: 2, finishedAt: expect.any(String) });
      const [v1, v2] = await scoresOf(flagged.id);
      expect([v1.threshold_version, v2.threshold_version]).toEqual([1, 2]);
      expect(v2.rule_codes.filter((c: string) => !v1.rule_codes.includes(c))).toEqual(['ACTIVOS_VS_INGRESO']);
    });

    it('the reviewer finds the flagged filing first, and reads why', async () => {
      const [v1, v2] = await scoresOf(flagged.id);
      const rows = await riskList();
      expect(rows.map((r) => r.id)).toEqual([flagged.id, other.id]);
      expect(rows[0].risk).toEqual({ score: v2.score, flagCount: v2.rule_codes.length, thresholdVersion: 2 });
      expect(rows[1].risk).toEqual({ score: 0, flagCount: 0, thresholdVersion: 2 });
      const risk = (await t.http().get(`/api/filings/${flagged.id}/risk`).set(bearer(revisor)).expect(200)).body;
      expect(risk.map((v: any) => [v.thresholdVersion, v.current, v.score])).toEqual([
        [2, true, v2.score],
        [1, false, v1.score],
      ]);
      const activos = risk[0].flags.find((f: { code: string }) => f.code === 'ACTIVOS_VS_INGRESO');
      expect(activos).toMatchObject({ severity: 'ALTA', sources: expect.arrayContaining([expect.objectContaining({ filingId: flagged.id, folio: flagged.folio })]) });
      // The figures and where they come from: the assets' sum, by section, against twice the annual income.
      expect(activos.explanation).toContain('Los activos del declarante suman $5,985,200');
      expect(activos.explanation).toContain('Bienes inmuebles $4,605,000');
      expect(activos.explanation).toContain('El umbral es 2 veces el ingreso anual');
    });
  });

  describe('privacy: flags never leave the institution’s reviewers', () => {
    let secrets: string[];
    let s1Id: string;
    beforeAll(async () => {
      const flags = (await (await t.owner()).query(`SELECT flags FROM filing_risk_scores WHERE filing_id = $1 AND threshold_version = 2`, [flagged.id])).rows[0].flags;
      secrets = [...flags.map((f: { code: string }) => f.code), ...flags.map((f: { explanation: string }) => f.explanation), 'thresholdVersion', 'flagCount'];
      expect(secrets.length).toBeGreaterThan(2);
      s1Id = (await (await t.owner()).query(`SELECT s1_id FROM filings WHERE id = $1`, [flagged.id])).rows[0].s1_id;
      await waitFor(async () => (await (await t.owner()).query(`SELECT 1 FROM s1_publications WHERE s1_id = $1`, [s1Id])).rows.length > 0, 'the publication', 60_000);
    });
    const leaks = (text: string) => secrets.filter((s) => text.includes(s));

    it('the S1 endpoint serves the flagged filing without any of it', async () => {
      const client = (await t.http().post('/api/s1-clients').set(bearer(admin)).send({ label: 'PDN' }).expect(201)).body;
      const token = (await requestToken(t, 'alfa', { body: pdnFields(client), authorization: basic(client.client_id, client.client_secret) }).expect(200)).body.access_token;
      const res = await t.http().post('/s1/alfa/v2/declaraciones').set(bearer(token)).send({ pageSize: 200 }).expect(200);
      expect(res.body.results.map((r: { id: string }) => r.id)).toContain(s1Id);
      expect(leaks(res.text)).toEqual([]);
    });

    it('the bulk download carries none of it', async () => {
      const res = await t.http().get('/s1/alfa/bulk.ndjson.gz').buffer(true).parse(binary as never).expect(200);
      const text = zlib.gunzipSync(res.body as Buffer).toString('utf8');
      expect(text.trim().split('\n').map((line) => JSON.parse(line).id)).toContain(s1Id);
      expect(leaks(text)).toEqual([]);
    });

    it('the public PDF and what it is rendered from carry none of it', async () => {
      const res = await t.http().get(`/api/filings/${flagged.id}/documents/publica`).set(bearer(admin)).buffer(true).parse(binary as never).expect(200);
      const file = path.join(tmp, 'publica.pdf');
      fs.writeFileSync(file, res.body as Buffer);
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(text).toContain(flagged.folio);
      expect(leaks(text)).toEqual([]);
      // Rendered now, after the flags exist: the same public projection, nothing of the score.
      const input = await t.app.get(UnitOfWork).inTenant(ALFA.id, async () =>
        t.app.get(DeclarationPdfService).input((await t.app.get(FilingReadService).findById(flagged.id))!, 'publica'),
      );
      expect(leaks(JSON.stringify(input))).toEqual([]);
    });
  });
});

/** supertest leaves binary bodies alone unless asked to buffer them. */
function binary(res: NodeJS.ReadableStream, done: (err: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}
