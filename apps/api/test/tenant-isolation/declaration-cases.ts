import { bearer, ALFA, BETA, PASSWORD } from '../support/seed';
import { caseOf, notFound, type Isolation, type IsolationCases } from './beta-world';

/** A filer's declarations: drafts, their sections, readiness, obligations, signing and the preview. */
export function declarationIsolationCases(x: () => Isolation): IsolationCases {
  const run = caseOf(x);
  return {
    'GET /api/declarations': run(async ({ t, adminA, declaranteA, beta }) => {
      const res = await t.http().get('/api/declarations').set(bearer(declaranteA)).expect(200);
      expect(res.body.map((d: { id: string }) => d.id)).not.toContain(beta.draftId);
      await t.http().get('/api/declarations').set(bearer(adminA)).expect(403);
    }),
    'POST /api/declarations': run(async ({ t, world, adminA, declaranteA }) => {
      await t.http().put(`/api/members/${world.declaranteA.membershipId}/employment-level`).set(bearer(adminA)).send({ employmentLevel: 'INFERIOR_A_JEFE_DEPARTAMENTO' }).expect(200);
      const res = await t.http().post('/api/declarations').set(bearer(declaranteA)).send({ tipo: 'INICIAL', fechaTomaPosesion: '2024-01-01' }).expect(201);
      const { rows } = await (await t.owner()).query(`SELECT institution_id FROM declarations WHERE id = $1`, [res.body.id]);
      expect(rows[0].institution_id).toBe(ALFA.id);
      await t.http().post('/api/declarations').set(bearer(adminA)).send({ tipo: 'INICIAL', fechaTomaPosesion: '2024-01-01' }).expect(403);
    }),
    'GET /api/declarations/:id': run(async ({ t, declaranteA, beta }) => {
      expect((await t.http().get(`/api/declarations/${beta.draftId}`).set(bearer(declaranteA)).expect(404)).body).toMatchObject(notFound);
    }),
    'PUT /api/declarations/:id/sections/:section': run(async ({ t, adminA, declaranteA, beta }) => {
      await t.http().put(`/api/declarations/${beta.draftId}/sections/datosGenerales`).set(bearer(declaranteA)).set('If-Match', '"0"').send({ nombre: 'Intruso' }).expect(404);
      const { rows } = await (await t.owner()).query(`SELECT count(*)::int AS n FROM declaration_sections WHERE declaration_id = $1`, [beta.draftId]);
      expect(rows[0].n).toBe(0);
      await t.http().put(`/api/declarations/${beta.draftId}/sections/datosGenerales`).set(bearer(adminA)).set('If-Match', '"0"').send({ nombre: 'Intruso' }).expect(403);
    }),
    'GET /api/declarations/readiness': run(async ({ t, world, adminA, declaranteA }) => {
      // The answer is about the membership in the institution of the token, never another one.
      const res = await t.http().get('/api/declarations/readiness').set(bearer(declaranteA)).expect(200);
      const { rows } = await (await t.owner()).query(`SELECT employment_level FROM memberships WHERE id = $1`, [world.declaranteA.membershipId]);
      expect(res.body.employmentLevel).toBe(rows[0].employment_level);
      await t.http().get('/api/declarations/readiness').set(bearer(adminA)).expect(403);
    }),
    'GET /api/declarations/obligations': run(async ({ t, world, adminA, declaranteA }) => {
      // Beta's roster lists Beta's filer with an obligation; Alfa's filer is on no roster yet.
      const owner = await t.owner();
      const seedObligation = async (institutionId: string, userId: string, curp: string) => {
        const person = await owner.query(
          `INSERT INTO roster_people (institution_id, curp, nombres, primer_apellido, fecha_alta, user_id) VALUES ($1, $2, 'Ana', 'Pérez', '2026-01-05', $3) RETURNING id`,
          [institutionId, curp, userId],
        );
        const { rows } = await owner.query(
          `INSERT INTO obligations (institution_id, person_id, kind, period_key, trigger_date, window_start, due_date, state, basis)
           VALUES ($1, $2, 'INICIAL', '2026-01-05', '2026-01-05', '2026-01-05', '2026-03-06', 'OMISA', 'Cuarta') RETURNING id`,
          [institutionId, person.rows[0].id],
        );
        return rows[0].id as string;
      };
      const betaObligation = await seedObligation(BETA.id, world.declaranteB.userId, 'BBBB800101HDFRRN09');
      expect((await t.http().get('/api/declarations/obligations').set(bearer(declaranteA)).expect(200)).body).toEqual({ onRoster: false, items: [] });
      const alfaObligation = await seedObligation(ALFA.id, world.declaranteA.userId, 'AAAA800101HDFRRN09');
      const res = await t.http().get('/api/declarations/obligations').set(bearer(declaranteA)).expect(200);
      expect(res.body.items.map((o: { id: string }) => o.id)).toEqual([alfaObligation]);
      expect(JSON.stringify(res.body)).not.toContain(betaObligation);
      await t.http().get('/api/declarations/obligations').set(bearer(adminA)).expect(403);
    }),
    'GET /api/declarations/:id/changes': run(async ({ t, declaranteA, beta }) => {
      await t.http().get(`/api/declarations/${beta.draftId}/changes`).set(bearer(declaranteA)).expect(404);
    }),
    'GET /api/declarations/:id/self-check': run(async ({ t, adminA, declaranteA, beta }) => {
      // Beta's filer's draft: no hint, no sign that it exists; an Alfa admin is not a filer.
      const res = await t.http().get(`/api/declarations/${beta.draftId}/self-check`).set(bearer(declaranteA)).expect(404);
      expect(res.body).toMatchObject(notFound);
      expect(res.body).not.toHaveProperty('hints');
      await t.http().get(`/api/declarations/${beta.draftId}/self-check`).set(bearer(adminA)).expect(403);
    }),
    'POST /api/declarations/:id/sign': run(async ({ t, declaranteA, beta }) => {
      await t.http().post(`/api/declarations/${beta.draftId}/sign`).set(bearer(declaranteA)).send({ password: PASSWORD, aceptaProtesta: true }).expect(404);
      const { rows } = await (await t.owner()).query(`SELECT count(*)::int AS n FROM filings WHERE declaration_id = $1`, [beta.draftId]);
      expect(rows[0].n).toBe(0);
    }),
    'GET /api/declarations/:id/preview.pdf': run(async ({ t, adminA, declaranteA, beta }) => {
      const res = await t.http().get(`/api/declarations/${beta.draftId}/preview.pdf`).set(bearer(declaranteA)).expect(404);
      expect(res.body).toMatchObject(notFound);
      expect(res.headers['content-type']).not.toMatch(/pdf/);
      await t.http().get(`/api/declarations/${beta.draftId}/preview.pdf`).set(bearer(adminA)).expect(403);
    }),
  };
}
