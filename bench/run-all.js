// `npm run bench`: every benchmark in turn, each in its own process, then the run's timing in
// BENCHMARKS.md. The national-scale one loads 1 000 000 generated filings; `--quick` makes it
// 100 000 (the whole quick run fits in 10 minutes). The integrity re-score bench keeps its database
// (veraz_bench_integrity_1m: loaded once, about 25 min, then reused; see bench/integrity-rescore-bench.js).
// Needs `npm run build` and PostgreSQL (the owner's server: DATABASE_OWNER_URL or DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres;
// the app's login: scripts/support/db-logins.js).
'use strict';
const { spawnSync } = require('node:child_process');
const path = require('node:path');
const { record, machine } = require('./support/kit');

const quick = process.argv.includes('--quick');
const BENCHES = [
  ['S1 (publicaciones sembradas)', 's1-bench.js'],
  ['PDF de declaraciones', 'documents-bench.js'],
  ['JavaScript inicial de la web', 'web-bundle.js'],
  ['Endpoint de token (HTTP)', 'http-bench.js'],
  ['Firma por HTTP', 'sign-bench.js'],
  ['Acuses sellados', 'acuse-bench.js'],
  ['Obligaciones (padrón de 100 000)', 'obligations-bench.js'],
  [`Padrón (${quick ? '20 000' : '100 000'} filas)`, 'roster-bench.js'],
  [`Tablero del OIC (${quick ? '10 000' : '100 000'} personas)`, 'dashboard-bench.js'],
  [`Escala nacional (${quick ? '100 000' : '1 000 000'} declaraciones)`, 'national-bench.js'],
  [`S1 bajo carga concurrente (${quick ? '20 000' : '100 000'} declaraciones)`, 's1-load-bench.js'],
  [`Mesa de revisión (${quick ? '30 000' : '300 000'} declaraciones)`, 'workbench-bench.js'],
  [`Señales de riesgo: sembradas y ruido (${quick ? '5 000' : '20 000'} servidores × 3 años)`, 'integrity-ranking.js'],
  [`Re-calificación de señales de riesgo (${quick ? '20 000' : '1 000 000'} declaraciones)`, 'integrity-rescore-bench.js'],
];

const env = { ...process.env };
if (!env.DATABASE_URL && !env.DATABASE_OWNER_URL) env.DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
const started = Date.now();
const lines = [];
let failed = 0;
for (const [label, script] of BENCHES) {
  const t0 = Date.now();
  const quickArg = ['roster-bench.js', 'dashboard-bench.js', 'workbench-bench.js'].includes(script) && quick ? ['--quick'] : [];
  const s1LoadArgs = quick ? ['--filings', '20000', '--seconds', '15'] : [];
  const sized = { 'integrity-ranking.js': ['--officials', '5000'], 'integrity-rescore-bench.js': ['--filings', '20000'] };
  const args = script === 'national-bench.js' ? [quick ? '--quick' : '--full'] : script === 's1-load-bench.js' ? s1LoadArgs : sized[script] ? (quick ? sized[script] : []) : quickArg;
  console.log(`\n== ${label} ==`);
  const status = spawnSync(process.execPath, [path.join(__dirname, script), ...args], { stdio: 'inherit', env }).status;
  const minutes = (Date.now() - t0) / 60000;
  if (status !== 0) failed++;
  lines.push(`  ${label.padEnd(44)} ${minutes.toFixed(1).padStart(5)} min${status === 0 ? '' : `  FALLÓ (código ${status})`}`);
}
const total = (Date.now() - started) / 60000;
const summary = [
  `Corrida ${quick ? 'rápida (--quick)' : 'completa'} de npm run bench, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC: ${total.toFixed(1)} min en total`,
  `  ${machine()}`,
  ...lines,
  quick ? `  meta de la corrida rápida < 10 min: ${total < 10 ? 'cumple' : 'NO cumple'}` : `  la corrida completa incluye cargar 1 000 000 de declaraciones generadas`,
];
console.log(`\n${summary.join('\n')}`);
record(quick ? 'Corrida rápida' : 'Corrida completa', summary);
process.exit(failed ? 1 : 0);
