// HTTP benchmark: requests per second of the S1 token endpoint (POST /s1/{slug}/oauth/token, the
// request the PDN sends before every query, byte for byte) against a trivial endpoint of the same
// running server (GET /health, which answers {status:'ok'} without touching the database).
// Fresh database, CLI-made institution and S1 credential, the compiled server as `npm start` runs it
// (NODE_ENV=production), load with autocannon. Prints figures and the ratio token/trivial and
// records them in BENCHMARKS.md. Needs `npm run build` and a PostgreSQL server:
// the owner's (DATABASE_OWNER_URL, or DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres; see
// scripts/support/db-logins.js for the app's login).
'use strict';
const { record, serverEnv, cli, freePort, BENCH_TOKEN_LIMIT, HIGH_TOKEN_LIMITS } = require('./support/kit');
const { cpuNow } = require('./support/cpu');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { Client } = require('pg');
const autocannon = require('autocannon');

const { OWNER_URL: ADMIN_URL } = require('../scripts/support/db-logins');
const { startServer } = require('./support/server');
const DURATION = Number(process.env.BENCH_HTTP_SECONDS ?? 15);
const CONNECTIONS = Number(process.env.BENCH_HTTP_CONNECTIONS ?? 50);
const WARMUP = 3;
const ROUNDS = 3;
const TARGET = 1500;
// API processes of the measured server: as `npm start` runs it (one per core) unless BENCH_API_PROCESSES says otherwise.
const API_PROCESSES = Number(process.env.BENCH_API_PROCESSES ?? os.availableParallelism());

// What axios 1.6.0 (the PDN's s1_backend and bulk-generator) sends on its own; see apps/api/test/s1/pdn-client.ts.
const AXIOS_HEADERS = { Accept: 'application/json, text/plain, */*', 'User-Agent': 'axios/1.6.0', 'Accept-Encoding': 'gzip, compress, deflate, br' };

async function main() {
  const dbName = `veraz_bench_http_${process.pid}`;
  const admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'veraz-bench-http-'));
  let server = null;
  try {
    const port = await freePort();
    const env = serverEnv({
      dbName,
      port,
      dataDir,
      // This measures the endpoint's cost, not its limiter: 50 connections on one credential would hit the
      // production limit at once, so this server alone gets a far higher one.
      ...HIGH_TOKEN_LIMITS,
      API_PROCESSES: String(API_PROCESSES),
    });
    await cli(['migrate'], env);
    await cli(['institution', 'create', '--slug', 'bench', '--name', 'Institución de prueba'], env);
    const provider = JSON.parse(await cli(['s1-client', 'create', '--institution', 'bench'], env));

    server = await startServer(env, path.join(dataDir, 'server.log'));
    const base = env.PUBLIC_URL;

    // The PDN's token request (s1_backend / bulk-generator getToken): decodeURI(qs.stringify(data)), client in HTTP Basic.
    const token = {
      url: provider.token_url,
      method: 'POST',
      headers: {
        ...AXIOS_HEADERS,
        'Content-Type': 'application/x-www-form-urlencoded',
        Authorization: `Basic ${Buffer.from(`${provider.client_id}:${provider.client_secret}`, 'utf8').toString('base64')}`,
      },
      body: decodeURI(qsStringify({ grant_type: 'password', username: provider.username, password: provider.password, client_id: provider.client_id, client_secret: provider.client_secret })),
    };
    const trivial = { url: `${base}/health`, method: 'GET', headers: { ...AXIOS_HEADERS } };

    // Both answer correctly before any load.
    const check = await fetch(token.url, { method: 'POST', headers: token.headers, body: token.body });
    const granted = await check.json();
    if (check.status !== 200 || typeof granted.access_token !== 'string') throw new Error(`token ${check.status} ${JSON.stringify(granted)}`);
    const health = await fetch(trivial.url);
    if (health.status !== 200) throw new Error(`/health ${health.status}`);

    const load0 = os.loadavg()[0];
    await load([trivial], WARMUP);
    await load([token], WARMUP);
    // Baseline and subject alternate in ROUNDS slices of DURATION/ROUNDS seconds (trivial, token, trivial, token …)
    // so that whatever else the machine does at the time weighs on both alike.
    const raw = { trivial: [], token: [] };
    const cpu = { trivial: { server: 0, postgres: 0 }, token: { server: 0, postgres: 0 } };
    const slice = async (kind, request) => {
      const before = await cpuNow(server.pid, admin, dbName);
      raw[kind].push(...(await load([request], DURATION / ROUNDS)));
      const after = await cpuNow(server.pid, admin, dbName);
      cpu[kind].server += after.server - before.server;
      for (const [pid, seconds] of after.postgres) cpu[kind].postgres += seconds - (before.postgres.get(pid) ?? 0);
    };
    for (let r = 0; r < ROUNDS; r++) {
      await slice('trivial', trivial);
      await slice('token', token);
    }
    const t = { ...figures(raw.trivial, trivial.url), cpu: cpu.trivial };
    const k = { ...figures(raw.token, token.url), cpu: cpu.token };
    const load1 = os.loadavg()[0];

    const after = await fetch(token.url, { method: 'POST', headers: token.headers, body: token.body });
    if (after.status !== 200) throw new Error(`token after the load: ${after.status}`);
    report(t, k, load0, load1);
  } finally {
    if (server) await server.stop();
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Autocannon runs (unaggregated, so slices can be merged). */
async function load(requests, seconds) {
  const out = [];
  for (const request of requests) out.push(await autocannon({ ...request, connections: CONNECTIONS, duration: seconds, skipAggregateResult: true }));
  return out;
}

/** The slices of one endpoint merged: average requests per second over all sampled seconds, latency from the merged histogram. */
function figures(raws, url) {
  const completed = raws.reduce((sum, r) => sum + r.totalCompletedRequests, 0);
  const seconds = raws.reduce((sum, r) => sum + r.samples, 0);
  const merged = autocannon.aggregateResult(raws, { url, connections: CONNECTIONS });
  const status = merged.statusCodeStats ?? {};
  return {
    rps: completed / seconds,
    total: completed,
    p50: merged.latency.p50,
    p99: merged.latency.p99,
    non2xx: merged.non2xx,
    errors: merged.errors,
    timeouts: merged.timeouts,
    throttled: status['429']?.count ?? 0,
    statuses: Object.entries(status).map(([code, s]) => `${code}×${s.count}`).join(' '),
  };
}

function report(t, k, load0, load1) {
  const ratio = k.rps / t.rps;
  const perCpu = (x) => x.total / x.cpu.server;
  const perCpuAll = (x) => x.total / (x.cpu.server + x.cpu.postgres);
  const row = (label, x) =>
    `  ${label.padEnd(40)} ${x.rps.toFixed(0).padStart(6)} req/s  p50 ${String(x.p50).padStart(3)} ms  p99 ${String(x.p99).padStart(3)} ms  no-2xx ${x.non2xx}  errores ${x.errors + x.timeouts}  (${x.statuses})`;
  const cpuRow = (label, x) =>
    `  ${label.padEnd(40)} ${perCpu(x).toFixed(0).padStart(6)} req por segundo de CPU del servidor; ${perCpuAll(x).toFixed(0)} contando también PostgreSQL (${x.cpu.server.toFixed(1)} s + ${x.cpu.postgres.toFixed(1)} s de CPU)`;
  const lines = [
    `HTTP benchmark — autocannon, ${CONNECTIONS} conexiones, ${DURATION} s por endpoint en ${ROUNDS} tandas alternadas, servidor compilado con NODE_ENV=production, ${new Date().toISOString().slice(0, 10)}`,
    `  máquina: ${os.cpus()[0].model}, ${os.cpus().length} núcleos, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}; carga (loadavg 1 min) ${load0.toFixed(2)} al empezar, ${load1.toFixed(2)} al terminar`,
    `  PostgreSQL local; autocannon, el servidor (${API_PROCESSES === 1 ? 'un proceso Node' : `${API_PROCESSES} procesos de la API con node:cluster`}) y PostgreSQL comparten los mismos núcleos; límites de solicitudes en ${process.env.REDIS_URL ? 'Redis' : API_PROCESSES > 1 ? 'PostgreSQL' : 'memoria'}`,
    row('trivial: GET /health (sin base de datos)', t),
    row('token: POST /s1/bench/oauth/token (PDN)', k),
    `  ratio token/trivial: ${ratio.toFixed(2)}`,
    `  costo en CPU (menos sensible a la carga ajena que req/s):`,
    cpuRow('  trivial', t),
    cpuRow('  token', k),
    `  ratio token/trivial por CPU del servidor: ${(perCpu(k) / perCpu(t)).toFixed(2)}`,
    k.throttled || t.throttled
      ? `  LIMITADOR: ${k.throttled + t.throttled} respuestas 429 durante la carga`
      : `  0 respuestas 429: el servidor de esta medición usa S1_TOKEN_RATE_LIMIT_PER_CLIENT y _PER_IP=${BENCH_TOKEN_LIMIT} (producción: 100 y 200 por segundo), para medir el costo del endpoint y no su límite`,
    `  objetivo ≥ ${TARGET} tokens/s: ${k.rps >= TARGET ? 'cumple' : `NO cumple (${((k.rps / TARGET) * 100).toFixed(0)} % del objetivo)`}`,
  ];
  if (k.rps < TARGET) {
    const ceiling = t.rps < TARGET ? `el propio /health da ${t.rps.toFixed(0)}/s aquí, así que el techo de la máquina ya está por debajo del objetivo; ` : '';
    lines.push(
      `  por qué: ${ceiling}cada token suma a la petición trivial la lectura del cuerpo urlencoded, el contexto de la petición (interceptores de NestJS),`,
      `  comparaciones HMAC, la firma del JWT y una línea de registro (/health no se registra), en ${API_PROCESSES} proceso(s) Node; la credencial se lee de PostgreSQL`,
      `  a lo más cada 30 s (la consulta dejó de ir en cada token: de 0.39 a cerca de 0.6 de /health).`,
      perCpu(k) >= TARGET
        ? `  Con un núcleo entero para el proceso Node (y otro para PostgreSQL) el costo medido da ${perCpu(k).toFixed(0)} tokens/s: el objetivo se alcanza sin la carga ajena.`
        : `  Aun con un núcleo entero para los procesos Node el costo medido da ${perCpu(k).toFixed(0)} tokens/s: hace falta abaratar el token o más núcleos.`,
    );
  }
  console.log(lines.join('\n'));
  record('Endpoint de token (HTTP)', lines);
}

/** `qs.stringify` with its defaults (RFC 3986, UTF-8), as in apps/api/test/s1/pdn-client.ts. */
function qsStringify(fields) {
  const encode = (value) => {
    let out = '';
    for (const char of value) {
      if (/[A-Za-z0-9\-._~]/.test(char)) out += char;
      else for (const byte of Buffer.from(char, 'utf8')) out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    }
    return out;
  };
  return Object.entries(fields)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${encode(k)}=${encode(v)}`)
    .join('&');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
