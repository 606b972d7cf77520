import { randomUUID } from 'node:crypto';
import { bearer, login, PASSWORD, seedWorld } from './support/seed';
import { startTestApp, type TestApp } from './support/test-app';

describe('rate limits on the public auth routes', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { AUTH_RATE_LIMIT: '3', AUTH_RATE_WINDOW_SECONDS: '60' }, processJobs: false });
  });
  afterAll(() => t.close());

  it('answers 429 in Spanish once an address exceeds the limit, per route', async () => {
    for (let i = 0; i < 3; i++) await t.http().post('/api/auth/password-reset').send({ email: `p${i}@prueba.mx` }).expect(202);
    const limited = await t.http().post('/api/auth/password-reset').send({ email: 'p4@prueba.mx' }).expect(429);
    expect(limited.body).toEqual({ statusCode: 429, code: 'DEMASIADAS_SOLICITUDES', message: 'Demasiadas solicitudes. Intenta de nuevo en un momento.' });
    // Standard Retry-After in seconds, within the window (the library alone sends only Retry-After-auth).
    expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(60);
    // Registration links are limited too.
    for (let i = 0; i < 3; i++) await t.http().get(`/api/invitation-links/${'x'.repeat(43)}`).expect(400);
    const link = await t.http().get(`/api/invitation-links/${'x'.repeat(43)}`).expect(429);
    expect(link.headers['retry-after']).toMatch(/^\d+$/);
  });

  it('limits the sign step like sign-in, before the password is even checked', async () => {
    const world = await seedWorld(t);
    const { token } = await login(t, world.declaranteA.email);
    const sign = () => t.http().post(`/api/declarations/${randomUUID()}/sign`).set(bearer(token)).send({ password: PASSWORD, aceptaProtesta: true });
    for (let i = 0; i < 3; i++) expect((await sign()).status).toBe(404);
    const limited = await sign();
    expect([limited.status, limited.body.code]).toEqual([429, 'DEMASIADAS_SOLICITUDES']);
    expect(limited.headers['retry-after']).toMatch(/^\d+$/);
  });
});
