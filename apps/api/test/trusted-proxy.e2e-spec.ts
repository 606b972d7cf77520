import { PASSWORD, seedWorld, type World } from './support/seed';
import { startTestApp, type TestApp } from './support/test-app';

// supertest connects from 127.0.0.1, so TRUST_PROXY=loopback makes the test client a trusted proxy.
describe('forwarded headers count only from a trusted proxy', () => {
  const refreshCookie = async (t: TestApp, world: World) => {
    const res = await t.http().post('/api/auth/login').set('X-Forwarded-Proto', 'https').send({ email: world.adminA.email, password: PASSWORD }).expect(200);
    return ([] as string[]).concat(res.headers['set-cookie'])[0];
  };
  // Four resets from one forwarded address exceed the limit of three only if the address is believed.
  const fourthResetStatus = async (t: TestApp) => {
    for (let i = 0; i < 3; i++) {
      await t.http().post('/api/auth/password-reset').set('X-Forwarded-For', `198.51.100.${i + 1}`).send({ email: `p${i}@prueba.mx` }).expect(202);
    }
    return (await t.http().post('/api/auth/password-reset').set('X-Forwarded-For', '198.51.100.9').send({ email: 'p9@prueba.mx' })).status;
  };

  describe('without TRUST_PROXY', () => {
    let t: TestApp;
    let world: World;
    beforeAll(async () => {
      t = await startTestApp({ env: { AUTH_RATE_LIMIT: '3', AUTH_RATE_WINDOW_SECONDS: '60' }, processJobs: false });
      world = await seedWorld(t);
    });
    afterAll(() => t.close());

    it('does not mark the refresh cookie Secure because of X-Forwarded-Proto', async () => {
      const cookie = await refreshCookie(t, world);
      expect(cookie).toMatch(/^veraz_refresh=/);
      expect(cookie).not.toMatch(/;\s*Secure/i);
    });

    it('limits by the connecting address, whatever X-Forwarded-For says', async () => {
      expect(await fourthResetStatus(t)).toBe(429);
    });
  });

  describe('with TRUST_PROXY=loopback', () => {
    let t: TestApp;
    let world: World;
    beforeAll(async () => {
      t = await startTestApp({ env: { TRUST_PROXY: 'loopback', AUTH_RATE_LIMIT: '3', AUTH_RATE_WINDOW_SECONDS: '60' }, processJobs: false });
      world = await seedWorld(t);
    });
    afterAll(() => t.close());

    it('marks the refresh cookie Secure when the proxy says the request came over https', async () => {
      expect(await refreshCookie(t, world)).toMatch(/;\s*Secure/i);
    });

    it('limits each forwarded client address separately', async () => {
      expect(await fourthResetStatus(t)).toBe(202);
    });
  });
});
