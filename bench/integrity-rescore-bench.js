// Issue 17's target: 1 000 000 filings re-scored in ≤ 15 minutes on this machine, measured against a plain
// read of the same rows. On one institution of N generated filings (default 1 000 000; `--filings N` for a
// quick run), in this process (the API's Nest app, no job workers):
//   1. a plain read: what the re-score job reads per chunk (ScoringFactsRepository.filingsOfNextUsers and
//      obligationsOfUsers) over the whole institution, same statements, columns and chunks, a short
//      transaction per chunk, one chunk after another; nothing scored or written (the job reads the next
//      chunk while it scores one, and writes one while it scores the next);
//   2. the re-score: an admin's threshold change (ThresholdsService.update: a new version and its run),
//      then the real job handler (integrity.rescore) run to the end with the runner the worker passes it;
//   3. the plain read again; the ratio uses the faster of the two reads (the larger, conservative ratio).
// Reports filings/s, minutes (for N < 1 000 000 also the linear estimate for 1 000 000), the ratio, and
// this process's RSS (peak per phase, sampled every 200 ms).
// Data: a named database kept on the owner's server and reused (`--database NAME`, default
// veraz_bench_integrity_1m, or veraz_bench_integrity_<N> for other sizes). When missing, N filings of the
// generator (seed 2026, 5 years 2021–2025, about 5.5 filings per person) are loaded through the same
// GeneratedLoader as `veraz generate` (one process: about 25 min for 1 000 000 on a quiet machine,
// BENCHMARKS.md «Escala nacional»; `--loaders K` splits it over K processes, every K-th person each: at
// 20 000 on a busy machine 2 were not faster, 490/s against 584/s), then VACUUM ANALYZE. Loading runs in
// child processes, so that the measuring process's RSS holds only what it measures. `--prepare-only`
// only loads; `--fresh` drops and reloads (also after a migration was edited in place).
// Every run first empties the integrity tables (owner's TRUNCATE of scores, interest companies, runs and
// threshold versions), so each run measures the same thing: version 1 (defaults, its run left pending)
// and the measured version 2, written into empty tables. No roster, hence no obligations: rule 8 reads an
// empty list. Needs `npm run build` and PostgreSQL (DATABASE_OWNER_URL or DATABASE_URL, default
// postgres://postgres@127.0.0.1:5432/postgres).
'use strict';
require('reflect-metadata');
const { spawn, spawnSync } = require('node:child_process');
const { randomUUID } = require('node:crypto');
const { Client } = require('pg');
const { migrateDatabase } = require('@veraz/db');
const { GeneratedLoader } = require('@veraz/declarations');
// The generator's own per-person history (generateFilings is this over people 0, 1, 2…), so that each
// loader process generates only its people.
const { personFilings } = require('@veraz/generator/dist/history');
const { createInstitution } = require('@veraz/generator/dist/institution');
const { InstitutionsService } = require('@veraz/institutions');
const { UnitOfWork } = require('@veraz/tenancy');
const { record, machine, withDb, inProcessApp, cpuSeconds } = require('./support/kit');
const { rescoreApi } = require('./support/integrity-rescore');
const { OWNER_URL, appUrl } = require('../scripts/support/db-logins');

const arg = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const FILINGS = Number(arg('filings', process.env.BENCH_FILINGS ?? 1_000_000));
const DB_NAME = arg('database', `veraz_bench_integrity_${FILINGS === 1_000_000 ? '1m' : FILINGS}`);
const FRESH = process.argv.includes('--fresh');
const PREPARE_ONLY = process.argv.includes('--prepare-only');
const LOADERS = Number(arg('loaders', 1));
const PART = arg('load-part', null); // internal: "i/K", one of the loader processes
const SLUG = 'integridad';
const SEED = 2026;
const FIRST_YEAR = 2021;
const LAST_YEAR = 2025;
const AS_OF = '2026-11-01';
const TARGET_MINUTES = 15;
const MILLION = 1_000_000;

async function main() {
  if (!Number.isInteger(FILINGS) || FILINGS < 1) throw new Error('--filings debe ser un entero positivo');
  if (!/^[a-z_][a-z0-9_]*$/.test(DB_NAME)) throw new Error('--database: letras minúsculas, dígitos y _');
  const admin = new Client({ connectionString: OWNER_URL });
  await admin.connect();
  if (!Number.isInteger(LOADERS) || LOADERS < 1) throw new Error('--loaders debe ser un entero positivo');
  if (FRESH && !PREPARE_ONLY && !PART) await admin.query(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);
  const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [DB_NAME])).rowCount > 0;
  if (!exists) await admin.query(`CREATE DATABASE ${DB_NAME}`);
  await admin.end();
  // A loader process logs in as the process that started it (their migration run set that password).
  const database = { url: withDb(OWNER_URL, DB_NAME), appUrl: PART ? process.env.BENCH_APP_URL : appUrl(DB_NAME) };
  const owner = new Client({ connectionString: database.url });
  let app;
  try {
    if (!PART) await migrateDatabase(database.url, { appUrl: database.appUrl });
    await owner.connect();
    if (PART) {
      app = await inProcessApp(database, 'integrity-rescore-load');
      await app.init();
      return await loadPart(app, owner);
    }
    let prepared = await loaded(owner);
    if (PREPARE_ONLY) {
      if (!prepared) {
        app = await inProcessApp(database, 'integrity-rescore');
        await app.init();
        prepared = await load(app, owner, database.appUrl);
      }
      return console.log(JSON.stringify(prepared));
    }
    // Loading runs in a child process, so that this one's memory (RSS) holds only what the bench measures.
    if (!prepared) {
      prepared = loadInChild();
      // The child's migration run set the app login's password to its own (scripts/support/db-logins.js).
      await migrateDatabase(database.url, { appUrl: database.appUrl });
    }

    app = await inProcessApp(database, 'integrity-rescore');
    await app.init();
    const units = app.get(UnitOfWork);
    const api = rescoreApi(app, prepared.institutionId);
    const inBatch = (fn) => units.inTenant(prepared.institutionId, fn);

    // The same starting point on every run (see the header).
    // CASCADE: a later table that refers to these (derived data too) does not stop the bench.
    await owner.query('TRUNCATE filing_risk_scores, filing_interest_companies, integrity_rescore_runs, integrity_threshold_versions CASCADE');
    const actorId = await anAdmin(owner, prepared.institutionId);

    const backends = async () => (await owner.query('SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [DB_NAME])).rows.map((r) => r.pid);
    const read1 = await phase('lectura simple', () => api.plainRead(inBatch), backends);
    const rescore = await phase('re-calificación', () => api.rescore(inBatch, actorId), backends);
    const read2 = await phase('lectura simple (otra vez)', () => api.plainRead(inBatch), backends);
    const written = Number((await owner.query('SELECT count(*) AS n FROM filing_risk_scores WHERE threshold_version = $1', [rescore.result.version])).rows[0].n);
    const flagged = Number((await owner.query('SELECT count(*) AS n FROM filing_risk_scores WHERE threshold_version = $1 AND flag_count > 0', [rescore.result.version])).rows[0].n);
    const size = (await owner.query(`SELECT pg_size_pretty(pg_total_relation_size('filing_risk_scores')) AS s`)).rows[0].s;
    const companies = Number((await owner.query('SELECT count(*) AS n FROM filing_interest_companies')).rows[0].n);
    report({ prepared, read1, rescore, read2, written, flagged, size, companies });
  } finally {
    if (app) await app.close();
    await owner.end().catch(() => undefined);
  }
}

/** The institution when its N filings are loaded; null when it is not there yet. */
async function loaded(owner) {
  const found = (await owner.query('SELECT id FROM institutions WHERE slug = $1', [SLUG])).rows[0];
  if (!found) return null;
  const filings = Number((await owner.query('SELECT count(*) AS n FROM filings WHERE institution_id = $1', [found.id])).rows[0].n);
  if (filings < FILINGS) throw new Error(`${DB_NAME} tiene ${filings} declaraciones (se piden ${FILINGS}): una carga anterior no terminó; use --fresh`);
  return { institutionId: found.id, filings, reused: true, loadSeconds: null };
}

function loadInChild() {
  const args = [__filename, '--prepare-only', '--filings', String(FILINGS), '--database', DB_NAME, '--loaders', String(LOADERS)];
  const child = spawnSync(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`la carga de ${DB_NAME} falló (código ${child.status})`);
  return JSON.parse(child.stdout.trim().split('\n').pop());
}

/**
 * The institution and its N generated filings, through `veraz generate`'s loader, in LOADERS processes
 * (people i, i + K, i + 2K… in process i; with one, exactly what generateFilings yields, cut at N).
 */
async function load(app, owner, loginUrl) {
  const units = app.get(UnitOfWork);
  const institution = await units.inTenant(randomUUID(), () => app.get(InstitutionsService).create({ slug: SLUG, name: 'Secretaría de Salud' }, null));
  const t0 = performance.now();
  const part = (i) =>
    new Promise((resolve, reject) => {
      const args = [__filename, '--load-part', `${i}/${LOADERS}`, '--filings', String(FILINGS), '--database', DB_NAME];
      const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, BENCH_APP_URL: loginUrl } });
      child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`carga ${i}/${LOADERS}: código ${code}`))));
    });
  await Promise.all(Array.from({ length: LOADERS }, (_, i) => part(i)));
  const loadSeconds = (performance.now() - t0) / 1000;
  const filings = Number((await owner.query('SELECT count(*) AS n FROM filings WHERE institution_id = $1', [institution.id])).rows[0].n);
  if (filings !== FILINGS) throw new Error(`se cargaron ${filings} declaraciones, se piden ${FILINGS}`);
  // What autovacuum does on a live server after a bulk load: statistics and the visibility map.
  await owner.query('VACUUM ANALYZE');
  return { institutionId: institution.id, filings, reused: false, loadSeconds, loaders: LOADERS };
}

/** One loader process: its people's filings (what generateFilings yields for them), up to its share of N. */
async function loadPart(app, owner) {
  const [part, parts] = PART.split('/').map(Number);
  const institution = (await owner.query('SELECT id, name FROM institutions WHERE slug = $1', [SLUG])).rows[0];
  const share = Math.floor(FILINGS / parts) + (part < FILINGS % parts ? 1 : 0);
  const inst = createInstitution(SEED, institution.name);
  const filings = (function* () {
    let n = 0;
    // About 5.5 filings per person over 5 years: people until the share is reached.
    for (let person = part; ; person += parts) {
      for (const f of personFilings(SEED, inst, person, FIRST_YEAR, LAST_YEAR, AS_OF)) {
        if (n++ >= share) return;
        yield f;
      }
    }
  })();
  const units = app.get(UnitOfWork);
  let lastLog = 0;
  const result = await app.get(GeneratedLoader).load(filings, {
    inBatch: (fn) => units.inTenant(institution.id, fn),
    batchSize: 500,
    onProgress: ({ loaded: n, elapsedMs }) => {
      if (elapsedMs - lastLog < 15_000) return;
      lastLog = elapsedMs;
      console.error(`  carga ${PART}: ${n.toLocaleString('en')} de ${share.toLocaleString('en')} (${Math.round(n / (elapsedMs / 1000))}/s)`);
    },
  });
  if (result.loaded < share) throw new Error(`carga ${PART}: ${result.loaded} de ${share}`);
}

/** A member of the institution made its admin: the threshold change's author (created_by, bitácora). */
async function anAdmin(owner, institutionId) {
  const { rows } = await owner.query(
    `UPDATE memberships SET roles = array_append(roles, 'ADMIN_INSTITUCION')
      WHERE (institution_id, user_id) = (SELECT institution_id, user_id FROM memberships WHERE institution_id = $1 ORDER BY user_id LIMIT 1)
        AND NOT 'ADMIN_INSTITUCION' = ANY(roles)
      RETURNING user_id`,
    [institutionId],
  );
  if (rows[0]) return rows[0].user_id;
  return (await owner.query(`SELECT user_id FROM memberships WHERE institution_id = $1 AND 'ADMIN_INSTITUCION' = ANY(roles) ORDER BY user_id LIMIT 1`, [institutionId])).rows[0].user_id;
}

/**
 * Runs fn, timing it and sampling this process's RSS (the app and the job run here), with the CPU of this
 * process and of the database's PostgreSQL backends (the app's pooled connections live through the phase).
 */
async function phase(label, fn, backends) {
  const pg0 = new Map((await backends()).map((pid) => [pid, cpuSeconds(pid)]));
  if (global.gc) global.gc();
  const rssBefore = process.memoryUsage().rss;
  let peak = rssBefore;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 200);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  console.error(`  ${label}…`);
  try {
    const result = await fn();
    const seconds = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    peak = Math.max(peak, process.memoryUsage().rss);
    let pgCpu = 0;
    for (const pid of await backends()) pgCpu += cpuSeconds(pid) - (pg0.get(pid) ?? 0);
    console.error(`  ${label}: ${result.filings.toLocaleString('en')} en ${seconds.toFixed(1)} s`);
    return { label, result, seconds, rssBefore, rssPeak: peak, nodeCpu: (cpu.user + cpu.system) / 1e6, pgCpu };
  } finally {
    clearInterval(timer);
  }
}

function report({ prepared, read1, rescore, read2, written, flagged, size, companies }) {
  const mib = (b) => `${Math.round(b / 2 ** 20)} MiB`;
  const rate = (p) => p.result.filings / p.seconds;
  const read = read1.seconds <= read2.seconds ? read1 : read2;
  const minutes = rescore.seconds / 60;
  const millionMinutes = MILLION / rate(rescore) / 60;
  const n = prepared.filings;
  const label = n >= MILLION ? '1 000 000' : n.toLocaleString('en').replace(/,/g, ' ');
  const lines = [
    `Re-calificación por lotes tras un cambio de umbrales — ${n.toLocaleString('en')} declaraciones generadas en una institución (${DB_NAME}${prepared.reused ? ', reutilizada' : `, cargada en ${(prepared.loadSeconds / 60).toFixed(1)} min con ${prepared.loaders} proceso${prepared.loaders === 1 ? '' : 's'}, ${Math.round(n / prepared.loadSeconds)}/s`}), ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    `  ${machine()}`,
    `  en el proceso del benchmark: la app de Nest sin workers; el manejador real del job ${rescore.result.job} con una transacción corta por lote, como lo corre el worker`,
    `  lectura simple (lo que el job lee por lote: declaraciones y obligaciones, mismas consultas y lotes, uno tras otro, sin calificar ni escribir): ${fmt(read1)}; otra vez tras la re-calificación: ${fmt(read2)}`,
    `  re-calificación (versión ${rescore.result.version}, ${rescore.result.chunks.toLocaleString('en')} lotes): ${fmt(rescore)} = ${minutes.toFixed(1)} min`,
    `    ${written.toLocaleString('en')} calificaciones escritas${written === n && rescore.result.filings === n && read1.result.filings === n ? ', una por declaración' : ` — NO coinciden con las ${n.toLocaleString('en')} declaraciones (job: ${rescore.result.filings}, lectura: ${read1.result.filings})`} (${flagged.toLocaleString('en')} con alguna señal, ${((flagged / Math.max(written, 1)) * 100).toFixed(1)} %); filing_risk_scores ocupa ${size}; ${companies.toLocaleString('en')} empresas de intereses registradas`,
    `    CPU: Node ${rescore.nodeCpu.toFixed(1)} s, PostgreSQL ${rescore.pgCpu.toFixed(1)} s (lectura simple: Node ${read.nodeCpu.toFixed(1)} s, PostgreSQL ${read.pgCpu.toFixed(1)} s)`,
    `  re-calificación / lectura simple: ${(rescore.seconds / read.seconds).toFixed(1)}× (contra la lectura más rápida de las dos)`,
    `  memoria del proceso (RSS): antes ${mib(rescore.rssBefore)}, pico durante la re-calificación ${mib(rescore.rssPeak)}, durante la lectura ${mib(Math.max(read1.rssPeak, read2.rssPeak))}`,
    n >= MILLION
      ? `  meta: 1 000 000 en ≤ ${TARGET_MINUTES} min: ${minutes <= TARGET_MINUTES ? 'cumple' : 'NO cumple'} (${minutes.toFixed(1)} min)`
      : `  a este ritmo, 1 000 000 tomaría ${millionMinutes.toFixed(1)} min (meta ≤ ${TARGET_MINUTES} min: ${millionMinutes <= TARGET_MINUTES ? 'cumpliría' : 'NO cumpliría'}; estimación lineal, medir con 1 000 000)`,
  ];
  console.log(lines.join('\n'));
  record(`Re-calificación de señales de riesgo (${label} declaraciones)`, lines);
}

function fmt(p) {
  return `${p.result.filings.toLocaleString('en')} en ${p.seconds.toFixed(1)} s = ${Math.round(p.result.filings / p.seconds).toLocaleString('en')}/s`;
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
