// Fault test: SUBMISSIONS (default 1000) filers sign at once while the API and the worker are killed
// with SIGKILL at random moments and restarted. Clients retry until they get an answer, as the web app
// does; signing is idempotent per declaration (the declaration id is the idempotency key: a repeat
// returns the same filing). Afterwards:
//   - every acknowledged (2xx) submission exists exactly once, and nothing else was filed;
//   - folios are gapless (1..N for the year);
//   - once the worker is back, every filing has its acuse.
// Needs `npm run build`, PostgreSQL (the owner's server: DATABASE_OWNER_URL or DATABASE_URL, or
// postgres://postgres@127.0.0.1:5432; the app's login: scripts/support/db-logins.js) and
// Redis (REDIS_URL, default redis://127.0.0.1:6379): the production shape, a separate worker process.
'use strict';
require('reflect-metadata');
const { spawn } = require('node:child_process');
const os = require('node:os');
const path = require('node:path');
const fs = require('node:fs');
const net = require('node:net');
const { randomBytes } = require('node:crypto');
const { Client } = require('pg');

const ROOT = path.resolve(__dirname, '../..');
const N = Number(process.env.SUBMISSIONS ?? 1000);
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 50);
const PASSWORD = 'Declaro-bajo-protesta-2026';
const { OWNER_URL: SERVER_URL, databaseEnv } = require('../support/db-logins');
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
let seed = Number(process.env.SEED ?? 42);
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);

async function main() {
  const dbName = `veraz_crash_${randomBytes(3).toString('hex')}`;
  const admin = new Client({ connectionString: withDb(SERVER_URL, 'postgres') });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  const url = withDb(SERVER_URL, dbName);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'veraz-crash-'));
  const port = await freePort();
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    ...databaseEnv(dbName),
    REDIS_URL,
    QUEUE_PREFIX: `crash${process.pid}`,
    VERAZ_SECRET_KEY: randomBytes(32).toString('base64'),
    VERAZ_DATA_DIR: dataDir,
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    // The test measures crash safety, not the login rate limit (all clients come from one address).
    AUTH_RATE_LIMIT: '100000',
  };
  const processes = { api: null, worker: null };
  const started = Date.now();
  try {
    console.log(`[crash] preparando ${N} borradores completos…`);
    const { filers } = await prepare(url, env.DATABASE_URL, dataDir);
    const base = `http://127.0.0.1:${port}`;
    processes.api = await startProcess('api', ['apps/api/dist/main.js'], env, 'Veraz está listo en');
    processes.worker = await startProcess('worker', ['apps/worker/dist/main.js'], env, 'Worker de Veraz listo');

    let stop = false;
    let kills = { api: 0, worker: 0 };
    const killer = (async () => {
      while (!stop) {
        // Each restart takes seconds; a kill every 4–10 s keeps the service down a good share of the time.
        await sleep(4000 + random() * 6000);
        if (stop) break;
        const which = random() < 0.6 ? 'api' : 'worker';
        processes[which].child.kill('SIGKILL');
        kills[which]++;
        await processes[which].exited;
        await sleep(300 + random() * 700);
        processes[which] = await startProcess(which, which === 'api' ? ['apps/api/dist/main.js'] : ['apps/worker/dist/main.js'], env, which === 'api' ? 'Veraz está listo en' : 'Worker de Veraz listo');
      }
    })();

    const acknowledged = new Map();
    let retries = 0;
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        for (let i = next++; i < filers.length; i = next++) {
          const filer = filers[i];
          const giveUp = Date.now() + 20 * 60_000;
          for (;;) {
            try {
              const login = await post(`${base}/api/auth/login`, { email: filer.email, password: PASSWORD });
              if (login.status !== 200) throw new Error(`login ${login.status}`);
              const token = login.body.accessToken;
              const sign = await post(`${base}/api/declarations/${filer.declarationId}/sign`, { password: PASSWORD, aceptaProtesta: true }, token);
              if (sign.status === 200 || sign.status === 201) {
                acknowledged.set(filer.declarationId, sign.body.folio);
                break;
              }
              if (sign.status < 500 && sign.status !== 429) throw Object.assign(new Error(`firma ${sign.status} ${JSON.stringify(sign.body)}`), { fatal: true });
              throw new Error(`firma ${sign.status}`);
            } catch (error) {
              if (error.fatal || Date.now() > giveUp) throw error;
              retries++;
              await sleep(200 + random() * 800);
            }
          }
        }
      }),
    );
    stop = true;
    await killer;
    const signSeconds = (Date.now() - started) / 1000;

    // The worker is up again: every filing must get its acuse.
    const c = new Client({ connectionString: url });
    await c.connect();
    const deadline = Date.now() + 15 * 60_000;
    let missing = -1;
    while (Date.now() < deadline) {
      missing = Number((await c.query(`SELECT count(*) AS n FROM filings f WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.filing_id = f.id AND d.kind = 'acuse')`)).rows[0].n);
      if (missing === 0) break;
      await sleep(2000);
    }
    const filings = (await c.query(`SELECT declaration_id, folio, folio_year, folio_seq FROM filings ORDER BY folio_year, folio_seq`)).rows;
    await c.end();

    const problems = [];
    const perDeclaration = new Map();
    for (const f of filings) perDeclaration.set(f.declaration_id, (perDeclaration.get(f.declaration_id) ?? 0) + 1);
    for (const [id, folio] of acknowledged) {
      if (perDeclaration.get(id) !== 1) problems.push(`la declaración ${id} tiene ${perDeclaration.get(id) ?? 0} presentaciones`);
      if (!filings.some((f) => f.declaration_id === id && f.folio === folio)) problems.push(`el folio confirmado ${folio} no está guardado`);
    }
    if (filings.length !== acknowledged.size) problems.push(`${filings.length} presentaciones guardadas, ${acknowledged.size} confirmadas`);
    const years = new Map();
    for (const f of filings) years.set(f.folio_year, [...(years.get(f.folio_year) ?? []), Number(f.folio_seq)]);
    for (const [year, seqs] of years) if (!seqs.every((s, i) => s === i + 1)) problems.push(`folios con huecos en ${year}`);
    if (missing !== 0) problems.push(`${missing} presentaciones sin acuse`);

    const lines = [
      `Crash test — ${new Date().toISOString().slice(0, 10)}: ${N} firmas simultáneas (${CONCURRENCY} a la vez), API y worker con kill -9 al azar`,
      `  kill -9: API ${kills.api} veces, worker ${kills.worker} veces; reintentos de clientes: ${retries}`,
      `  confirmadas ${acknowledged.size}, guardadas ${filings.length}, folios ${filings[0]?.folio ?? '-'} … ${filings.at(-1)?.folio ?? '-'}, sin acuse al final: ${missing}`,
      `  duración: firmas ${signSeconds.toFixed(0)} s, total ${((Date.now() - started) / 1000).toFixed(0)} s`,
      problems.length ? `  FALLAS: ${problems.slice(0, 10).join('; ')}` : '  resultado: cada firma confirmada existe una sola vez, folios sin huecos, todas con acuse',
    ];
    console.log(lines.join('\n'));
    if (problems.length) process.exitCode = 1;
  } finally {
    for (const p of Object.values(processes)) if (p) p.child.kill('SIGKILL');
    await sleep(500);
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Filers with complete simplified INICIAL drafts, captured through the same services the API uses. */
async function prepare(url, appUrl, dataDir) {
  const { loadConfig } = require('@veraz/config');
  const { migrateDatabase } = require('@veraz/db');
  const { createApp } = require(path.join(ROOT, 'apps/api/dist/bootstrap/create-app'));
  const { InstitutionsService } = require('@veraz/institutions');
  const { PasswordHasher } = require('@veraz/accounts');
  const { DraftsService } = require('@veraz/declarations');
  const { generateFilings } = require('@veraz/generator');
  const { UnitOfWork } = require('@veraz/tenancy');
  await migrateDatabase(url, { appUrl });
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: appUrl, VERAZ_SECRET_KEY: randomBytes(32).toString('base64'), VERAZ_DATA_DIR: dataDir, PUBLIC_URL: 'http://crash', PORT: '0' });
  const app = await createApp({ config, databaseUrl: appUrl, processJobs: false });
  try {
    const db = app.get(UnitOfWork);
    const institution = await db.inPlatform(() => app.get(InstitutionsService).create({ slug: 'crash', name: 'Secretaría de Prueba de Fallas' }, null));
    const hash = await app.get(PasswordHasher).hash(PASSWORD);
    const drafts = app.get(DraftsService);
    const client = new Client({ connectionString: url });
    await client.connect();
    const filers = [];
    for (const f of generateFilings({ seed: 5, officials: N * 2, years: 1, institutionName: institution.name })) {
      if (filers.length >= N) break;
      if (f.tipo !== 'INICIAL' || f.declaracionCompleta) continue;
      const p = f.person;
      // Accounts straight in the table with one precomputed hash: argon2 per account would dominate setup.
      const user = (await client.query(
        `INSERT INTO users (email, password_hash, nombre, primer_apellido, segundo_apellido, curp, rfc, homoclave) VALUES ($1,$2,$3,$4,$5,$6,$7,$8) RETURNING id`,
        [p.email, hash, p.nombre, p.primerApellido, p.segundoApellido, p.curp, p.rfc, p.homoclave],
      )).rows[0].id;
      await client.query(`INSERT INTO memberships (institution_id, user_id, roles, employment_level) VALUES ($1, $2, ARRAY['DECLARANTE'], 'INFERIOR_A_JEFE_DEPARTAMENTO')`, [institution.id, user]);
      const declarationId = await db.inTenant(
        institution.id,
        async () => {
          const { declaration } = await drafts.start(user, { tipo: 'INICIAL', fechaTomaPosesion: f.fechaTomaPosesion, prefill: false });
          for (const section of declaration.sections) {
            const data = f.declaracion[section.group]?.[section.name];
            if (data !== undefined) await drafts.saveSection(user, declaration.id, section.name, data, section.version);
          }
          return declaration.id;
        },
        { userId: user },
      );
      filers.push({ email: p.email, declarationId });
    }
    await client.end();
    return { institutionId: institution.id, filers };
  } finally {
    await app.close();
  }
}

function startProcess(name, args, env, readyText) {
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} no arrancó:\n${output.slice(-2000)}`)), 120_000);
    const onData = (d) => {
      output += d;
      if (output.includes(readyText)) {
        clearTimeout(timer);
        resolve({ child, exited });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (!output.includes(readyText)) reject(new Error(`${name} terminó (${code ?? signal}):\n${output.slice(-2000)}`));
    });
  });
}

async function post(url, body, token) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await res.text();
  let parsed = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = text;
  }
  return { status: res.status, body: parsed };
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function withDb(url, db) {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
