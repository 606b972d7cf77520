import { PasswordHasher } from '@veraz/accounts';
import { ALFA, login, PASSWORD, seedWorld } from '../support/seed';
import { startTestApp, type TestApp } from '../support/test-app';
import { DeclarationsApi, LEVEL, PERIOD, fixture } from './helpers';

const THRESHOLD = 3;
const FIXTURE = 'inicial-simplificada';

/** Guessing the password at the sign step meets the same per-account lockout as login. */
describe('the signing password under the login lockout', () => {
  let t: TestApp;
  let api: DeclarationsApi;

  beforeAll(async () => {
    t = await startTestApp({ env: { LOGIN_LOCKOUT_THRESHOLD: String(THRESHOLD) }, processJobs: false });
    const world = await seedWorld(t);
    api = new DeclarationsApi(t, (await login(t, world.adminA.email)).token);
  });
  afterAll(() => t?.close());

  it('locks the account after as many wrong passwords as login allows, refuses even the right one until the lock ends, and a success clears the count', async () => {
    const filer = await api.filer('firma.bloqueo', LEVEL.simplificada);
    const declaration = await api.start(filer.token, { ...PERIOD[FIXTURE], prefill: false });
    await api.fill(filer.token, declaration, fixture(FIXTURE));
    const attempt = async (password: string) => {
      const res = await api.sign(filer.token, declaration.id, { password });
      return [res.status, res.body.code];
    };

    const answers: unknown[] = [];
    for (let i = 0; i < 15; i++) answers.push(await attempt(`equivocada-${i}`));
    expect(answers).toEqual([
      ...Array(THRESHOLD).fill([403, 'CONTRASENA_INCORRECTA']),
      ...Array(15 - THRESHOLD).fill([429, 'DEMASIADOS_INTENTOS']),
    ]);

    const right = await api.sign(filer.token, declaration.id);
    expect(right.status).toBe(429);
    expect(right.body.message).toMatch(/^Demasiados intentos fallidos\. Espera \d+ minutos? /);
    expect(Number(right.headers['retry-after'])).toBeGreaterThan(0);
    // One lock per account: signing in is refused with the very same answer.
    const signIn = await t.http().post('/api/auth/login').send({ email: filer.email, password: PASSWORD });
    expect([signIn.status, signIn.body]).toEqual([429, right.body]);
    expect((await api.view(filer.token, declaration.id)).status).toBe('BORRADOR');

    // The failures were committed although each request failed.
    const owner = await t.owner();
    const { rows } = await owner.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE institution_id = $1 AND action = 'auth.reauthentication_failed' AND actor_user_id = $2`,
      [ALFA.id, filer.userId],
    );
    expect(rows[0].n).toBe(THRESHOLD);

    // When the lock ends the right password signs, and the count starts over.
    await owner.query(`UPDATE login_attempts SET locked_until = now() - interval '1 second'`);
    expect((await api.sign(filer.token, declaration.id)).status).toBe(201);
    const again: unknown[] = [];
    for (let i = 0; i <= THRESHOLD; i++) again.push(await attempt(`otra-equivocada-${i}`));
    expect(again).toEqual([...Array(THRESHOLD).fill([403, 'CONTRASENA_INCORRECTA']), [429, 'DEMASIADOS_INTENTOS']]);
  });

  it('hashes the password once per signature: the step that proved it is trusted for the rest of the request', async () => {
    const filer = await api.filer('firma.unhash', LEVEL.simplificada);
    const declaration = await api.start(filer.token, { ...PERIOD[FIXTURE], prefill: false });
    await api.fill(filer.token, declaration, fixture(FIXTURE));
    const verify = jest.spyOn(t.app.get(PasswordHasher), 'verify');
    try {
      expect((await api.sign(filer.token, declaration.id)).status).toBe(201);
      expect(verify).toHaveBeenCalledTimes(1);
    } finally {
      verify.mockRestore();
    }
  });
});
