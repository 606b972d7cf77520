import { bearer, login, seedWorld, type World } from '../support/seed';
import { startTestApp, type TestApp } from '../support/test-app';
import { pdnFields, requestToken } from '../s1/credentials-helpers';

/** What the «Credenciales S1» page lists: last use appears once the PDN obtained a token; secrets never. */
describe('S1 credential last use, as the admin lists it', () => {
  let t: TestApp;
  let world: World;

  beforeAll(async () => {
    t = await startTestApp();
    world = await seedWorld(t);
  });
  afterAll(() => t.close());

  it('shows «nunca» (null) until a token is issued, then the time of that request; never the secrets', async () => {
    const admin = (await login(t, world.adminA.email)).token;
    const created = (await t.http().post('/api/s1-clients').set(bearer(admin)).send({ label: 'PDN' }).expect(201)).body;
    const before = (await t.http().get('/api/s1-clients').set(bearer(admin)).expect(200)).body;
    expect(before).toEqual([expect.objectContaining({ id: created.id, last_used_at: null })]);

    const asked = Date.now();
    await requestToken(t, 'alfa', { body: pdnFields(created) }).expect(200);
    const after = (await t.http().get('/api/s1-clients').set(bearer(admin)).expect(200)).body;
    const lastUse = new Date(after[0].last_used_at).getTime();
    expect(Math.abs(lastUse - asked)).toBeLessThan(10_000);
    expect(JSON.stringify(after)).not.toContain(created.client_secret);
    expect(JSON.stringify(after)).not.toContain(created.password);
  });
});
