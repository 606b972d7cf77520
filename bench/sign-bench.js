// Signing benchmark: filings per second through POST /api/declarations/{id}/sign for complete
// INICIAL declarations (declaración completa, every section captured), measured three ways in
// alternating rounds on one machine and one database:
//   raw  — INSERT of the same S1 JSON into a jsonb table through `pg`, as many clients as HTTP connections;
//   (b)  — the sign request without the password re-check (schema validation, business rules, canonical
//          hash, folio, public projection, storage, audit, acuse job enqueued), all over HTTP;
//   (a)  — the whole sign request, argon2id re-check of the password included.
// The server is the compiled API in its own process (bench/support/sign-server.js, NODE_ENV=production);
// the password check is switched off only in that process, over IPC. Drafts are captured through the
// API's own DraftsService for a few generated filers and copied in SQL to the rest (capture is not what
// is measured). Prints figures and ratios and records them in BENCHMARKS.md. Needs `npm run build` and a
// PostgreSQL server: the owner's (DATABASE_OWNER_URL, or DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres;
// see scripts/support/db-logins.js for the app's login).
'use strict';
require('reflect-metadata');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { randomBytes } = require('node:crypto');
const { Client, Pool } = require('pg');
const autocannon = require('autocannon');
const argon2 = require('argon2');
const { record, machine, withDb, freePort, childEnv, cli, cpuSeconds } = require('./support/kit');
const { prepareDrafts } = require('./support/sign-drafts');
const { startSignServer } = require('./support/sign-server-launch');

const { OWNER_URL: ADMIN_URL, databaseEnv } = require('../scripts/support/db-logins');
const CONNECTIONS = Number(process.env.BENCH_SIGN_CONNECTIONS ?? 16);
const PER_ROUND_B = Number(process.env.BENCH_SIGN_B ?? 800); // signatures per round without the password check
const PER_ROUND_A = Number(process.env.BENCH_SIGN_A ?? 150); // signatures per round with it
const ROUNDS = 3;
// `--institutions N`: the filers spread over N institutions, each with its own folio counter, audit
// chain and publication order (signatures of different institutions must not wait on each other).
const INSTITUTIONS = Math.max(1, Number(process.argv[process.argv.indexOf('--institutions') + 1] || 1) || 1);
const WARMUP = 60;
const PASSWORD = 'Firma-de-prueba-2026';
const TARGET_B = 350;
const TARGET_RATIO = 0.4;
// OWASP Password Storage Cheat Sheet, minimum argon2id configuration: m = 19 MiB, t = 2, p = 1.
const OWASP_MIN = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

async function main() {
  const dbName = `veraz_bench_sign_${process.pid}`;
  const admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  const url = withDb(ADMIN_URL, dbName);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'veraz-bench-sign-'));
  let server = null;
  let raw = null;
  try {
    const port = await freePort();
    const secret = randomBytes(48).toString('base64');
    const env = childEnv({
      NODE_ENV: 'production',
      ...databaseEnv(dbName),
      VERAZ_SECRET_KEY: secret,
      VERAZ_DATA_DIR: dataDir,
      PORT: String(port),
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      QUEUE_PREFIX: dbName,
      ACCESS_TOKEN_TTL_SECONDS: '3600',
      // Every bench client signs from 127.0.0.1: the per-address limit of the account routes (which the
      // sign route shares) would refuse all but the first few; the throttler still runs on every request.
      AUTH_RATE_LIMIT: '100000000',
    });
    await cli(['migrate'], env);
    const needed = WARMUP + ROUNDS * (PER_ROUND_A + PER_ROUND_B);
    const started = Date.now();
    const { filers, documents } = await prepareDrafts({ url, env, needed, institutions: INSTITUTIONS, password: PASSWORD });
    console.error(`  ${filers.length} borradores completos listos en ${((Date.now() - started) / 1000).toFixed(0)} s`);

    raw = new Pool({ connectionString: url, max: CONNECTIONS });
    raw.on('error', () => {}); // idle clients are cut when the database is dropped
    await raw.query('CREATE TABLE bench_raw_insert (id bigserial PRIMARY KEY, document jsonb NOT NULL, created_at timestamptz NOT NULL DEFAULT now())');

    server = await startSignServer(env, path.join(dataDir, 'server.log'));
    const base = env.PUBLIC_URL;
    const queue = filers.slice();

    // Warm-up: JIT, pools, caches (not counted).
    await server.skipPassword(true);
    await signLoad(base, queue, WARMUP);
    await rawLoad(raw, documents, WARMUP);

    const totals = { raw: [], b: [], a: [] };
    for (let r = 0; r < ROUNDS; r++) {
      totals.raw.push(await measure(server, admin, dbName, () => rawLoad(raw, documents, PER_ROUND_B)));
      await server.skipPassword(true);
      totals.b.push(await measure(server, admin, dbName, () => signLoad(base, queue, PER_ROUND_B)));
      await server.skipPassword(false);
      totals.a.push(await measure(server, admin, dbName, () => signLoad(base, queue, PER_ROUND_A)));
    }

    // What the PDN and the filers would notice: every answered signature is one filing, folios without gaps, published, its acuse queued.
    const signed = [...totals.a, ...totals.b].reduce((s, x) => s + x.ok, 0) + WARMUP;
    const db = new Client({ connectionString: url });
    await db.connect();
    const facts = (await db.query(`SELECT
        (SELECT count(*)::int FROM filings) AS filings,
        (SELECT sum(m)::int FROM (SELECT max(folio_seq) AS m FROM filings GROUP BY institution_id, folio_year) x) AS max_seq,
        (SELECT count(*)::int FROM s1_publications) AS published,
        (SELECT count(*)::int FROM outbox WHERE name LIKE '%acuse%' OR job_id LIKE 'acuse-%') AS acuses`)).rows[0];
    await db.end();
    if (facts.filings !== signed || facts.max_seq !== signed || facts.acuses !== signed) {
      throw new Error(`después de la carga: ${JSON.stringify(facts)}; se esperaban ${signed} presentaciones, folios 1…n sin huecos en cada institución y ${signed} acuses en cola`);
    }

    const verification = await argon2Cost();
    report({ totals, facts, verification });
  } finally {
    if (server) await server.stop();
    if (raw) await raw.end();
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
    if (process.env.KEEP_LOG) fs.copyFileSync(path.join(dataDir, 'server.log'), process.env.KEEP_LOG);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** `count` sign requests over HTTP, CONNECTIONS at a time, each for the next unsigned draft; every answer must be 201. */
async function signLoad(base, queue, count) {
  if (queue.length < count) throw new Error('no quedan borradores');
  const batch = queue.splice(0, count);
  let next = 0;
  const body = JSON.stringify({ password: PASSWORD, aceptaProtesta: true });
  const result = await autocannon({
    url: base,
    connections: Math.min(CONNECTIONS, count),
    amount: count,
    timeout: 60,
    requests: [
      {
        method: 'POST',
        setupRequest: (req) => {
          const filer = batch[next++];
          return { ...req, path: `/api/declarations/${filer.id}/sign`, headers: { 'content-type': 'application/json', authorization: `Bearer ${filer.token}` }, body };
        },
      },
    ],
  });
  const created = result.statusCodeStats?.['201']?.count ?? 0;
  if (created !== count || result.errors || result.timeouts) {
    throw new Error(`firma: ${created} de ${count} respondieron 201 (${JSON.stringify(result.statusCodeStats)}, errores ${result.errors}, timeouts ${result.timeouts})`);
  }
  return { ok: created, seconds: result.duration, p50: result.latency.p50, p99: result.latency.p99 };
}

/** `count` INSERTs of the same S1 JSON through `pg`, CONNECTIONS at a time. */
async function rawLoad(pool, documents, count) {
  let next = 0;
  const latencies = [];
  const t0 = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      for (let i = next++; i < count; i = next++) {
        const t = process.hrtime.bigint();
        await pool.query('INSERT INTO bench_raw_insert (document) VALUES ($1::jsonb)', [documents[i % documents.length]]);
        latencies.push(Number(process.hrtime.bigint() - t) / 1e6);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return { ok: count, seconds: Number(process.hrtime.bigint() - t0) / 1e9, p50: latencies[Math.floor(count / 2)], p99: latencies[Math.floor(count * 0.99)] };
}

/** Runs a load slice and adds the CPU seconds the server and this database's PostgreSQL backends spent on it. */
async function measure(server, admin, dbName, run) {
  const pgPids = async () => (await admin.query('SELECT pid FROM pg_stat_activity WHERE datname = $1', [dbName])).rows.map((r) => r.pid);
  const before = new Map((await pgPids()).map((pid) => [pid, cpuSeconds(pid)]));
  const statements0 = await server.statements();
  const server0 = cpuSeconds(server.pid);
  const result = await run();
  const server1 = cpuSeconds(server.pid);
  const statements = (await server.statements()) - statements0;
  let postgres = 0;
  for (const pid of await pgPids()) postgres += cpuSeconds(pid) - (before.get(pid) ?? 0);
  return { ...result, cpuServer: server1 - server0, cpuPostgres: postgres, statements };
}

/** One argon2id verification with the product's parameters, as the sign request does it (median of 15). */
async function argon2Cost() {
  const { ARGON2_PARAMS } = require('@veraz/accounts');
  const hash = await argon2.hash(PASSWORD, ARGON2_PARAMS);
  const samples = [];
  for (let i = 0; i < 15; i++) {
    const t = process.hrtime.bigint();
    if (!(await argon2.verify(hash, PASSWORD))) throw new Error('argon2');
    samples.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return { params: ARGON2_PARAMS, ms: samples[7] };
}

function report({ totals, facts, verification }) {
  const sum = (xs) =>
    xs.reduce(
      (s, x) => ({ ok: s.ok + x.ok, seconds: s.seconds + x.seconds, cpuServer: s.cpuServer + x.cpuServer, cpuPostgres: s.cpuPostgres + x.cpuPostgres, statements: s.statements + x.statements, p50: Math.max(s.p50, x.p50), p99: Math.max(s.p99, x.p99) }),
      { ok: 0, seconds: 0, cpuServer: 0, cpuPostgres: 0, statements: 0, p50: 0, p99: 0 },
    );
  const ms = (seconds, x) => ((seconds / x.ok) * 1000).toFixed(1);
  const raw = sum(totals.raw);
  const b = sum(totals.b);
  const a = sum(totals.a);
  const rate = (x) => x.ok / x.seconds;
  const perCpu = (x) => (x.cpuServer + x.cpuPostgres > 0 ? x.ok / (x.cpuServer + x.cpuPostgres) : NaN);
  const row = (label, x) =>
    `  ${label.padEnd(52)} ${rate(x).toFixed(0).padStart(6)}/s  p50 ${x.p50.toFixed(0).padStart(4)} ms  p99 ${x.p99.toFixed(0).padStart(4)} ms  (${x.ok} en ${x.seconds.toFixed(1)} s; CPU ${x.cpuServer.toFixed(1)} s Node + ${x.cpuPostgres.toFixed(1)} s PostgreSQL = ${perCpu(x).toFixed(0)} por s de CPU)`;
  const p = verification.params;
  const owasp = p.memoryCost >= OWASP_MIN.memoryCost && p.timeCost >= OWASP_MIN.timeCost && p.parallelism >= OWASP_MIN.parallelism;
  const ratioB = rate(b) / rate(raw);
  const lines = [
    `Sign benchmark — declaraciones INICIAL completas firmadas por HTTP, ${CONNECTIONS} conexiones, ${ROUNDS} tandas alternadas (raw, b, a), servidor compilado con NODE_ENV=production, ${new Date().toISOString().slice(0, 10)}`,
    `  ${machine()}`,
    `  PostgreSQL local; el cliente de carga, el servidor (un proceso Node) y PostgreSQL comparten los mismos núcleos; ${INSTITUTIONS === 1 ? 'una sola institución (un contador de folios)' : `firmas repartidas entre ${INSTITUTIONS} instituciones (un contador de folios cada una)`}`,
    row('raw: INSERT del mismo JSON S1 (jsonb) con pg', raw),
    row('(b) firma sin verificar la contraseña', b),
    row('(a) firma completa, con argon2id', a),
    `  ratio (b)/raw: ${ratioB.toFixed(2)}; ratio (a)/raw: ${(rate(a) / rate(raw)).toFixed(2)}; ratio (a)/(b): ${(rate(a) / rate(b)).toFixed(2)}`,
    `  por firma (b): ${ms(b.cpuServer, b)} ms de CPU de Node + ${ms(b.cpuPostgres, b)} ms de PostgreSQL = ${ms(b.cpuServer + b.cpuPostgres, b)} ms; ${(b.statements / b.ok).toFixed(1)} sentencias enviadas a PostgreSQL ((a): ${(a.statements / a.ok).toFixed(1)})`,
    `  argon2id: m = ${p.memoryCost} KiB, t = ${p.timeCost}, p = ${p.parallelism} (mínimo de OWASP m = 19 MiB, t = 2, p = 1: ${owasp ? 'cumple' : 'NO cumple'}); una verificación ${verification.ms.toFixed(0)} ms de un núcleo`,
    `  comprobado después: ${facts.filings} presentaciones, folios 1…${facts.max_seq} sin huecos, ${facts.published} publicadas en S1, ${facts.acuses} acuses en cola`,
    `  objetivo (b) ≥ ${TARGET_B}/s: ${rate(b) >= TARGET_B ? 'cumple' : `NO cumple (${((rate(b) / TARGET_B) * 100).toFixed(0)} %)`}; objetivo (b)/raw ≥ ${TARGET_RATIO}: ${ratioB >= TARGET_RATIO ? 'cumple' : 'NO cumple'}`,
  ];
  if (rate(b) < TARGET_B || ratioB < TARGET_RATIO) {
    lines.push(
      `  por qué: cada firma valida el documento completo contra el OAS y las reglas de negocio, calcula el JSON canónico (RFC 8785) y su SHA-256, proyecta la versión pública`,
      `  y escribe presentación, publicación, auditoría encadenada, ancla del acuse y trabajos en una transacción; el INSERT crudo solo envía y guarda el JSON.`,
      `  Costo medido: ${(((b.cpuServer + b.cpuPostgres) / b.ok) * 1000).toFixed(1)} ms de CPU por firma (b) contra ${(((raw.cpuServer + raw.cpuPostgres) / raw.ok) * 1000).toFixed(1)} ms por INSERT (sin contar el cliente).`,
      `  Con ${os.cpus().length} núcleos ese costo pone el techo en ${((os.cpus().length / ((b.cpuServer + b.cpuPostgres) / b.ok))).toFixed(0)} firmas/s aunque nada esperara: 350/s pide ≤ ${((os.cpus().length / TARGET_B) * 1000).toFixed(1)} ms de CPU por firma en total.`,
      `  Espera: el contador de folios y el orden de publicación se toman en la última escritura (después solo leen la respuesta y el COMMIT); lo que ordena las firmas de una institución es su cadena`,
      `  de auditoría (candado, cabeza, folio, sentencia final y COMMIT: cinco viajes a PostgreSQL; la respuesta se arma con lo escrito). Instituciones distintas no comparten filas: --institutions 20.`,
    );
  }
  lines.push(`  (a) cuesta además una verificación argon2id por firma (${verification.ms.toFixed(0)} ms de CPU), que es deliberadamente cara: es lo que frena el adivinar contraseñas.`);
  console.log(lines.join('\n'));
  record(INSTITUTIONS === 1 ? 'Firma' : `Firma en ${INSTITUTIONS} instituciones`, lines);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
