import fs from 'node:fs';
import path from 'node:path';
import { bearer, login, PASSWORD, seedWorld, type World } from './support/seed';
import { startTestApp, type TestApp } from './support/test-app';
import { linkToken, waitForMail } from './support/wait';

describe('password reset by e-mailed single-use link', () => {
  let t: TestApp;
  let world: World;
  const neutral = 'Si el correo está registrado, recibirás un enlace para restablecer tu contraseña. Vence en una hora.';

  beforeAll(async () => {
    t = await startTestApp();
    world = await seedWorld(t);
  });
  afterAll(() => t.close());

  async function resetMailFor(email: string): Promise<string> {
    const owner = await t.owner();
    const { rows } = await owner.query(
      `SELECT r.id FROM password_resets r JOIN users u ON u.id = r.user_id WHERE u.email = $1 ORDER BY r.created_at DESC LIMIT 1`,
      [email],
    );
    return waitForMail(t.config.dataDir, rows[0].id);
  }

  it('answers the same for unknown addresses and sends nothing', async () => {
    const res = await t.http().post('/api/auth/password-reset').send({ email: 'nadie@prueba.mx' }).expect(202);
    expect(res.body).toEqual({ message: neutral });
    await new Promise((r) => setTimeout(r, 300));
    const dir = path.join(t.config.dataDir, 'mail');
    expect(fs.existsSync(dir) ? fs.readdirSync(dir) : []).toEqual([]);
  });

  it('resets with a link that works once, within the hour, and signs out every session', async () => {
    const session = await login(t, world.declaranteA.email);
    const res = await t.http().post('/api/auth/password-reset').send({ email: world.declaranteA.email.toUpperCase() }).expect(202);
    expect(res.body).toEqual({ message: neutral });
    const mail = await resetMailFor(world.declaranteA.email);
    expect(mail).toContain(`To: ${world.declaranteA.email}`);
    expect(mail).toContain('vence en una hora');
    const token = linkToken(mail, 'restablecer');

    const weak = await t.http().post('/api/auth/password-reset/confirm').send({ token, password: 'contraseña123' }).expect(400);
    expect(weak.body.errors).toEqual([{ path: 'password', message: 'es demasiado común; elige otra' }]);

    await t.http().post('/api/auth/password-reset/confirm').send({ token, password: 'nueva frase muy segura' }).expect(204);
    await t.http().get('/api/auth/session').set(bearer(session.token)).expect(401);
    await t.http().post('/api/auth/refresh').set('Cookie', session.cookie).expect(401);
    await t.http().post('/api/auth/login').send({ email: world.declaranteA.email, password: PASSWORD }).expect(401);
    await login(t, world.declaranteA.email, 'nueva frase muy segura');

    const reused = await t.http().post('/api/auth/password-reset/confirm').send({ token, password: 'otra frase muy segura' }).expect(400);
    expect(reused.body).toMatchObject({ code: 'ENLACE_INVALIDO', message: 'El enlace no es válido o ya venció. Solicita uno nuevo.' });
  });

  it('refuses an expired link and makes older links useless when a new one is asked for', async () => {
    await t.http().post('/api/auth/password-reset').send({ email: world.revisorA.email }).expect(202);
    const first = linkToken(await resetMailFor(world.revisorA.email), 'restablecer');
    await t.http().post('/api/auth/password-reset').send({ email: world.revisorA.email }).expect(202);
    const second = linkToken(await resetMailFor(world.revisorA.email), 'restablecer');
    await t.http().post('/api/auth/password-reset/confirm').send({ token: first, password: 'nueva frase muy segura' }).expect(400);
    const owner = await t.owner();
    await owner.query(`UPDATE password_resets SET expires_at = now() - interval '1 second' WHERE used_at IS NULL`);
    await t.http().post('/api/auth/password-reset/confirm').send({ token: second, password: 'nueva frase muy segura' }).expect(400);
  });
});
