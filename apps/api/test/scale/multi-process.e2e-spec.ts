import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import request, { type Response } from 'supertest';
import { makeTemporaryDataDir } from '@veraz/db';
import { freePort, startServer, type RunningServer } from '@veraz/testing';
import { DeclarationsApi, LEVEL, PERIOD, fixture } from '../declarations/helpers';
import { FORM, pdnBody, pdnFields, tokenPath, type Issued } from '../s1/credentials-helpers';
import { ALFA, PASSWORD, bearer, login, seedWorld } from '../support/seed';
import { startTestApp, type TestApp } from '../support/test-app';
import { waitFor } from '../support/wait';

const API_PROCESSES = 3;
const AUTH_LIMIT = 4;
const CACHE_SECONDS = 2;
const DRAFTS = 9;

/** Which API process answered (the launcher's X-Veraz-Process header). */
const processOf = (res: Response) => res.headers['x-veraz-process'] as string | undefined;
const everyProcess = Array.from({ length: API_PROCESSES }, (_, i) => String(i + 1));

/**
 * Issue 16: `npm start` with 3 API processes and 2 workers on one database (and Redis in CI's first
 * pass; in the second, jobs and rate-limit counters live in PostgreSQL). The people, drafts and S1
 * credentials are made through an in-process app on the same database, which is itself one more process.
 */
describe('several API processes and workers on one database', () => {
  let t: TestApp;
  let server: RunningServer;
  let base: string;
  let adminToken: string;
  const dataDir = makeTemporaryDataDir('veraz-multi-');
  const drafts: Array<{ id: string; token: string }> = [];
  let racer: { id: string; token: string };

  beforeAll(async () => {
    t = await startTestApp({ processJobs: false });
    const world = await seedWorld(t);
    adminToken = (await login(t, world.adminA.email)).token;
    const api = new DeclarationsApi(t, adminToken);
    for (let i = 0; i <= DRAFTS; i++) {
      const filer = await api.filer(`multiproceso${String.fromCharCode(97 + i)}`, LEVEL.simplificada);
      const draft = await api.start(filer.token, { ...PERIOD['inicial-simplificada'], prefill: false });
      await api.fill(filer.token, draft, fixture('inicial-simplificada'));
      if (i < DRAFTS) drafts.push({ id: draft.id, token: filer.token });
      else racer = { id: draft.id, token: filer.token };
    }
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    server = await startServer(
      {
        ...t.database.env,
        // Same key as the in-process app, so its access tokens open the launcher's processes too.
        VERAZ_SECRET_KEY: t.config.secretKey!,
        REDIS_URL: process.env.REDIS_URL,
        QUEUE_PREFIX: `multi${process.pid}`,
        VERAZ_DATA_DIR: dataDir,
        PORT: String(port),
        PUBLIC_URL: base,
        API_PROCESSES: String(API_PROCESSES),
        WORKER_PROCESSES: '2',
        // Each client below names its own address, as a proxy in front of the processes would.
        TRUST_PROXY: 'loopback',
        AUTH_RATE_LIMIT: String(AUTH_LIMIT),
        S1_CLIENT_CACHE_SECONDS: String(CACHE_SECONDS),
        DATABASE_POOL_MAX: '4',
      },
      180_000,
    );
  }, 300_000);

  afterAll(async () => {
    try {
      if (server) {
        const code = await server.stop('SIGTERM');
        expect([code, code === 0 ? '' : server.output().slice(-3000)]).toEqual([0, '']);
      }
    } finally {
      await t?.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);

  const sign = (draft: { id: string; token: string }, address: string) =>
    request(base).post(`/api/declarations/${draft.id}/sign`).set(bearer(draft.token)).set('X-Forwarded-For', address).send({ password: PASSWORD, aceptaProtesta: true });

  it('starts one launcher with 3 API processes and 2 workers', () => {
    expect(server.output()).toContain(`Procesos: ${API_PROCESSES} de la API`);
    expect(server.output()).toContain(`Trabajos: 2 worker(s) (cola en ${process.env.REDIS_URL ? 'Redis' : 'PostgreSQL'})`);
  });

  it('signatures spread over every process give gapless folios and one filing per submission', async () => {
    const answers = await Promise.all([
      ...drafts.map((d, i) => sign(d, `10.0.0.${i + 1}`)),
      // The same submission twice at once, most likely on two processes.
      sign(racer, '10.0.1.1'),
      sign(racer, '10.0.1.2'),
    ]);
    const statuses = answers.map((a) => a.status);
    expect(statuses.slice(0, DRAFTS)).toEqual(Array(DRAFTS).fill(201));
    expect(statuses.slice(DRAFTS).sort()).toEqual([200, 201]);
    expect(answers[DRAFTS].body.id).toBe(answers[DRAFTS + 1].body.id);
    expect(new Set(answers.map(processOf))).toEqual(new Set(everyProcess));

    const owner = await t.owner();
    const { rows: folios } = await owner.query(`SELECT folio_seq FROM filings WHERE institution_id = $1 ORDER BY folio_seq`, [ALFA.id]);
    expect(folios.map((r) => Number(r.folio_seq))).toEqual(Array.from({ length: DRAFTS + 1 }, (_, i) => i + 1));
    const { rows: perDraft } = await owner.query(`SELECT count(*)::int AS n FROM filings WHERE institution_id = $1 GROUP BY declaration_id`, [ALFA.id]);
    expect(perDraft.map((r) => r.n)).toEqual(Array(DRAFTS + 1).fill(1));
  }, 120_000);

  it('produces each acuse once: one sealed document and one e-mail per filing, the same from every process', async () => {
    const owner = await t.owner();
    const { rows: filings } = await owner.query<{ id: string; folio: string }>(`SELECT id, folio FROM filings WHERE institution_id = $1`, [ALFA.id]);
    expect(filings).toHaveLength(DRAFTS + 1);
    const mailDir = path.join(dataDir, 'mail');
    const mailsOf = (folio: string) =>
      fs.existsSync(mailDir) ? fs.readdirSync(mailDir).filter((f) => f.endsWith('.eml') && fs.readFileSync(path.join(mailDir, f), 'utf8').includes(folio)) : [];
    await waitFor(async () => filings.every((f) => mailsOf(f.folio).length > 0), 'an acuse e-mail for every filing', 150_000);
    for (const f of filings) expect([f.folio, mailsOf(f.folio).length]).toEqual([f.folio, 1]);
    const { rows: acuses } = await owner.query(`SELECT filing_id, sha256 FROM documents WHERE institution_id = $1 AND kind = 'acuse'`, [ALFA.id]);
    expect(acuses).toHaveLength(DRAFTS + 1);

    // Downloaded through every API process, the acuse of a filing is the one stored.
    const { rows: mine } = await owner.query<{ id: string }>(`SELECT id FROM filings WHERE declaration_id = $1`, [drafts[0].id]);
    const first = mine[0];
    const stored = acuses.find((a) => a.filing_id === first.id)!.sha256 as string;
    const seen = new Set<string>();
    for (let i = 0; i < 3 * API_PROCESSES && seen.size < API_PROCESSES; i++) {
      const res = await request(base).get(`/api/filings/${first.id}/documents/acuse`).set(bearer(drafts[0].token)).buffer(true).parse(binary as never);
      expect(res.status).toBe(200);
      expect(createHash('sha256').update(res.body as Buffer).digest('hex')).toBe(stored);
      seen.add(processOf(res)!);
    }
    expect(seen).toEqual(new Set(everyProcess));
  }, 200_000);

  it('shares the rate limits: requests spread over the processes meet one limit', async () => {
    const answers: Response[] = [];
    for (let i = 0; i < AUTH_LIMIT + 2 * API_PROCESSES; i++) {
      answers.push(await request(base).post('/api/auth/password-reset').set('X-Forwarded-For', '10.9.9.9').send({ email: 'nadie@prueba.mx' }));
    }
    const statuses = answers.map((a) => a.status);
    expect(statuses.slice(0, AUTH_LIMIT).every((s) => s !== 429)).toBe(true);
    expect(statuses.slice(AUTH_LIMIT)).toEqual(Array(2 * API_PROCESSES).fill(429));
    expect(new Set(answers.map(processOf))).toEqual(new Set(everyProcess));
  }, 60_000);

  it('a revoked S1 credential is refused by every process within S1_CLIENT_CACHE_SECONDS', async () => {
    const created = await t.http().post('/api/s1-clients').set(bearer(adminToken)).send({ label: 'PDN' }).expect(201);
    const credential = created.body as Issued & { id: string };
    const grant = () => request(base).post(tokenPath(ALFA.slug)).set('Content-Type', FORM).send(pdnBody(pdnFields(credential)));
    const query = (token: string) => request(base).post(`/s1/${ALFA.slug}/v2/declaraciones`).set('Authorization', `Bearer ${token}`).send({});

    // Every process has read the credential (and keeps it) and issued a token that works.
    const tokens = new Map<string, string>();
    for (let i = 0; i < 5 * API_PROCESSES && tokens.size < API_PROCESSES; i++) {
      const res = await grant();
      expect(res.status).toBe(200);
      tokens.set(processOf(res)!, res.body.access_token);
    }
    expect([...tokens.keys()].sort()).toEqual(everyProcess);
    for (const token of tokens.values()) expect((await query(token)).status).toBe(200);

    // Revoked by another process (the in-process app), not by any of the launcher's.
    await t.http().post(`/api/s1-clients/${credential.id}/revoke`).set(bearer(adminToken)).expect(200);
    await new Promise((resolve) => setTimeout(resolve, CACHE_SECONDS * 1000 + 500));

    const refusedBy = new Set<string>();
    for (let i = 0; i < 3 * API_PROCESSES; i++) {
      const res = await grant();
      expect([res.status, res.body.code]).toEqual([401, expect.any(String)]);
      refusedBy.add(processOf(res)!);
      for (const token of tokens.values()) {
        const data = await query(token);
        expect(data.status).toBe(401);
        refusedBy.add(processOf(data)!);
      }
    }
    expect(refusedBy).toEqual(new Set(everyProcess));
  }, 120_000);
});

/** `npm start` with nothing configured and several processes: one embedded PostgreSQL, started first and stopped last. */
describe('the multi-process launcher on the embedded default', () => {
  const dataDir = makeTemporaryDataDir('veraz-multi-embedded-');
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('starts PostgreSQL once for 2 API processes and a worker, serves from both, and stops them before it', async () => {
    const port = await freePort();
    const env = { VERAZ_DATA_DIR: dataDir, PORT: String(port), EMBEDDED_PG_PORT: String(await freePort()), API_PROCESSES: '2', WORKER_PROCESSES: '1' };
    const server = await startServer(env, 180_000);
    try {
      expect(server.output()).toContain('Procesos: 2 de la API');
      expect(server.output()).toContain(`PostgreSQL integrado en ${path.join(dataDir, 'postgres')}`);
      // The demo is seeded by one process and announced once.
      expect(server.output().split('declarante@demo.veraz.mx').length - 1).toBe(1);
      const seen = new Set<string>();
      for (let i = 0; i < 8 && seen.size < 2; i++) {
        const res = await request(`http://127.0.0.1:${port}`).get('/health/ready');
        expect([res.status, res.body.queueBackend]).toEqual([200, 'postgres']);
        seen.add(processOf(res)!);
      }
      expect(seen).toEqual(new Set(['1', '2']));
    } finally {
      const code = await server.stop('SIGTERM', 30_000);
      expect([code, code === 0 ? '' : server.output().slice(-3000)]).toEqual([0, '']);
    }
    expect(server.output().split('\n').filter((line) => /terminating connection|no terminó|fatal|panic/i.test(line))).toEqual([]);
    expect(fs.existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
  }, 300_000);
});

/** Collects a binary body (supertest parses only text and JSON by default). */
function binary(res: NodeJS.ReadableStream, callback: (err: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
}
