import { DataSource } from 'typeorm';
import { UnitOfWork, CurrentTransaction } from '@veraz/tenancy';
import { createTestDatabase, startPgBouncer, testConfig, type RunningPgBouncer } from '@veraz/testing';
import { createApp } from '../src/bootstrap/create-app';
import { ALFA, BETA, bearer, login, seedWorld, type World } from './support/seed';
import { asTestApp, type TestApp } from './support/test-app';
import { waitForMail } from './support/wait';

/**
 * Issue 16, «PgBouncer»: the app behind a transaction-pooling PgBouncer with ONE server connection, so
 * every transaction of every request shares the same PostgreSQL session, one after the other. Anything
 * the app kept in the session (a SET or set_config(…, false) of the institution, a session advisory lock,
 * a named prepared statement) would reach the next institution's request or fail here. LISTEN and
 * BullMQ's PostgreSQL backend go past it with DATABASE_DIRECT_URL, as in production.
 */
describe('through PgBouncer in transaction pooling, one server connection for every request', () => {
  let bouncer: RunningPgBouncer;
  let t: TestApp;
  let world: World;

  beforeAll(async () => {
    const database = await createTestDatabase();
    bouncer = await startPgBouncer(database.appDirectUrl, { poolSize: 1 });
    const config = testConfig(bouncer.url, { DATABASE_DIRECT_URL: database.appDirectUrl });
    const app = await createApp({ config, databaseUrl: bouncer.url, processJobs: true });
    await app.init();
    t = asTestApp(app, config, database);
    world = await seedWorld(t);
  }, 120_000);

  afterAll(async () => {
    await t?.close();
    await bouncer?.stop();
  });

  it('serves every query of the app over the same server session (the premise of this file)', async () => {
    const pids = await Promise.all(Array.from({ length: 8 }, () => t.app.get(DataSource).query('SELECT pg_backend_pid() AS pid')));
    expect(new Set(pids.map((r) => r[0].pid)).size).toBe(1);
  });

  it('interleaved requests of two institutions each list only their own members', async () => {
    const [adminA, adminB] = [(await login(t, world.adminA.email)).token, (await login(t, world.adminB.email)).token];
    const emailsA = [world.adminA.email, world.declaranteA.email, world.revisorA.email].sort();
    const emailsB = [world.adminB.email, world.declaranteB.email].sort();
    const requests = Array.from({ length: 12 }, (_, i) => (i % 2 === 0 ? ['A', adminA] : ['B', adminB]) as const);
    const answers = await Promise.all(requests.map(([who, token]) => t.http().get('/api/members').set(bearer(token)).then((res) => ({ who, res }))));
    for (const { who, res } of answers) {
      expect(res.status).toBe(200);
      expect(res.body.items.map((m: { email: string }) => m.email).sort()).toEqual(who === 'A' ? emailsA : emailsB);
    }
  });

  it('leaves no institution in the shared session after a transaction, and no row outside a context', async () => {
    const uow = t.app.get(UnitOfWork);
    const tx = t.app.get(CurrentTransaction);
    const seenInside = await uow.inTenant(ALFA.id, () => tx.manager().query(`SELECT current_setting('app.institution_id') AS inst`));
    expect(seenInside[0].inst).toBe(ALFA.id);
    // Same server session (pool of one): a session-level setting of ALFA would still be there.
    const after = await t.app.get(DataSource).query(`SELECT current_setting('app.institution_id', true) AS inst, (SELECT count(*)::int FROM memberships) AS visible`);
    expect(after[0]).toEqual({ inst: '', visible: 0 });
    const inBeta = await uow.inTenant(BETA.id, () => tx.manager().query(`SELECT DISTINCT institution_id AS id FROM memberships`));
    expect(inBeta).toEqual([{ id: BETA.id }]);
  });

  it('sends the mail of an invitation: the outbox, its relay and the job store work with the bouncer in front', async () => {
    const admin = (await login(t, world.adminA.email)).token;
    const invited = await t.http().post('/api/invitations').set(bearer(admin)).send({ email: 'nueva.persona@prueba.mx', roles: ['DECLARANTE'] }).expect(201);
    const mail = await waitForMail(t.config.dataDir, invited.body.id);
    expect(mail).toContain('nueva.persona@prueba.mx');
  });
});
