import { DEFAULT_THRESHOLDS } from '@veraz/integrity';
import { bearer, ALFA, BETA } from '../support/seed';
import { caseOf, notFound, type Isolation, type IsolationCases } from './beta-world';

const BETA_EXPLANATION = 'Explicación exclusiva de la Institución Beta: crecimiento de $9,999,999.';
const BETA_M2 = 777;
const BETA_RUN = '0b0000aa-0000-4000-8000-0000000000aa';

/** Red flags (issue 17): Alfa's reviewers and admins never read Beta's scores, evolution, thresholds or re-scores. */
export function integrityIsolationCases(x: () => Isolation): IsolationCases {
  const run = caseOf(x);
  const owner = () => x().t.owner();
  // Beta's thresholds (a version Alfa never has), a flagged score of Beta's filing and a running re-score.
  const seedBeta = async () => {
    const db = await owner();
    const { filingId } = x().beta;
    await db.query(
      `INSERT INTO integrity_threshold_versions (institution_id, version, thresholds) VALUES ($1, 1, $2), ($1, 2, $3) ON CONFLICT DO NOTHING`,
      [BETA.id, JSON.stringify(DEFAULT_THRESHOLDS), JSON.stringify({ ...DEFAULT_THRESHOLDS, construccionM2: BETA_M2 })],
    );
    const flags = [{ code: 'CRECIMIENTO_NO_EXPLICADO', severity: 'ALTA', explanation: BETA_EXPLANATION, figures: [], sources: [] }];
    await db.query(
      `INSERT INTO filing_risk_scores (institution_id, filing_id, threshold_version, score, flag_count, rule_codes, flags)
       VALUES ($1, $2, 2, 40, 1, '{CRECIMIENTO_NO_EXPLICADO}', $3) ON CONFLICT DO NOTHING`,
      [BETA.id, filingId, JSON.stringify(flags)],
    );
    await db.query(
      `INSERT INTO integrity_rescore_runs (id, institution_id, threshold_version, state, total, done) VALUES ($1, $2, 2, 'EN_CURSO', 10, 3) ON CONFLICT DO NOTHING`,
      [BETA_RUN, BETA.id],
    );
  };
  const betaVersions = async () =>
    (await (await owner()).query(`SELECT count(*)::int AS n FROM integrity_threshold_versions WHERE institution_id = $1`, [BETA.id])).rows[0].n;

  return {
    'GET /api/filings/:id/risk': run(async ({ t, adminA, declaranteA, beta }) => {
      await seedBeta();
      const res = await t.http().get(`/api/filings/${beta.filingId}/risk`).set(bearer(adminA)).expect(404);
      expect(res.body).toMatchObject(notFound);
      expect(JSON.stringify(res.body)).not.toContain(BETA_EXPLANATION);
      await t.http().get(`/api/filings/${beta.filingId}/risk`).set(bearer(declaranteA)).expect(403);
      const { rows } = await (await owner()).query(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'integrity.risk_opened'`);
      expect(rows[0].n).toBe(0);
    }),
    'GET /api/integrity/people/:userId': run(async ({ t, world, adminA, declaranteA }) => {
      await seedBeta();
      const res = await t.http().get(`/api/integrity/people/${world.declaranteB.userId}`).set(bearer(adminA)).expect(404);
      expect(res.body).toMatchObject(notFound);
      expect(JSON.stringify(res.body)).not.toContain('BETA-2026');
      await t.http().get(`/api/integrity/people/${world.declaranteB.userId}`).set(bearer(declaranteA)).expect(403);
    }),
    'GET /api/integrity/thresholds': run(async ({ t, adminA, declaranteA }) => {
      await seedBeta();
      const res = await t.http().get('/api/integrity/thresholds').set(bearer(adminA)).expect(200);
      expect(res.body.history.map((v: { thresholds: { construccionM2: number } }) => v.thresholds.construccionM2)).not.toContain(BETA_M2);
      expect(res.body.rescore?.id).not.toBe(BETA_RUN);
      const { rows } = await (await owner()).query(`SELECT DISTINCT institution_id FROM integrity_threshold_versions WHERE institution_id <> $1`, [BETA.id]);
      expect(rows).toEqual([{ institution_id: ALFA.id }]);
      await t.http().get('/api/integrity/thresholds').set(bearer(declaranteA)).expect(403);
    }),
    'PUT /api/integrity/thresholds': run(async ({ t, adminA, declaranteA }) => {
      await seedBeta();
      const before = await betaVersions();
      const res = await t.http().put('/api/integrity/thresholds').set(bearer(adminA)).send({ thresholds: { ...DEFAULT_THRESHOLDS, construccionM2: 500 } }).expect(200);
      expect(res.body.history.map((v: { thresholds: { construccionM2: number } }) => v.thresholds.construccionM2)).not.toContain(BETA_M2);
      expect(await betaVersions()).toBe(before);
      await t.http().put('/api/integrity/thresholds').set(bearer(declaranteA)).send({ thresholds: DEFAULT_THRESHOLDS }).expect(403);
    }),
    'GET /api/integrity/rescore': run(async ({ t, adminA, declaranteA }) => {
      await seedBeta();
      const res = await t.http().get('/api/integrity/rescore').set(bearer(adminA)).expect(200);
      expect(res.body?.id ?? null).not.toBe(BETA_RUN);
      await t.http().get('/api/integrity/rescore').set(bearer(declaranteA)).expect(403);
    }),
  };
}
