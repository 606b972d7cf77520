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

  /** The mail of the latest reset request, named by its job: the job, not the request, creates the link. */
  async function latestResetMail(): Promise<string> {
    const { rows } = await (await t.owner()).query(`SELECT job_id FROM platform_outbox WHERE job_id LIKE 'password-reset-%' ORDER BY created_at DESC LIMIT 1`);
    return waitForMail(t.config.dataDir, rows[0].job_id);
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
    const mail = await latestResetMail();
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
    const first = linkToken(await latestResetMail(), 'restablecer');
    await t.http().post('/api/auth/password-reset').send({ email: world.revisorA.email }).expect(202);
    const second = linkToken(await latestResetMail(), 'restablecer');
    await t.http().post('/api/auth/password-reset/confirm').send({ token: first, password: 'nueva frase muy segura' }).expect(400);
    const owner = await t.owner();
    await owner.query(`UPDATE password_resets SET expires_at = now() - interval '1 second' WHERE used_at IS NULL`);
    await t.http().post('/api/auth/password-reset/confirm').send({ token: second, password: 'nueva frase muy segura' }).expect(400);
  });
});

/**
 * Whether an address has an account must not show in the answer nor in its timing: the request does
 * the same work for every address (it enqueues one job) and answers before anything that depends on
 * the account. Jobs are not processed here, so whatever the request itself wrote is all there is.
 */
describe('password reset request without account-dependent work', () => {
  let t: TestApp;
  let world: World;

  beforeAll(async () => {
    t = await startTestApp({ processJobs: false });
    world = await seedWorld(t);
  });
  afterAll(() => t.close());

  type Written = { outbox: Array<{ queue: string; name: string; payload: Record<string, unknown> }>; resets: number; audit: number };
  async function written(): Promise<Written> {
    const owner = await t.owner();
    // Both outboxes and both audit chains: the institutions' and the platform's.
    const outbox = (
      await owner.query(`SELECT queue, name, payload FROM (SELECT queue, name, payload, created_at FROM outbox UNION ALL SELECT queue, name, payload, created_at FROM platform_outbox) o ORDER BY created_at`)
    ).rows;
    const counts = (
      await owner.query(
        `SELECT (SELECT count(*) FROM password_resets)::int AS resets, ((SELECT count(*) FROM audit_events) + (SELECT count(*) FROM platform_audit_events))::int AS audit`,
      )
    ).rows[0];
    return { outbox, ...counts };
  }

  async function ask(email: string) {
    const before = await written();
    const res = await t.http().post('/api/auth/password-reset').send({ email });
    const after = await written();
    // Date and the rate-limit counters change with every request, whatever the address.
    const headers = Object.fromEntries(Object.entries(res.headers).filter(([name]) => name !== 'date' && !/^x-ratelimit-(remaining|reset)/.test(name)));
    return {
      answer: { status: res.status, body: res.body, headers },
      work: { jobs: after.outbox.slice(before.outbox.length), resets: after.resets - before.resets, audit: after.audit - before.audit },
    };
  }

  it('answers identically for a known and an unknown address, having only enqueued one job of the same shape', async () => {
    const known = await ask(world.declaranteA.email);
    const unknown = await ask('nadie.registrado@prueba.mx');
    expect(known.answer.status).toBe(202);
    expect(unknown.answer).toEqual(known.answer);

    const shape = (work: typeof known.work) => ({
      jobs: work.jobs.map((j) => ({ queue: j.queue, name: j.name, kind: j.payload.kind, fields: Object.keys(j.payload).sort() })),
      resets: work.resets,
      audit: work.audit,
    });
    expect(shape(known.work)).toEqual({
      jobs: [{ queue: 'mail', name: 'account-email', kind: 'password-reset', fields: ['emailSealed', 'institutionId', 'kind', 'resetId'] }],
      resets: 0,
      audit: 0,
    });
    expect(shape(unknown.work)).toEqual(shape(known.work));
    // The address waits sealed in the outbox, not in clear.
    expect(JSON.stringify(known.work.jobs)).not.toContain(world.declaranteA.email);
  });
});
