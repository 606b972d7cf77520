import { bearer, login, seedWorld } from '../support/seed';
import { startTestApp, type TestApp } from '../support/test-app';
import { basic, pdnFields, requestToken, type Issued } from './credentials-helpers';

// A long window so the counts cannot reset halfway through a test on a slow machine.
const LIMITS = { S1_TOKEN_RATE_LIMIT_PER_CLIENT: '3', S1_TOKEN_RATE_LIMIT_PER_IP: '5', S1_TOKEN_RATE_WINDOW_SECONDS: '60' };

describe('rate limits on the S1 token endpoint', () => {
  let t: TestApp;
  let clients: Issued[];

  beforeAll(async () => {
    t = await startTestApp({ env: LIMITS, processJobs: false });
    const world = await seedWorld(t);
    const { token } = await login(t, world.adminA.email);
    clients = [];
    for (const label of ['uno', 'dos', 'tres']) {
      clients.push((await t.http().post('/api/s1-clients').set(bearer(token)).send({ label }).expect(201)).body);
    }
  });
  afterAll(() => t.close());

  // What the PDN sends: client in Basic and in the body.
  const token = (c: Issued) => requestToken(t, 'alfa', { body: pdnFields(c), authorization: basic(c.client_id, c.client_secret) });

  /** 429 in the S1 format the PDN reads ({code, message}, nothing else), with a usable Retry-After. */
  function expectLimited(res: { status: number; body: unknown; headers: Record<string, string> }) {
    expect(res.status).toBe(429);
    expect(res.body).toEqual({ code: 'e_429', message: 'Demasiadas solicitudes; intenta de nuevo en unos segundos' });
    const retryAfter = Number(res.headers['retry-after']);
    expect(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 60).toBe(true);
    expect(res.headers['cache-control']).toBe('no-store');
  }

  it('limits each credential on its own, then each address across credentials', async () => {
    const [uno, dos, tres] = clients;
    for (let i = 0; i < 3; i++) expect((await token(uno)).status).toBe(200);
    expectLimited(await token(uno));
    // Another credential is not starved by the first one's burst (the address has used 3 of 5).
    expect((await token(dos)).status).toBe(200);
    expect((await token(dos)).status).toBe(200);
    // The address is now at its limit: a fresh credential from it is refused too.
    expectLimited(await token(tres));
  });
});
