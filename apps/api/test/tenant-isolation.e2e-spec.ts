import { bearer, login, seedWorld, ALFA, type World } from './support/seed';
import { startTestApp, type TestApp } from './support/test-app';
import { listRoutes, routeKey } from './support/routes';

/**
 * For every tenant-scoped route, a person of institution Alfa using Beta's ids gets 404 with no
 * data, lists show only Alfa's rows, and a member without the role gets 403. A new tenant route
 * without a case here makes the first test fail.
 */
describe('tenant isolation', () => {
  let t: TestApp;
  let world: World;
  let adminA: string;
  let declaranteA: string;
  let betaInvitationId: string;
  const notFound = { statusCode: 404, code: 'NO_ENCONTRADO' };

  beforeAll(async () => {
    t = await startTestApp();
    world = await seedWorld(t);
    adminA = (await login(t, world.adminA.email)).token;
    declaranteA = (await login(t, world.declaranteA.email)).token;
    const adminB = (await login(t, world.adminB.email)).token;
    const inv = await t.http().post('/api/invitations').set(bearer(adminB)).send({ email: 'solo.beta@prueba.mx', roles: ['DECLARANTE'] }).expect(201);
    betaInvitationId = inv.body.id;
  });
  afterAll(() => t.close());

  type Case = () => Promise<void>;
  const cases: Record<string, Case> = {
    'GET /api/members': async () => {
      const res = await t.http().get('/api/members').set(bearer(adminA)).expect(200);
      const emails: string[] = res.body.items.map((m: { email: string }) => m.email);
      expect(emails).not.toContain(world.adminB.email);
      expect(emails).not.toContain(world.declaranteB.email);
      await t.http().get('/api/members').set(bearer(declaranteA)).expect(403);
    },
    'GET /api/members/:id': async () => {
      const res = await t.http().get(`/api/members/${world.declaranteB.membershipId}`).set(bearer(adminA)).expect(404);
      expect(res.body).toMatchObject(notFound);
      expect(JSON.stringify(res.body)).not.toContain(world.declaranteB.email);
      await t.http().get(`/api/members/${world.declaranteA.membershipId}`).set(bearer(adminA)).expect(200);
      await t.http().get(`/api/members/no-es-uuid`).set(bearer(adminA)).expect(404);
      await t.http().get(`/api/members/${world.declaranteA.membershipId}`).set(bearer(declaranteA)).expect(403);
    },
    'PATCH /api/members/:id': async () => {
      await t.http().patch(`/api/members/${world.declaranteB.membershipId}`).set(bearer(adminA)).send({ roles: ['ADMIN_INSTITUCION'] }).expect(404);
      const owner = await t.owner();
      const { rows } = await owner.query(`SELECT roles FROM memberships WHERE id = $1`, [world.declaranteB.membershipId]);
      expect(rows[0].roles).toEqual(['DECLARANTE']);
      await t.http().patch(`/api/members/${world.declaranteA.membershipId}`).set(bearer(declaranteA)).send({ roles: ['ADMIN_INSTITUCION'] }).expect(403);
    },
    'GET /api/invitations': async () => {
      const res = await t.http().get('/api/invitations').set(bearer(adminA)).expect(200);
      expect(res.body.items.map((i: { id: string }) => i.id)).not.toContain(betaInvitationId);
      expect(res.body.items.map((i: { email: string }) => i.email)).not.toContain('solo.beta@prueba.mx');
      await t.http().get('/api/invitations').set(bearer(declaranteA)).expect(403);
    },
    'POST /api/invitations': async () => {
      const res = await t.http().post('/api/invitations').set(bearer(adminA)).send({ email: 'a.para.alfa@prueba.mx', roles: ['DECLARANTE'] }).expect(201);
      const owner = await t.owner();
      const { rows } = await owner.query(`SELECT institution_id FROM invitations WHERE id = $1`, [res.body.id]);
      expect(rows[0].institution_id).toBe(ALFA.id);
      await t.http().post('/api/invitations').set(bearer(declaranteA)).send({ email: 'z@prueba.mx', roles: ['DECLARANTE'] }).expect(403);
    },
    'POST /api/invitations/:id/revoke': async () => {
      const res = await t.http().post(`/api/invitations/${betaInvitationId}/revoke`).set(bearer(adminA)).expect(404);
      expect(res.body).toMatchObject(notFound);
      const owner = await t.owner();
      const { rows } = await owner.query(`SELECT revoked_at FROM invitations WHERE id = $1`, [betaInvitationId]);
      expect(rows[0].revoked_at).toBeNull();
      await t.http().post(`/api/invitations/${betaInvitationId}/revoke`).set(bearer(declaranteA)).expect(403);
    },
    'GET /api/audit-events': async () => {
      const res = await t.http().get('/api/audit-events?limit=200').set(bearer(adminA)).expect(200);
      expect(res.body.map((e: { targetId: string }) => e.targetId)).not.toContain(betaInvitationId);
      const owner = await t.owner();
      const { rows } = await owner.query(`SELECT count(*)::int AS n FROM audit_events WHERE institution_id = $1`, [ALFA.id]);
      expect(res.body).toHaveLength(rows[0].n);
      await t.http().get('/api/audit-events').set(bearer(declaranteA)).expect(403);
    },
  };

  it('has a case for every tenant-scoped route', () => {
    const tenantRoutes = listRoutes(t.app).filter((r) => r.policy?.kind === 'member').map(routeKey);
    expect(tenantRoutes.sort()).toEqual(Object.keys(cases).sort());
  });

  for (const [route, run] of Object.entries(cases)) {
    it(`${route}: Alfa sees nothing of Beta`, run);
  }
});
