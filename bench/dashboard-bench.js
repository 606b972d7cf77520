// Dashboard benchmark: GET /api/dashboard (obligations by state, área and due month, and the May rate) of
// an institution with 100 000 people in its roster and 300 000 obligations (--quick: 10 000 and 30 000),
// through the compiled server as `npm start` runs it (NODE_ENV=production), signed in as a reviewer. Also
// times the omisos export (CSV and XLSX) once. Target: the dashboard answers in ≤ 500 ms. Records the
// figures in BENCHMARKS.md. Needs `npm run build` and a PostgreSQL server (see scripts/support/db-logins.js).
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { Client } = require('pg');
const { record, machine, serverEnv, cli, freePort, withDb, cpuSeconds } = require('./support/kit');
const { OWNER_URL } = require('../scripts/support/db-logins');
const { startServer } = require('./support/server');

const QUICK = process.argv.includes('--quick');
const PEOPLE = QUICK ? 10_000 : 100_000;
const ROUNDS = 15;
const TARGET_MS = 500;
const PASSWORD = 'una contraseña de benchmark';

async function main() {
  const dbName = `veraz_bench_dashboard_${process.pid}`;
  const admin = new Client({ connectionString: OWNER_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'veraz-bench-dashboard-'));
  let server = null;
  try {
    const port = await freePort();
    const env = serverEnv({
      dbName,
      port,
      dataDir,
      // The obligations are seeded directly, without roster movements: the scheduled recompute (which
      // runs at start) would derive none from the roster and delete them mid-measurement.
      OBLIGATIONS_RECOMPUTE_INTERVAL_SECONDS: '0',
      REMINDERS_INTERVAL_SECONDS: '0',
    });
    await cli(['migrate'], env);
    await cli(['institution', 'create', '--slug', 'bench', '--name', 'Institución de prueba'], env);
    await cli(['user', 'create', '--email', 'revisor@bench.mx', '--role', 'REVISOR', '--institution', 'bench', '--password', PASSWORD], env);

    const owner = new Client({ connectionString: withDb(OWNER_URL, dbName) });
    await owner.connect();
    const t0 = Date.now();
    const counts = await seed(owner);
    const seedSeconds = (Date.now() - t0) / 1000;
    await owner.end();

    server = await startServer(env, path.join(dataDir, 'server.log'));
    const base = env.PUBLIC_URL;
    const login = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: 'revisor@bench.mx', password: PASSWORD }) });
    if (login.status !== 200) throw new Error(`login ${login.status} ${await login.text()}`);
    const auth = { Authorization: `Bearer ${(await login.json()).accessToken}` };

    const timed = async (url) => {
      const start = process.hrtime.bigint();
      const res = await fetch(`${base}${url}`, { headers: auth });
      const body = Buffer.from(await res.arrayBuffer());
      if (res.status !== 200) throw new Error(`${url} ${res.status} ${body.toString('utf8').slice(0, 500)}`);
      return { ms: Number(process.hrtime.bigint() - start) / 1e6, body };
    };
    // Warm-up (connections, plans, caches), then sequential requests as one reviewer makes them.
    for (let i = 0; i < 3; i++) await timed('/api/dashboard');
    const times = [];
    let dashboard = null;
    // CPU used by the server and this database's PostgreSQL backends: on a shared machine the wall time
    // depends on the neighbours, the CPU per request does not.
    const backends = async () => (await admin.query('SELECT pid FROM pg_stat_activity WHERE datname = $1', [dbName])).rows.map((r) => r.pid);
    const cpu0 = { server: cpuSeconds(server.pid), pg: new Map((await backends()).map((pid) => [pid, cpuSeconds(pid)])) };
    for (let i = 0; i < ROUNDS; i++) {
      const r = await timed('/api/dashboard');
      times.push(r.ms);
      dashboard = JSON.parse(r.body.toString('utf8'));
    }
    if (dashboard.total !== counts.obligations) throw new Error(`the dashboard counts ${dashboard.total} obligations, ${counts.obligations} were seeded`);
    const serverCpuMs = ((cpuSeconds(server.pid) - cpu0.server) * 1000) / ROUNDS;
    let pgCpu = 0;
    for (const pid of await backends()) pgCpu += cpuSeconds(pid) - (cpu0.pg.get(pid) ?? 0);
    const pgCpuMs = (pgCpu * 1000) / ROUNDS;
    times.sort((a, b) => a - b);
    const p50 = times[Math.floor(times.length / 2)];
    const max = times[times.length - 1];
    const csv = await timed('/api/exports/omisos.csv');
    const xlsx = await timed('/api/exports/omisos.xlsx');

    const lines = [
      `Tablero del OIC — GET /api/dashboard, ${ROUNDS} peticiones seguidas tras 3 de calentamiento, servidor compilado (NODE_ENV=production), ${new Date().toISOString().slice(0, 10)}${QUICK ? ' (--quick)' : ''}`,
      `  ${machine()}`,
      `  datos: ${counts.people.toLocaleString('es-MX')} personas en el padrón (40 áreas), ${counts.obligations.toLocaleString('es-MX')} obligaciones; sembradas en ${seedSeconds.toFixed(1)} s`,
      `  tablero: mediana ${p50.toFixed(0)} ms, mínimo ${times[0].toFixed(0)} ms, máximo ${max.toFixed(0)} ms; meta ≤ ${TARGET_MS} ms (mediana): ${p50 <= TARGET_MS ? 'cumple' : 'NO cumple'}`,
      `  CPU por petición: ${serverCpuMs.toFixed(0)} ms del servidor + ${pgCpuMs.toFixed(0)} ms de PostgreSQL (proceso principal de la consulta; varía poco con la carga de la máquina)`,
      `  exportación de omisos (${dashboard.byState.OMISA.toLocaleString('es-MX')} filas): CSV ${csv.ms.toFixed(0)} ms (${(csv.body.length / 2 ** 20).toFixed(1)} MiB), XLSX ${xlsx.ms.toFixed(0)} ms (${(xlsx.body.length / 2 ** 20).toFixed(1)} MiB)`,
    ];
    console.log(lines.join('\n'));
    record(QUICK ? 'Tablero del OIC (rápida)' : 'Tablero del OIC', lines);
    if (p50 > TARGET_MS && !QUICK) process.exitCode = 1;
  } finally {
    await server?.stop();
    // BENCH_KEEP_DB=1 leaves the seeded database for EXPLAIN ANALYZE.
    if (process.env.BENCH_KEEP_DB) console.log(`base de datos conservada: ${dbName}`);
    else await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * Written in bulk with SQL, as the roster import and the obligations engine would leave them: per person a
 * modificación for last year (due 31 May of this year), one for the year before, and an inicial this year.
 */
async function seed(db) {
  const { rows } = await db.query(`SELECT id FROM institutions WHERE slug = 'bench'`);
  const inst = rows[0].id;
  const year = new Date().getUTCFullYear();
  await db.query(
    `INSERT INTO roster_people (institution_id, curp, nombres, primer_apellido, area, puesto, fecha_alta)
     SELECT $1, 'BNCH' || lpad(g::text, 14, '0'), 'Persona ' || g, 'Prueba', 'Área ' || (g % 40), 'Analista', DATE '2020-01-01'
       FROM generate_series(1, $2::int) g`,
    [inst, PEOPLE],
  );
  const states = `(ARRAY['PRESENTADA_EN_TIEMPO','PRESENTADA_EN_TIEMPO','PRESENTADA_EN_TIEMPO','PRESENTADA_EXTEMPORANEA','OMISA','PENDIENTE'])[1 + (abs(hashtext(p.curp || k.kind || k.period)) % 6)]`;
  await db.query(
    `INSERT INTO obligations (institution_id, person_id, kind, period_key, trigger_date, window_start, due_date, state, met_on, basis)
     SELECT $1, p.id, k.kind, k.period, k.due - 60, k.due - 30, k.due, s.state,
            CASE s.state WHEN 'PRESENTADA_EN_TIEMPO' THEN k.due - 5 WHEN 'PRESENTADA_EXTEMPORANEA' THEN k.due + 20 END,
            'Benchmark'
       FROM roster_people p
      CROSS JOIN (VALUES ('MODIFICACIÓN', ($2::int - 1)::text, make_date($2::int, 5, 31)),
                         ('MODIFICACIÓN', ($2::int - 2)::text, make_date($2::int - 1, 5, 31)),
                         ('INICIAL', 'x', make_date($2::int, 1, 1))) AS k0(kind, period, due0)
      CROSS JOIN LATERAL (SELECT k0.kind, CASE WHEN k0.kind = 'INICIAL' THEN (make_date($2::int, 1, 1) + (abs(hashtext(p.curp)) % 360))::text ELSE k0.period END AS period,
                                 CASE WHEN k0.kind = 'INICIAL' THEN make_date($2::int, 1, 1) + (abs(hashtext(p.curp)) % 360) + 60 ELSE k0.due0 END AS due) k
      CROSS JOIN LATERAL (SELECT ${states} AS state) s
      WHERE p.institution_id = $1`,
    [inst, year],
  );
  await db.query('ANALYZE roster_people');
  await db.query('ANALYZE obligations');
  await db.query('VACUUM (ANALYZE) obligations');
  const n = await db.query(`SELECT (SELECT count(*) FROM roster_people)::int AS people, (SELECT count(*) FROM obligations)::int AS obligations`);
  return n.rows[0];
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
