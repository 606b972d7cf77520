// S1 under the PDN's concurrent load: C clients (default 8) in this process against the compiled server
// in another, each query as the PDN sends it: a new token (OAuth2 password grant) and then
// POST /v2/declaraciones. Twelve query shapes of the PDN website and its monitor, with filter values
// drawn from the data (broad filters: about half the rows; the income range 35–44 %), so a cache of
// one value cannot hide the cost. Reports p50/p95 per shape from the client and from the server
// (its Server-Timing header), queries per second, and /health on the same server meanwhile.
// Data: `veraz generate` in one institution (--filings N, default 100 000). `--database NAME` keeps
// and reuses a database on the owner's server (generated once), e.g. for 1 000 000 filings.
// Needs `npm run build` and PostgreSQL (DATABASE_OWNER_URL or DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres).
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawn } = require('node:child_process');
const { Client } = require('pg');
const { record, machine, serverEnv, cli, freePort, withDb, CLI, HIGH_TOKEN_LIMITS } = require('./support/kit');
const { startServer } = require('./support/server');
const { cpuNow } = require('./support/cpu');
const { request } = require('./support/http-client');
const { OWNER_URL } = require('../scripts/support/db-logins');

const arg = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const FILINGS = Number(arg('filings', process.env.BENCH_FILINGS ?? 100_000));
const REUSE = arg('database', null);
const SECONDS = Number(arg('seconds', 30));
const CLIENTS = Number(arg('clients', 8));
const SLUG = 'carga';
const TARGET_P95 = 50;
const LABEL = arg('label', null); // e.g. «antes»: its own section in BENCHMARKS.md

async function main() {
  const dbName = REUSE ?? `veraz_bench_s1load_${process.pid}`;
  const admin = new Client({ connectionString: OWNER_URL });
  await admin.connect();
  const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [dbName])).rowCount > 0;
  if (!exists) await admin.query(`CREATE DATABASE ${dbName}`);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'veraz-bench-s1load-'));
  let server = null;
  const owner = new Client({ connectionString: withDb(OWNER_URL, dbName) });
  try {
    const port = await freePort();
    // The PDN's client sends a token before every query: this measures queries, not the token limiter.
    const env = serverEnv({ dbName, port, dataDir, ...HIGH_TOKEN_LIMITS });
    await cli(['migrate'], env);
    await owner.connect();
    const institution = (await owner.query('SELECT id FROM institutions WHERE slug = $1', [SLUG])).rows[0];
    if (!institution) {
      await cli(['institution', 'create', '--slug', SLUG, '--name', 'Secretaría de prueba de carga'], env);
      await generate(env, FILINGS);
      // What autovacuum does on a live server after a bulk load: statistics and the visibility map.
      await owner.query('VACUUM ANALYZE');
    }
    const institutionId = (await owner.query('SELECT id FROM institutions WHERE slug = $1', [SLUG])).rows[0].id;
    const values = await drawValues(owner, institutionId);
    const provider = JSON.parse(await cli(['s1-client', 'create', '--institution', SLUG], env));

    server = await startServer(env, path.join(dataDir, 'server.log'));
    // CPU of the server's processes, this database's PostgreSQL backends and this load client.
    const meter = async () => ({ ...(await cpuNow(server.pid, admin, dbName)), client: process.cpuUsage() });
    const clientLoad = await run(env.PUBLIC_URL, provider, values, meter);
    report(clientLoad, values, exists);
  } finally {
    if (server) await server.stop();
    await owner.end().catch(() => {});
    if (!REUSE) await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** `veraz generate` (about 5.5 filings per person over 5 years), with its own progress on stderr. */
function generate(env, filings) {
  const officials = String(Math.ceil(filings / 5.5));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'generate', '--institution', SLUG, '--officials', officials, '--years', '5', '--seed', '2026', '--batch', '500'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`veraz generate: código ${code}`))));
  });
}

/** Filter values taken from the data, with the share of rows each one matches (for the report). */
async function drawValues(owner, institutionId) {
  const one = async (sql) => (await owner.query(sql, [institutionId])).rows;
  const total = Number((await one('SELECT count(*) AS n FROM s1_search_keys WHERE institution_id = $1'))[0].n);
  const top = (col, n) => one(`SELECT ${col} AS v, count(*) AS n FROM s1_search_keys WHERE institution_id = $1 AND ${col} IS NOT NULL GROUP BY 1 ORDER BY 2 DESC LIMIT ${n}`);
  const entidades = await top('entidad_federativa', 3);
  const entes = await top('ente_norm', 3);
  const nombres = await top(`split_part(nombres_norm, ' ', 1)`, 6);
  const apellidos = await top('primer_apellido_norm', 6);
  // Quantiles 0.00..1.00: a range from quantile q to q + 0.40 matches about 40 % of the rows with a value.
  const quantiles = async (col) =>
    (await one(`SELECT percentile_disc(ARRAY(SELECT g / 100.0 FROM generate_series(0, 100) g)) WITHIN GROUP (ORDER BY ${col}) AS q FROM s1_search_keys WHERE institution_id = $1 AND ${col} IS NOT NULL`))[0].q.map(Number);
  return {
    total,
    lastPage: Math.max(1, Math.ceil(total / 200)),
    entidades: entidades.map((r) => r.v),
    entidadShare: entidades.map((r) => Number(r.n) / total),
    entes: entes.map((r) => r.v),
    enteShare: entes.map((r) => Number(r.n) / total),
    nombres: nombres.map((r) => r.v),
    apellidos: apellidos.map((r) => r.v),
    income: await quantiles('total_ingresos_netos'),
    va: await quantiles('va_min'),
  };
}

const pick = (list) => list[Math.floor(Math.random() * list.length)];
const band = (q, from, to) => {
  const at = from + Math.floor(Math.random() * (to - from + 1));
  return { min: q[at], max: q[at + 40] };
};

/** The PDN website's and monitor's query shapes (S1-NOTES: how the real PDN client calls). */
function shapes(v) {
  return {
    'por omisión, página 1 (10)': () => ({ page: 1, pageSize: 10 }),
    'totalRows (página 1 de 1)': () => ({ page: 1, pageSize: 1 }),
    'descarga masiva, página al azar de 200': () => ({ page: 1 + Math.floor(Math.random() * v.lastPage), pageSize: 200 }),
    'ordenada por primerApellido, página 1': () => ({ page: 1, pageSize: 10, sort: { primerApellido: 'asc' } }),
    'ordenada por ingresos (desc), página 1': () => ({ page: 1, pageSize: 10, sort: { totalIngresosNetos: 'desc' } }),
    'ordenada por nombres, página 1–100': () => ({ page: 1 + Math.floor(Math.random() * 100), pageSize: 10, sort: { nombres: 'asc' } }),
    'entidad federativa (la más común)': () => ({ page: 1, pageSize: 10, query: { datosEmpleoCargoComision: { entidadFederativa: pick(v.entidades) } } }),
    'nombre del ente público': () => ({ page: 1, pageSize: 10, query: { datosEmpleoCargoComision: { nombreEntePublico: pick(v.entes) } } }),
    'nombre de pila común': () => ({ page: 1, pageSize: 10, query: { nombres: pick(v.nombres) } }),
    'nombre y primer apellido': () => ({ page: 1, pageSize: 10, query: { nombres: pick(v.nombres), primerApellido: pick(v.apellidos) } }),
    'rango de ingresos (40 % de las filas)': () => ({ page: 1, pageSize: 10, query: { totalIngresosNetos: band(v.income, 25, 35) } }),
    'rango de valor de inmuebles': () => ({ page: 1, pageSize: 10, query: { bienesInmuebles: { valorAdquisicion: band(v.va, 25, 35) } } }),
  };
}

/** C clients, each: token, then the next shape's query; warm-up, then SECONDS of measurement. */
async function run(base, provider, values, meter) {
  const list = Object.entries(shapes(values));
  const samples = Object.fromEntries(list.map(([name]) => [name, { client: [], server: [] }]));
  const tokens = [];
  const health = [];
  const basic = `Basic ${Buffer.from(`${provider.client_id}:${provider.client_secret}`, 'utf8').toString('base64')}`;
  const form = decodeURI(new URLSearchParams({ grant_type: 'password', username: provider.username, password: provider.password, client_id: provider.client_id, client_secret: provider.client_secret }).toString());
  const query = async (body, measure) => {
    let t = performance.now();
    const tr = await request(provider.token_url, { method: 'POST', body: form, headers: { 'Content-Type': 'application/x-www-form-urlencoded', Authorization: basic } });
    if (tr.status !== 200) throw new Error(`token ${tr.status} ${tr.text}`);
    const { access_token } = JSON.parse(tr.text);
    if (measure) tokens.push(performance.now() - t);
    t = performance.now();
    const res = await request(`${base}/s1/${SLUG}/v2/declaraciones`, { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json;charset=UTF-8', Authorization: `Bearer ${access_token}`, 'Accept-Encoding': 'gzip' } });
    const ms = performance.now() - t;
    // What the PDN's table reads first; the documents themselves are not parsed (client CPU is the server's loss here).
    const totalRows = /"totalRows":(\d+)/.exec(res.text);
    if (res.status !== 200 || !totalRows) throw new Error(`query ${res.status} ${res.text.slice(0, 300)}`);
    const server = /dur=([\d.]+)/.exec(res.headers['server-timing'] ?? '');
    return { ms, server: server ? Number(server[1]) : NaN };
  };
  let phase = 'warm';
  let done = 0;
  const clients = Array.from({ length: CLIENTS }, async (_, i) => {
    for (let n = i; phase !== 'over'; n++) {
      const [name, make] = list[n % list.length];
      const measure = phase === 'measure';
      const r = await query(make(), measure);
      if (measure && phase === 'measure') {
        samples[name].client.push(r.ms);
        samples[name].server.push(r.server);
        done++;
      }
    }
  });
  const probe = (async () => {
    while (phase !== 'over') {
      const t = performance.now();
      await request(`${base}/health`);
      if (phase === 'measure') health.push(performance.now() - t);
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  await new Promise((r) => setTimeout(r, 5000));
  phase = 'measure';
  const cpu0 = await meter();
  const started = performance.now();
  const load0 = os.loadavg()[0];
  await new Promise((r) => setTimeout(r, SECONDS * 1000));
  const seconds = (performance.now() - started) / 1000;
  const queries = done;
  const cpu1 = await meter();
  phase = 'over';
  await Promise.all([...clients, probe]);
  let postgres = 0;
  for (const [pid, s] of cpu1.postgres) postgres += s - (cpu0.postgres.get(pid) ?? 0);
  const client = (cpu1.client.user + cpu1.client.system - cpu0.client.user - cpu0.client.system) / 1e6;
  const cpu = { server: cpu1.server - cpu0.server, postgres, client, seconds };
  return { samples, tokens, health, qps: queries / seconds, queries, load0, load1: os.loadavg()[0], cpu };
}

function pct(list, q) {
  const s = list.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(s.length * q))] : NaN;
}

/**
 * Where the CPU went, per query (token + data call): with 8 clients that never pause, the machine is
 * always busy, so each answer waits behind the others' work, and a client's time is the 8 clients'
 * CPU per query divided among the cores, not the server's own time for that query.
 */
function cpuLines(r) {
  const per = (s) => ((s / r.queries) * 1000).toFixed(1);
  const { server, postgres, client, seconds } = r.cpu;
  const cores = os.availableParallelism();
  return [
    `  CPU por consulta (token + datos): servidor ${per(server)} ms, PostgreSQL ${per(postgres)} ms, cliente de carga ${per(client)} ms; ` +
      `${(((server + postgres + client) / seconds / cores) * 100).toFixed(0)} % de los ${cores} núcleos ocupado`,
  ];
}

function report(r, v, reused) {
  const f = (x) => (Number.isFinite(x) ? x.toFixed(1) : '—').padStart(7);
  const all = Object.values(r.samples).flatMap((s) => s.client);
  const rows = Object.entries(r.samples).map(([name, s]) => ({ name, n: s.client.length, c50: pct(s.client, 0.5), c95: pct(s.client, 0.95), s50: pct(s.server, 0.5), s95: pct(s.server, 0.95) }));
  const worst = Math.max(...rows.map((x) => x.c95));
  const share = (xs) => xs.map((x) => `${(x * 100).toFixed(0)} %`).join(', ');
  const lines = [
    `S1 bajo la carga concurrente de la PDN — ${v.total.toLocaleString('en')} publicaciones de veraz generate en una institución${reused ? ' (base reutilizada)' : ''}, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    `  ${machine()}; al terminar ${r.load1.toFixed(2)}`,
    `  ${CLIENTS} clientes en el proceso del benchmark, servidor compilado en otro proceso (NODE_ENV=production), PostgreSQL local; ${SECONDS} s medidos tras 5 s de calentamiento`,
    `  cada consulta: token nuevo (password grant) + POST /v2/declaraciones; valores de los filtros sacados de los datos en cada consulta`,
    `  filtros amplios: entidades ${v.entidades.join(', ')} (${share(v.entidadShare)} de las filas); entes (${share(v.enteShare)})`,
    `  ${r.queries} consultas en ${SECONDS} s: ${r.qps.toFixed(1)} consultas/s (cada una con su token)`,
    `  forma                                          n   cliente p50     p95   servidor p50     p95  (ms)`,
    ...rows.map((x) => `    ${x.name.padEnd(42)} ${String(x.n).padStart(4)}   ${f(x.c50)} ${f(x.c95)}        ${f(x.s50)} ${f(x.s95)}`),
    `  p95 de todas las consultas de datos: ${f(pct(all, 0.95)).trim()} ms; token p50 ${f(pct(r.tokens, 0.5)).trim()} ms, p95 ${f(pct(r.tokens, 0.95)).trim()} ms; /health mientras tanto p95 ${f(pct(r.health, 0.95)).trim()} ms`,
    `  p95 más alto por forma: ${worst.toFixed(1)} ms (meta ≤ ${TARGET_P95} ms: ${worst <= TARGET_P95 ? 'cumple' : 'NO cumple'})`,
    ...cpuLines(r),
  ];
  console.log(lines.join('\n'));
  record(`S1 bajo carga concurrente (${v.total >= 900_000 ? '1 000 000' : v.total.toLocaleString('en').replace(/,/g, ' ')} publicaciones)${LABEL ? `, ${LABEL}` : ''}`, lines);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
