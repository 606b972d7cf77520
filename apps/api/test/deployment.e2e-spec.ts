import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { knownVariables } from '@veraz/config';
import { bearer, login, seedWorld } from './support/seed';
import { startTestApp, type TestApp } from './support/test-app';
import { waitForMail } from './support/wait';
import { makeTemporaryDataDir } from '@veraz/db';
import { cleanEnv, dropDatabase, freePort, REPO, startServer, TEST_ENV, urlForDatabase, withAdmin } from '@veraz/testing';

interface ComposeService {
  image?: string;
  build?: string;
  command?: string[];
  environment?: Record<string, string>;
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
  restart?: string;
}

/** A compose value with its `${VAR:-default}` defaults filled in, as `docker compose` does with VAR unset. */
const withDefaults = (value: string) => value.replace(/\$\{\w+:-([^}]*)\}/g, '$1');

/**
 * A compose database URL moved to the test server: another host and database, and the test owner's login
 * or compose's with `suffix` (roles are cluster-wide: a fixed name would collide with other runs' logins).
 */
function onTestServer(composeUrl: string, target: string, login: { suffix: string } | 'target'): string {
  const from = new URL(withDefaults(composeUrl));
  const to = new URL(target);
  if (login !== 'target') {
    to.username = `${from.username}${login.suffix}`;
    to.password = from.password;
  }
  return to.toString();
}

/** Docker cannot run here, so the production shape is checked piece by piece. */
describe('production shape (docker-compose parts)', () => {
  const compose = parse(fs.readFileSync(path.join(REPO, 'docker-compose.yml'), 'utf8'), { merge: true }) as { services: Record<string, ComposeService> };
  const dockerfile = fs.readFileSync(path.join(REPO, 'Dockerfile'), 'utf8');

  it('declares postgres 16 and its standby, pgbouncer, redis 7, a one-shot migrate, api and worker, each long-running one with a health check', () => {
    const { services } = compose;
    expect(Object.keys(services).sort()).toEqual(['api', 'migrate', 'pgbouncer', 'postgres', 'postgres-replica', 'redis', 'worker']);
    expect(services.postgres.image).toBe('postgres:16');
    expect(services['postgres-replica'].image).toBe('postgres:16');
    expect(services.redis.image).toBe('redis:7');
    expect(services.pgbouncer.image).toMatch(/^edoburu\/pgbouncer:1\.\d+\.\d+$/);
    for (const name of ['postgres', 'postgres-replica', 'pgbouncer', 'redis', 'api', 'worker']) expect(services[name].healthcheck?.test.length).toBeGreaterThan(0);
    expect(services['postgres-replica'].depends_on?.postgres.condition).toBe('service_healthy');
    expect(services.migrate.restart).toBe('no');
    expect(services.migrate.depends_on?.postgres.condition).toBe('service_healthy');
    expect(services.pgbouncer.depends_on?.postgres.condition).toBe('service_healthy');
    expect(services.api.depends_on?.migrate.condition).toBe('service_completed_successfully');
    expect(services.api.depends_on?.pgbouncer.condition).toBe('service_healthy');
    expect(services.worker.depends_on?.api.condition).toBe('service_healthy');
  });

  it("gives the owner's URL to migrate only; the api and the worker log in as another user", () => {
    const { services } = compose;
    const owner = new URL(withDefaults(services.migrate.environment!.DATABASE_OWNER_URL));
    expect(owner.username).toBe(services.postgres.environment!.POSTGRES_USER);
    for (const name of ['migrate', 'api', 'worker']) {
      const env = services[name].environment!;
      expect(new URL(withDefaults(env.DATABASE_URL)).username).not.toBe(owner.username);
      if (name !== 'migrate') expect(env).not.toHaveProperty('DATABASE_OWNER_URL');
    }
  });

  it('gives the api the standby as DATABASE_READ_URL, with the same login as DATABASE_URL', () => {
    const env = compose.services.api.environment!;
    const read = new URL(withDefaults(env.DATABASE_READ_URL));
    const primary = new URL(withDefaults(env.DATABASE_URL));
    expect([read.host, read.pathname]).toEqual(['postgres-replica:5432', primary.pathname]);
    expect([read.username, read.password]).toEqual([primary.username, primary.password]);
    expect(compose.services.worker.environment).not.toHaveProperty('DATABASE_READ_URL');
  });

  it('only sets variables the code reads, and both app services get the database, Redis and the secret', () => {
    const known = new Set(knownVariables());
    for (const name of ['migrate', 'api', 'worker']) {
      const env = compose.services[name].environment ?? {};
      expect(Object.keys(env).filter((k) => !known.has(k))).toEqual([]);
      for (const key of ['DATABASE_URL', 'REDIS_URL', 'VERAZ_SECRET_KEY', 'NODE_ENV']) expect(env).toHaveProperty(key);
      expect(env.DATABASE_URL).toMatch(/@pgbouncer:6432\/veraz$/);
      expect(env.DATABASE_DIRECT_URL).toMatch(/@postgres:5432\/veraz$/);
      expect(env.REDIS_URL).toBe('redis://redis:6379');
    }
  });

  it('pools the app login in transaction mode: PgBouncer logs in as the user and password of DATABASE_URL', () => {
    const bouncer = compose.services.pgbouncer.environment!;
    const app = new URL(withDefaults(compose.services.api.environment!.DATABASE_URL));
    const direct = new URL(withDefaults(compose.services.api.environment!.DATABASE_DIRECT_URL));
    // edoburu/pgbouncer's variables: it writes [databases] and the auth file from them.
    expect(bouncer).toMatchObject({ DB_HOST: 'postgres', DB_PORT: '5432', DB_NAME: 'veraz', POOL_MODE: 'transaction', LISTEN_PORT: app.port });
    expect([bouncer.DB_USER, withDefaults(bouncer.DB_PASSWORD)]).toEqual([app.username, app.password]);
    // scram-sha-256 keeps the password in clear in the auth file, which PgBouncer needs to log in to PostgreSQL 16.
    expect(bouncer.AUTH_TYPE).toBe('scram-sha-256');
    expect([direct.username, direct.password, direct.pathname]).toEqual([app.username, app.password, app.pathname]);
  });

  it('points at entry points that the build produces', () => {
    const cmd = dockerfile.match(/^CMD \[(.*)\]$/m)![1].split(',').map((s) => s.trim().replace(/"/g, ''));
    expect(fs.existsSync(path.join(REPO, cmd[1]))).toBe(true);
    expect(fs.existsSync(path.join(REPO, compose.services.worker.command![1]))).toBe(true);
    expect(fs.existsSync(path.join(REPO, compose.services.migrate.command![1]))).toBe(true);
    expect(fs.existsSync(path.join(REPO, compose.services.worker.healthcheck!.test[2]))).toBe(true);
  });

  it('the migrate service, run as compose runs it, creates the login that the api then starts with', async () => {
    const name = `veraz_t_${process.env[TEST_ENV.runId]}_${randomBytes(4).toString('hex')}`;
    const serverUrl = process.env[TEST_ENV.serverUrl]!;
    await withAdmin(serverUrl, (admin) => admin.query(`CREATE DATABASE ${name}`));
    const target = urlForDatabase(serverUrl, name);
    const suffix = `_${randomBytes(4).toString('hex')}`;
    const login = `${new URL(withDefaults(compose.services.api.environment!.DATABASE_URL)).username}${suffix}`;
    const local = (service: string, extra: Record<string, string> = {}) => {
      const env = compose.services[service].environment!;
      return {
        NODE_ENV: env.NODE_ENV,
        DATABASE_URL: onTestServer(env.DATABASE_URL, target, { suffix }),
        ...(env.DATABASE_OWNER_URL ? { DATABASE_OWNER_URL: onTestServer(env.DATABASE_OWNER_URL, target, 'target') } : {}),
        VERAZ_SECRET_KEY: randomBytes(32).toString('base64'),
        VERAZ_DATA_DIR: makeTemporaryDataDir('veraz-compose-'),
        ...extra,
      };
    };
    try {
      const [node, script, ...args] = compose.services.migrate.command!;
      expect(node).toBe('node');
      const migrate = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) =>
        execFile(process.execPath, [path.join(REPO, script), ...args], { env: cleanEnv(local('migrate')) }, (err, stdout, stderr) =>
          resolve({ code: err ? Number(err.code) : 0, stdout, stderr }),
        ),
      );
      expect([migrate.code, migrate.stderr]).toEqual([0, '']);
      expect(migrate.stdout).toContain(`Usuario de la aplicación: ${login} (miembro de veraz_app`);
      const role = await withAdmin(serverUrl, (admin) =>
        admin.query(`SELECT rolsuper, rolbypassrls, rolcreaterole, rolcreatedb, pg_has_role(oid, 'veraz_app', 'USAGE') AS app FROM pg_roles WHERE rolname = $1`, [login]),
      );
      expect(role.rows).toEqual([{ rolsuper: false, rolbypassrls: false, rolcreaterole: false, rolcreatedb: false, app: true }]);

      const server = await startServer(local('api', { PORT: String(await freePort()), QUEUE_PREFIX: `compose${process.pid}`, WORKER_MODE: 'none', REDIS_URL: process.env.REDIS_URL ?? '' }));
      try {
        expect(server.output()).toContain(`(usuario ${login})`);
      } finally {
        expect(await server.stop()).toBe(0);
      }
    } finally {
      await dropDatabase(serverUrl, name);
      await withAdmin(serverUrl, (admin) => admin.query(`DROP ROLE IF EXISTS ${login}`));
    }
  }, 180_000);

  describe('the API with a separate worker process', () => {
    let t: TestApp;
    let worker: ReturnType<typeof spawn> | null = null;

    beforeAll(async () => {
      // The API does not process jobs (WORKER_MODE=none), as in docker-compose.
      t = await startTestApp({ env: { WORKER_MODE: 'none' }, processJobs: false });
    });
    afterAll(async () => {
      worker?.kill('SIGTERM');
      await t.close();
    });

    it('the worker health check passes against live dependencies and fails clearly otherwise', async () => {
      const run = (env: Record<string, string | undefined>) =>
        new Promise<{ code: number; stderr: string }>((resolve) =>
          execFile(process.execPath, [path.join(REPO, 'apps/worker/dist/healthcheck.js')], { env: cleanEnv(env) }, (err, _out, stderr) =>
            resolve({ code: err ? Number(err.code) : 0, stderr }),
          ),
        );
      expect(await run({ DATABASE_URL: t.database.appUrl, REDIS_URL: process.env.REDIS_URL })).toEqual({ code: 0, stderr: '' });
      const down = await run({ DATABASE_URL: 'postgres://nadie@127.0.0.1:1/nada' });
      expect(down.code).toBe(1);
      expect(down.stderr).toMatch(/^base de datos: /);
    });

    it('jobs enqueued by the API are run by the worker process', async () => {
      const env = {
        // As in docker-compose: the pool through PgBouncer (CI pass 1), the relay's LISTEN straight to PostgreSQL.
        DATABASE_URL: t.database.appUrl,
        DATABASE_DIRECT_URL: t.database.appDirectUrl,
        REDIS_URL: process.env.REDIS_URL,
        VERAZ_DATA_DIR: t.config.dataDir,
        VERAZ_SECRET_KEY: t.config.secretKey,
        QUEUE_PREFIX: t.config.queue.prefix,
        PUBLIC_URL: t.config.publicUrl,
      };
      worker = spawn(process.execPath, [path.join(REPO, 'apps/worker/dist/main.js')], { env: cleanEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      worker.stdout!.on('data', (d) => (output += d));
      worker.stderr!.on('data', (d) => (output += d));
      const world = await seedWorld(t);
      const admin = await login(t, world.adminA.email);
      const res = await t.http().post('/api/invitations').set(bearer(admin.token)).send({ email: 'via.worker@prueba.mx', roles: ['DECLARANTE'] }).expect(201);
      const mail = await waitForMail(t.config.dataDir, res.body.id).catch((err: Error) => {
        throw new Error(`${err.message}\nworker output:\n${output}`);
      });
      expect(mail).toContain('To: via.worker@prueba.mx');
      expect(mail).toContain(`${t.config.publicUrl}/invitacion/`);
    });
  });
});
