import { bearer, login, seedWorld, ALFA, type World } from '../support/seed';
import { startTestApp, type TestApp } from '../support/test-app';

describe('deactivating and reactivating members', () => {
  let t: TestApp;
  let world: World;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    world = await seedWorld(t);
    admin = (await login(t, world.adminA.email)).token;
  });
  afterAll(() => t.close());

  const deactivate = (id: string, token = admin) => t.http().post(`/api/members/${id}/deactivate`).set(bearer(token));
  const reactivate = (id: string, token = admin) => t.http().post(`/api/members/${id}/reactivate`).set(bearer(token));

  it('ends a member’s access at their next request and on refresh, keeps their data, and reactivation restores it', async () => {
    const filer = await login(t, world.declaranteA.email);
    await t.http().get('/api/declarations').set(bearer(filer.token)).expect(200);

    const res = await deactivate(world.declaranteA.membershipId!).expect(200);
    expect(res.body).toMatchObject({ id: world.declaranteA.membershipId, roles: ['DECLARANTE'], deactivatedAt: expect.any(String) });

    // The token issued before is refused at once, with the reason.
    const refused = await t.http().get('/api/declarations').set(bearer(filer.token)).expect(401);
    expect(refused.body.message).toBe('Tu acceso a la institución de esta sesión fue desactivado. Inicia sesión de nuevo.');
    // A refresh does not bring the institution back, and its token is refused too.
    const refreshed = await t.http().post('/api/auth/refresh').set('Cookie', filer.cookie).expect(200);
    expect(refreshed.body).toMatchObject({ institution: null, roles: [], memberships: [] });
    await t.http().get('/api/declarations').set(bearer(refreshed.body.accessToken)).expect(401);
    // Signing in again gives a session without the institution.
    const again = await login(t, world.declaranteA.email);
    expect(again.body).toMatchObject({ institution: null, roles: [] });
    await t.http().get('/api/declarations').set(bearer(again.token)).expect(403);
    // Nothing was deleted: the admin still lists them, marked deactivated.
    const list = await t.http().get('/api/members').set(bearer(admin)).expect(200);
    const listed = list.body.items.find((m: { id: string }) => m.id === world.declaranteA.membershipId);
    expect(listed.deactivatedAt).toBe(res.body.deactivatedAt);

    const back = await reactivate(world.declaranteA.membershipId!).expect(200);
    expect(back.body).toMatchObject({ roles: ['DECLARANTE'], deactivatedAt: null });
    const restored = await login(t, world.declaranteA.email);
    expect(restored.body).toMatchObject({ institution: { id: ALFA.id }, roles: ['DECLARANTE'] });
    await t.http().get('/api/declarations').set(bearer(restored.token)).expect(200);

    const { rows } = await (await t.owner()).query(
      `SELECT action, actor_user_id, target_id FROM audit_events WHERE institution_id = $1 AND action LIKE 'member.%activated' ORDER BY seq`,
      [ALFA.id],
    );
    expect(rows).toEqual([
      { action: 'member.deactivated', actor_user_id: world.adminA.userId, target_id: world.declaranteA.membershipId },
      { action: 'member.reactivated', actor_user_id: world.adminA.userId, target_id: world.declaranteA.membershipId },
    ]);
  });

  it('refuses deactivating oneself, and a deactivated admin does not count as the institution’s admin', async () => {
    const self = await deactivate(world.adminA.membershipId!).expect(409);
    expect(self.body.message).toBe('No puedes desactivar tu propia cuenta.');
    // A second admin, deactivated: the first may not then drop their own admin role.
    await t.http().patch(`/api/members/${world.revisorA.membershipId}`).set(bearer(admin)).send({ roles: ['ADMIN_INSTITUCION'] }).expect(200);
    await deactivate(world.revisorA.membershipId!).expect(200);
    const last = await t.http().patch(`/api/members/${world.adminA.membershipId}`).set(bearer(admin)).send({ roles: ['DECLARANTE'] }).expect(409);
    expect(last.body.message).toBe('La institución debe conservar al menos un administrador.');
    // The deactivated admin cannot act either.
    const other = await login(t, world.revisorA.email);
    await t.http().get('/api/members').set(bearer(other.token)).expect(403);
    await reactivate(world.revisorA.membershipId!).expect(200);
    const revived = await login(t, world.revisorA.email);
    await t.http().get('/api/members').set(bearer(revived.token)).expect(200);
    // Now two admins are active: one may deactivate the other.
    await deactivate(world.adminA.membershipId!, revived.token).expect(200);
    await t.http().get('/api/members').set(bearer(admin)).expect(401);
  });

  it('is for admins only, and unknown members are 404', async () => {
    const filer = (await login(t, world.declaranteA.email)).token;
    await deactivate(world.revisorA.membershipId!, filer).expect(403);
    await reactivate(world.revisorA.membershipId!, filer).expect(403);
    const revived = (await login(t, world.revisorA.email)).token;
    await deactivate('00000000-0000-4000-8000-000000000000', revived).expect(404);
  });
});
