import { spawn } from 'node:child_process';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { loginOf, makeTemporaryDataDir } from '@veraz/db';
import {
  cleanEnv,
  createTestDatabase,
  dropDatabase,
  freePort,
  REPO,
  runCli,
  startServer,
  TEST_ENV,
  urlForDatabase,
  urlWithLogin,
  withAdmin,
  type TestDatabase,
} from '@veraz/testing';
import { startTestApp, type TestApp } from './support/test-app';

const STACK_LINE = /^\s+at /m;

/** The queries a stolen code path could run to leave row-level security, on a connection of the app. */
async function expectNoWayOut(db: DataSource, superuser: string): Promise<void> {
  await expect(db.query(`SET ROLE ${superuser}`)).rejects.toThrow(/permission denied to set role/);
  await expect(db.query(`SELECT set_config('role', $1, false)`, [superuser])).rejects.toThrow(/permission denied to set role/);
  const [who] = await db.query(`SELECT r.rolsuper, r.rolbypassrls FROM pg_roles r WHERE r.rolname = current_user`);
  expect(who).toEqual({ rolsuper: false, rolbypassrls: false });
}

/**
 * Issue 13, item 2: the app (api, worker, CLI) logs in as its own role; only migrations use the owner.
 * Runs on the suite's server: DATABASE_OWNER_URL/DATABASE_URL, or the embedded one (then the app login
 * is the embedded cluster's). launcher.e2e-spec checks `npm start`'s own embedded cluster.
 */
describe("the app's database login", () => {
  let database: TestDatabase;
  let superuser: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    superuser = await withAdmin(database.url, async (c) => (await c.query<{ u: string }>('SELECT current_user AS u')).rows[0].u);
  });
  afterAll(() => database.drop());

  const base = async () => ({ REDIS_URL: process.env.REDIS_URL, VERAZ_DATA_DIR: makeTemporaryDataDir('veraz-login-'), PORT: String(await freePort()), QUEUE_PREFIX: `login${randomBytes(3).toString('hex')}` });
  const refusedStart = async (env: Record<string, string | undefined>): Promise<string> => {
    const error = await startServer(env, 60_000).then(
      async (server) => {
        await server.stop();
        return null;
      },
      (err: Error) => err.message,
    );
    if (error === null) throw new Error('the server started');
    return error;
  };

  it('the server refuses a superuser DATABASE_URL with a Spanish sentence, no stack and no password', async () => {
    const output = await refusedStart({ ...(await base()), DATABASE_URL: database.url });
    expect(output).toMatch(/^server exited with 1:/);
    expect(output).toContain(`No fue posible iniciar Veraz: DATABASE_URL se conecta como «${superuser}», que es superusuario`);
    expect(output).not.toMatch(STACK_LINE);
    const password = loginOf(database.url).password;
    if (password) expect(output).not.toContain(password);
  }, 90_000);

  it('the server does not turn the owner into the app login when both URLs name it', async () => {
    const output = await refusedStart({ ...(await base()), DATABASE_URL: database.url, DATABASE_OWNER_URL: database.url });
    expect(output).toContain(`No fue posible iniciar Veraz: DATABASE_URL usa el usuario «${superuser}», que es el dueño que usa DATABASE_OWNER_URL`);
    expect(output).not.toMatch(STACK_LINE);
  }, 90_000);

  it('a login that does not exist yet reads as a sentence that says how to create it', async () => {
    const password = `clave-${randomBytes(6).toString('hex')}`;
    const output = await refusedStart({ ...(await base()), DATABASE_URL: urlWithLogin(database.appUrl, `veraz_nadie_${randomBytes(3).toString('hex')}`, password) });
    expect(output).toMatch(/No fue posible iniciar Veraz: PostgreSQL no aceptó al usuario «veraz_nadie_[0-9a-f]{6}» de DATABASE_URL \(no existe o la contraseña no coincide\)\. Para crearlo o ajustar su contraseña: DATABASE_OWNER_URL=.* npm run veraz -- migrate/);
    expect(output).not.toMatch(STACK_LINE);
    expect(output).not.toContain(password);
  }, 90_000);

  it('the worker refuses a superuser DATABASE_URL the same way', async () => {
    const env = { ...(await base()), DATABASE_URL: database.url };
    const worker = spawn(process.execPath, [path.join(REPO, 'apps/worker/dist/main.js')], { env: cleanEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    worker.stderr.on('data', (d) => (stderr += d));
    const code = await new Promise((resolve) => worker.once('exit', resolve));
    expect(code).toBe(1);
    expect(stderr).toContain(`No fue posible iniciar el worker de Veraz: DATABASE_URL se conecta como «${superuser}», que es superusuario`);
    expect(stderr).not.toMatch(STACK_LINE);
  }, 60_000);

  it('without DATABASE_OWNER_URL an outdated schema is refused; `veraz migrate` with the owner brings it up', async () => {
    const name = `veraz_t_${process.env[TEST_ENV.runId]}_${randomBytes(4).toString('hex')}`;
    const serverUrl = process.env[TEST_ENV.serverUrl]!;
    await withAdmin(serverUrl, (admin) => admin.query(`CREATE DATABASE ${name}`));
    try {
      const env = { ...(await base()), DATABASE_URL: urlForDatabase(database.appUrl, name), DATABASE_DIRECT_URL: urlForDatabase(database.appDirectUrl, name) };
      const refused = await refusedStart(env);
      expect(refused).toContain('No fue posible iniciar Veraz: La base de datos no está al día: faltan');
      expect(refused).toContain('npm run veraz -- migrate');

      const noOwner = await runCli(['migrate'], env);
      expect(noOwner.code).toBe(2);
      expect(noOwner.stderr).toContain('migrate necesita al dueño de la base de datos: define DATABASE_OWNER_URL');

      const migrated = await runCli(['migrate'], { ...env, DATABASE_OWNER_URL: urlForDatabase(database.url, name) });
      expect([migrated.code, migrated.stderr]).toEqual([0, '']);
      expect(migrated.stdout).toMatch(/^Migraciones aplicadas: Foundation\d+, /);
      expect(migrated.stdout).toContain(`Usuario de la aplicación: ${loginOf(database.appUrl).name} (miembro de veraz_app`);

      const server = await startServer(env);
      try {
        expect(server.output()).toContain(`Base de datos: DATABASE_URL (usuario ${loginOf(database.appUrl).name})`);
      } finally {
        expect(await server.stop()).toBe(0);
      }
    } finally {
      await dropDatabase(serverUrl, name);
    }
  }, 240_000);

  describe('a running application (in process)', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp();
    });
    afterAll(() => t.close());

    it('cannot leave its role from its own pool, and every connection it opened is its login', async () => {
      await expectNoWayOut(t.app.get(DataSource), superuser);
      const owner = await t.owner();
      const { rows } = await owner.query<{ usename: string }>(
        `SELECT DISTINCT usename FROM pg_stat_activity WHERE datname = $1 AND application_name LIKE 'veraz%'`,
        [t.database.name],
      );
      expect(rows).toEqual([{ usename: loginOf(t.database.appUrl).name }]);
    });
  });
});
