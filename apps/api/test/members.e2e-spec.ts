import { bearer, login, seedWorld, ALFA, type World } from './support/seed';
import { startTestApp, type TestApp } from './support/test-app';

describe('members and roles inside one institution', () => {
  let t: TestApp;
  let world: World;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    world = await seedWorld(t);
    admin = (await login(t, world.adminA.email)).token;
  });
  afterAll(() => t.close());

  it('lists only the members of the admin’s institution', async () => {
    const res = await t.http().get('/api/members').set(bearer(admin)).expect(200);
    expect(res.body.total).toBe(3);
    expect(res.body.items.map((m: { email: string }) => m.email).sort()).toEqual(
      [world.adminA.email, world.declaranteA.email, world.revisorA.email].sort(),
    );
    const page = await t.http().get('/api/members?limit=1&offset=1').set(bearer(admin)).expect(200);
    expect(page.body.items).toHaveLength(1);
    expect(page.body.total).toBe(3);
  });

  it('changes roles, records who did it in the audit chain, and applies them at once', async () => {
    const changed = await t
      .http()
      .patch(`/api/members/${world.declaranteA.membershipId}`)
      .set(bearer(admin))
      .send({ roles: ['REVISOR', 'DECLARANTE'] })
      .expect(200);
    expect(changed.body.roles).toEqual(['DECLARANTE', 'REVISOR']);
    const owner = await t.owner();
    const { rows } = await owner.query(
      `SELECT actor_user_id, details FROM audit_events WHERE institution_id = $1 AND action = 'member.roles_changed' AND target_id = $2`,
      [ALFA.id, world.declaranteA.membershipId],
    );
    expect(rows).toEqual([{ actor_user_id: world.adminA.userId, details: { before: ['DECLARANTE'], after: ['DECLARANTE', 'REVISOR'] } }]);
    const declarante = await login(t, world.declaranteA.email);
    await t.http().get('/api/audit-events').set(bearer(declarante.token)).expect(200);
  });

  it('keeps at least one admin', async () => {
    const res = await t.http().patch(`/api/members/${world.adminA.membershipId}`).set(bearer(admin)).send({ roles: ['DECLARANTE'] }).expect(409);
    expect(res.body.message).toBe('La institución debe conservar al menos un administrador.');
  });

  it('refuses members without the admin role (403) and unknown roles (400)', async () => {
    const revisor = await login(t, world.revisorA.email);
    await t.http().get('/api/members').set(bearer(revisor.token)).expect(403);
    await t.http().patch(`/api/members/${world.revisorA.membershipId}`).set(bearer(revisor.token)).send({ roles: ['ADMIN_INSTITUCION'] }).expect(403);
    const bad = await t.http().patch(`/api/members/${world.revisorA.membershipId}`).set(bearer(admin)).send({ roles: [] }).expect(400);
    expect(bad.body.errors).toEqual([{ path: 'roles', message: 'elige al menos un rol' }]);
  });

  it('shows the institution’s audit chain to admins and reviewers, newest first, and it verifies', async () => {
    const res = await t.http().get('/api/audit-events?limit=5').set(bearer(admin)).expect(200);
    const seqs = res.body.map((e: { seq: number }) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    expect(res.body[0].hash).toMatch(/^[0-9a-f]{64}$/);
    const older = await t.http().get(`/api/audit-events?beforeSeq=${seqs[seqs.length - 1]}`).set(bearer(admin)).expect(200);
    expect(older.body.every((e: { seq: number }) => e.seq < seqs[seqs.length - 1])).toBe(true);
  });
});
