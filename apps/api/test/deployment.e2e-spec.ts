import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { knownVariables } from '@veraz/config';
import { bearer, login, seedWorld } from './support/seed';
import { startTestApp, type TestApp } from './support/test-app';
import { waitForMail } from './support/wait';
import { cleanEnv, REPO } from '@veraz/testing';

interface ComposeService {
  image?: string;
  build?: string;
  command?: string[];
  environment?: Record<string, string>;
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
}

/** Docker cannot run here, so the production shape is checked piece by piece. */
describe('production shape (docker-compose parts)', () => {
  const compose = parse(fs.readFileSync(path.join(REPO, 'docker-compose.yml'), 'utf8'), { merge: true }) as { services: Record<string, ComposeService> };
  const dockerfile = fs.readFileSync(path.join(REPO, 'Dockerfile'), 'utf8');

  it('declares postgres 16, redis 7, api and worker, each with a health check', () => {
    const { services } = compose;
    expect(Object.keys(services).sort()).toEqual(['api', 'postgres', 'redis', 'worker']);
    expect(services.postgres.image).toBe('postgres:16');
    expect(services.redis.image).toBe('redis:7');
    for (const service of Object.values(services)) expect(service.healthcheck?.test.length).toBeGreaterThan(0);
    expect(services.worker.depends_on?.api.condition).toBe('service_healthy');
  });

  it('only sets variables the code reads, and both app services get the database, Redis and the secret', () => {
    const known = new Set(knownVariables());
    for (const name of ['api', 'worker']) {
      const env = compose.services[name].environment ?? {};
      expect(Object.keys(env).filter((k) => !known.has(k))).toEqual([]);
      for (const key of ['DATABASE_URL', 'REDIS_URL', 'VERAZ_SECRET_KEY', 'NODE_ENV']) expect(env).toHaveProperty(key);
      expect(env.DATABASE_URL).toMatch(/@postgres:5432\/veraz$/);
      expect(env.REDIS_URL).toBe('redis://redis:6379');
    }
  });

  it('points at entry points that the build produces', () => {
    const cmd = dockerfile.match(/^CMD \[(.*)\]$/m)![1].split(',').map((s) => s.trim().replace(/"/g, ''));
    expect(fs.existsSync(path.join(REPO, cmd[1]))).toBe(true);
    expect(fs.existsSync(path.join(REPO, compose.services.worker.command![1]))).toBe(true);
    expect(fs.existsSync(path.join(REPO, compose.services.worker.healthcheck!.test[2]))).toBe(true);
  });

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
      expect(await run({ DATABASE_URL: t.database.url, REDIS_URL: process.env.REDIS_URL })).toEqual({ code: 0, stderr: '' });
      const down = await run({ DATABASE_URL: 'postgres://nadie@127.0.0.1:1/nada' });
      expect(down.code).toBe(1);
      expect(down.stderr).toMatch(/^base de datos: /);
    });

    it('jobs enqueued by the API are run by the worker process', async () => {
      const env = {
        DATABASE_URL: t.database.url,
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
