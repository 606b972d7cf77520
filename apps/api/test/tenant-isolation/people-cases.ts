import { bearer, ALFA } from '../support/seed';
import { BETA_CURP, ROSTER_CSV, caseOf, notFound, type Isolation, type IsolationCases } from './beta-world';

/** The institution's people: members, invitations, the roster, the audit trail and the reviewers list. */
export function peopleIsolationCases(x: () => Isolation): IsolationCases {
  const run = caseOf(x);
  return {
    'GET /api/members': run(async ({ t, world, adminA, declaranteA }) => {
      const res = await t.http().get('/api/members').set(bearer(adminA)).expect(200);
      const emails: string[] = res.body.items.map((m: { email: string }) => m.email);
      expect(emails).not.toContain(world.adminB.email);
      expect(emails).not.toContain(world.declaranteB.email);
      await t.http().get('/api/members').set(bearer(declaranteA)).expect(403);
    }),
    'GET /api/members/:id': run(async ({ t, world, adminA, declaranteA }) => {
      const res = await t.http().get(`/api/members/${world.declaranteB.membershipId}`).set(bearer(adminA)).expect(404);
      expect(res.body).toMatchObject(notFound);
      expect(JSON.stringify(res.body)).not.toContain(world.declaranteB.email);
      await t.http().get(`/api/members/${world.declaranteA.membershipId}`).set(bearer(adminA)).expect(200);
      await t.http().get(`/api/members/no-es-uuid`).set(bearer(adminA)).expect(404);
      await t.http().get(`/api/members/${world.declaranteA.membershipId}`).set(bearer(declaranteA)).expect(403);
    }),
    'PATCH /api/members/:id': run(async ({ t, world, adminA, declaranteA }) => {
      await t.http().patch(`/api/members/${world.declaranteB.membershipId}`).set(bearer(adminA)).send({ roles: ['ADMIN_INSTITUCION'] }).expect(404);
      const owner = await t.owner();
      const { rows } = await owner.query(`SELECT roles FROM memberships WHERE id = $1`, [world.declaranteB.membershipId]);
      expect(rows[0].roles).toEqual(['DECLARANTE']);
      await t.http().patch(`/api/members/${world.declaranteA.membershipId}`).set(bearer(declaranteA)).send({ roles: ['ADMIN_INSTITUCION'] }).expect(403);
    }),
    'GET /api/invitations': run(async ({ t, adminA, declaranteA, beta }) => {
      const res = await t.http().get('/api/invitations').set(bearer(adminA)).expect(200);
      expect(res.body.items.map((i: { id: string }) => i.id)).not.toContain(beta.invitationId);
      expect(res.body.items.map((i: { email: string }) => i.email)).not.toContain('solo.beta@prueba.mx');
      await t.http().get('/api/invitations').set(bearer(declaranteA)).expect(403);
    }),
    'POST /api/invitations': run(async ({ t, adminA, declaranteA }) => {
      const res = await t.http().post('/api/invitations').set(bearer(adminA)).send({ email: 'a.para.alfa@prueba.mx', roles: ['DECLARANTE'] }).expect(201);
      const owner = await t.owner();
      const { rows } = await owner.query(`SELECT institution_id FROM invitations WHERE id = $1`, [res.body.id]);
      expect(rows[0].institution_id).toBe(ALFA.id);
      await t.http().post('/api/invitations').set(bearer(declaranteA)).send({ email: 'z@prueba.mx', roles: ['DECLARANTE'] }).expect(403);
    }),
    'POST /api/invitations/:id/revoke': run(async ({ t, adminA, declaranteA, beta }) => {
      const res = await t.http().post(`/api/invitations/${beta.invitationId}/revoke`).set(bearer(adminA)).expect(404);
      expect(res.body).toMatchObject(notFound);
      const owner = await t.owner();
      const { rows } = await owner.query(`SELECT revoked_at FROM invitations WHERE id = $1`, [beta.invitationId]);
      expect(rows[0].revoked_at).toBeNull();
      await t.http().post(`/api/invitations/${beta.invitationId}/revoke`).set(bearer(declaranteA)).expect(403);
    }),
    'POST /api/roster/imports': run(async ({ t, adminA, declaranteA }) => {
      const res = await t.http().post('/api/roster/imports').set(bearer(adminA)).set('Content-Type', 'text/csv').send(ROSTER_CSV(BETA_CURP)).expect(201);
      // Beta's person is new to Alfa's roster: the preview compares with Alfa's rows only.
      expect(res.body.counts).toMatchObject({ NUEVA: 1, CAMBIO: 0, SIN_CAMBIO: 0 });
      const { rows } = await (await t.owner()).query(`SELECT institution_id FROM roster_imports WHERE id = $1`, [res.body.id]);
      expect(rows[0].institution_id).toBe(ALFA.id);
      await t.http().post('/api/roster/imports').set(bearer(declaranteA)).set('Content-Type', 'text/csv').send(ROSTER_CSV(BETA_CURP)).expect(403);
    }),
    'GET /api/roster/imports/:id': run(async ({ t, adminA, declaranteA, beta }) => {
      const res = await t.http().get(`/api/roster/imports/${beta.importId}`).set(bearer(adminA)).expect(404);
      expect(res.body).toMatchObject(notFound);
      await t.http().get(`/api/roster/imports/${beta.importId}`).set(bearer(declaranteA)).expect(403);
    }),
    'POST /api/roster/imports/:id/apply': run(async ({ t, adminA, declaranteA, beta }) => {
      await t.http().post(`/api/roster/imports/${beta.importId}/apply`).set(bearer(adminA)).expect(404);
      await t.http().post(`/api/roster/imports/${beta.importId}/apply`).set(bearer(declaranteA)).expect(403);
      const { rows } = await (await t.owner()).query(`SELECT status FROM roster_imports WHERE id = $1`, [beta.importId]);
      expect(rows[0].status).toBe('PREVISTA');
    }),
    'POST /api/roster/imports/:id/discard': run(async ({ t, adminA, declaranteA, beta }) => {
      await t.http().post(`/api/roster/imports/${beta.importId}/discard`).set(bearer(adminA)).expect(404);
      await t.http().post(`/api/roster/imports/${beta.importId}/discard`).set(bearer(declaranteA)).expect(403);
      const { rows } = await (await t.owner()).query(`SELECT status FROM roster_imports WHERE id = $1`, [beta.importId]);
      expect(rows[0].status).toBe('PREVISTA');
    }),
    'GET /api/roster': run(async ({ t, adminA, declaranteA, beta }) => {
      const res = await t.http().get(`/api/roster?q=${BETA_CURP}`).set(bearer(adminA)).expect(200);
      expect(res.body.items.map((p: { id: string }) => p.id)).not.toContain(beta.personId);
      await t.http().get('/api/roster').set(bearer(declaranteA)).expect(403);
    }),
    'GET /api/roster/:personId': run(async ({ t, adminA, declaranteA, beta }) => {
      const res = await t.http().get(`/api/roster/${beta.personId}`).set(bearer(adminA)).expect(404);
      expect(res.body).toMatchObject(notFound);
      expect(JSON.stringify(res.body)).not.toContain(BETA_CURP);
      await t.http().get(`/api/roster/${beta.personId}`).set(bearer(declaranteA)).expect(403);
    }),
    'PATCH /api/roster/:personId': run(async ({ t, adminA, declaranteA, beta }) => {
      await t.http().patch(`/api/roster/${beta.personId}`).set(bearer(adminA)).send({ nombres: 'Cambiado' }).expect(404);
      await t.http().patch(`/api/roster/${beta.personId}`).set(bearer(declaranteA)).send({ nombres: 'Cambiado' }).expect(403);
      const { rows } = await (await t.owner()).query(`SELECT nombres FROM roster_people WHERE id = $1`, [beta.personId]);
      expect(rows[0].nombres).toBe('Solo');
    }),
    'GET /api/audit-events': run(async ({ t, adminA, declaranteA, beta }) => {
      const res = await t.http().get('/api/audit-events?limit=200').set(bearer(adminA)).expect(200);
      expect(res.body.map((e: { targetId: string }) => e.targetId)).not.toContain(beta.invitationId);
      const owner = await t.owner();
      const { rows } = await owner.query(`SELECT count(*)::int AS n FROM audit_events WHERE institution_id = $1`, [ALFA.id]);
      expect(res.body).toHaveLength(rows[0].n);
      await t.http().get('/api/audit-events').set(bearer(declaranteA)).expect(403);
    }),
    'PUT /api/members/:id/employment-level': run(async ({ t, world, adminA, declaranteA }) => {
      const level = { employmentLevel: 'JEFE_DEPARTAMENTO_O_SUPERIOR' };
      await t.http().put(`/api/members/${world.declaranteB.membershipId}/employment-level`).set(bearer(adminA)).send(level).expect(404);
      const { rows } = await (await t.owner()).query(`SELECT employment_level FROM memberships WHERE id = $1`, [world.declaranteB.membershipId]);
      expect(rows[0].employment_level).toBe('INFERIOR_A_JEFE_DEPARTAMENTO');
      await t.http().put(`/api/members/${world.declaranteA.membershipId}/employment-level`).set(bearer(declaranteA)).send(level).expect(403);
    }),
    'GET /api/reviewers': run(async ({ t, world, adminA, declaranteA }) => {
      const res = await t.http().get('/api/reviewers').set(bearer(adminA)).expect(200);
      const ids: string[] = res.body.map((r: { userId: string }) => r.userId);
      expect(ids).toEqual(expect.arrayContaining([world.adminA.userId, world.revisorA.userId]));
      expect(ids).not.toContain(world.adminB.userId);
      await t.http().get('/api/reviewers').set(bearer(declaranteA)).expect(403);
    }),
  };
}
