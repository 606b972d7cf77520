import { bearer, login, PASSWORD, seedWorld, ALFA, BETA, type World } from './support/seed';
import { startTestApp, type TestApp } from './support/test-app';

describe('sign-in, sessions and lockout', () => {
  let t: TestApp;
  let world: World;

  beforeAll(async () => {
    t = await startTestApp({ env: { LOGIN_LOCKOUT_THRESHOLD: '3' } });
    world = await seedWorld(t);
  });
  afterAll(() => t.close());

  it('signs in, returns the roles of the institution and sets an httpOnly SameSite=Strict refresh cookie', async () => {
    const res = await t.http().post('/api/auth/login').send({ email: world.adminA.email, password: PASSWORD }).expect(200);
    expect(res.body.institution).toEqual({ id: ALFA.id, slug: 'alfa', name: ALFA.name });
    expect(res.body.roles).toEqual(['ADMIN_INSTITUCION']);
    expect(res.body.user.email).toBe(world.adminA.email);
    expect(res.body).not.toHaveProperty('refreshToken');
    const cookie = ([] as string[]).concat(res.headers['set-cookie'])[0];
    expect(cookie).toMatch(/^veraz_refresh=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\/api\/auth/);
  });

  it('gives the same answer for a wrong password and for an unknown account', async () => {
    const wrong = await t.http().post('/api/auth/login').send({ email: world.revisorA.email, password: 'no es la contraseña' }).expect(401);
    const unknown = await t.http().post('/api/auth/login').send({ email: 'nadie@prueba.mx', password: 'no es la contraseña' }).expect(401);
    expect(wrong.body).toEqual({ statusCode: 401, code: 'CREDENCIALES_INVALIDAS', message: 'Correo o contraseña incorrectos.' });
    expect(unknown.body).toEqual(wrong.body);
  });

  it('locks an address progressively after repeated failures, whether or not the account exists', async () => {
    for (const email of [world.declaranteB.email, 'fantasma@prueba.mx']) {
      for (let i = 0; i < 3; i++) await t.http().post('/api/auth/login').send({ email, password: 'equivocada-123' }).expect(401);
      const locked = await t.http().post('/api/auth/login').send({ email, password: PASSWORD }).expect(429);
      expect(locked.body.code).toBe('DEMASIADOS_INTENTOS');
      expect(locked.body.message).toMatch(/^Demasiados intentos fallidos\. Espera \d+ minutos? /);
      expect(locked.headers['retry-after']).toBeDefined();
    }
    // Another address is not affected.
    await t.http().post('/api/auth/login').send({ email: world.declaranteA.email, password: PASSWORD }).expect(200);
  });

  it('records failed logins in the audit chain of the account’s institution', async () => {
    const owner = await t.owner();
    const { rows } = await owner.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE institution_id = $1 AND action = 'auth.login_failed' AND actor_user_id = $2`,
      [ALFA.id, world.revisorA.userId],
    );
    expect(rows[0].n).toBeGreaterThanOrEqual(1);
  });

  it('rotates the refresh token and revokes the session when an old one is replayed', async () => {
    const first = await login(t, world.revisorA.email);
    const refreshed = await t.http().post('/api/auth/refresh').set('Cookie', first.cookie).expect(200);
    const next = ([] as string[]).concat(refreshed.headers['set-cookie'])[0].split(';')[0];
    expect(next).not.toBe(first.cookie);
    expect(refreshed.body.roles).toEqual(['REVISOR']);
    // Replaying the first cookie is treated as theft: the whole session dies.
    await t.http().post('/api/auth/refresh').set('Cookie', first.cookie).expect(401);
    await t.http().post('/api/auth/refresh').set('Cookie', next).expect(401);
    await t.http().get('/api/auth/session').set(bearer(refreshed.body.accessToken)).expect(401);
  });

  it('logs out: the refresh cookie and the access token stop working at once', async () => {
    const session = await login(t, world.declaranteA.email);
    await t.http().get('/api/auth/session').set(bearer(session.token)).expect(200);
    const out = await t.http().post('/api/auth/logout').set('Cookie', session.cookie).expect(204);
    expect(([] as string[]).concat(out.headers['set-cookie'])[0]).toMatch(/veraz_refresh=;/);
    await t.http().post('/api/auth/refresh').set('Cookie', session.cookie).expect(401);
    await t.http().get('/api/auth/session').set(bearer(session.token)).expect(401);
  });

  it('answers a first visit (no session cookie) with 204 and no body, so the browser logs no error', async () => {
    const none = await t.http().post('/api/auth/refresh').expect(204);
    expect(none.text).toBe('');
    expect(none.headers['set-cookie']).toBeUndefined();
  });

  it('rejects a forged or expired-looking token and a missing one', async () => {
    await t.http().get('/api/auth/session').expect(401);
    const forged = await t.http().get('/api/auth/session').set(bearer('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.firma')).expect(401);
    expect(forged.body.code).toBe('NO_AUTENTICADO');
  });

  it('switches between institutions only among the person’s own memberships', async () => {
    const owner = await t.owner();
    await owner.query(`INSERT INTO memberships (institution_id, user_id, roles) VALUES ($1, $2, '{REVISOR}')`, [BETA.id, world.adminA.userId]);
    const session = await login(t, world.adminA.email);
    expect((session.body.memberships as unknown[]).length).toBe(2);
    const switched = await t.http().post('/api/auth/switch-institution').set(bearer(session.token)).send({ institutionId: BETA.id }).expect(200);
    expect(switched.body.institution.slug).toBe('beta');
    expect(switched.body.roles).toEqual(['REVISOR']);
    // The new token carries Beta: admin-only routes are now refused, reviewer routes allowed.
    await t.http().get('/api/members').set(bearer(switched.body.accessToken)).expect(403);
    await t.http().get('/api/audit-events').set(bearer(switched.body.accessToken)).expect(200);
    const foreign = '0c000000-0000-4000-8000-00000000000c';
    await t.http().post('/api/auth/switch-institution').set(bearer(session.token)).send({ institutionId: foreign }).expect(401);
  });

  it('takes effect immediately when a role is removed', async () => {
    const owner = await t.owner();
    const reviewer = await login(t, world.revisorA.email);
    await t.http().get('/api/audit-events').set(bearer(reviewer.token)).expect(200);
    await owner.query(`UPDATE memberships SET roles = '{DECLARANTE}' WHERE id = $1`, [world.revisorA.membershipId]);
    await t.http().get('/api/audit-events').set(bearer(reviewer.token)).expect(403);
    await owner.query(`UPDATE memberships SET roles = '{REVISOR}' WHERE id = $1`, [world.revisorA.membershipId]);
  });
});
