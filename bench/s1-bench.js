// S1 endpoint benchmark: how the PDN's load behaves on a large institution.
// Seeds N publications (default 100 000), then measures through HTTP, as the PDN calls:
// token grant, the first and a deep page of 200 in the default order (bulk download),
// a name search, and a sorted deep page. Prints figures and ratios and records them in BENCHMARKS.md.
// Uses the owner's server (DATABASE_OWNER_URL or DATABASE_URL) when set, otherwise an embedded PostgreSQL. Needs `npm run build`.
'use strict';
require('reflect-metadata');
const fs = require('node:fs');
const path = require('node:path');
const { Client } = require('pg');
const { migrateDatabase } = require('@veraz/db');
const { S1CredentialsService } = require('@veraz/s1');
const { UnitOfWork } = require('@veraz/tenancy');
const { record, scratchDatabase, inProcessApp } = require('./support/kit');

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const ROOT = path.resolve(__dirname, '..');

async function main() {
  const database = await scratchDatabase('veraz-bench');
  const url = database.url;
  let app;
  try {
    await migrateDatabase(url, { appUrl: database.appUrl });
    const seedStart = Date.now();
    const institutionId = await seed(url, ROWS);
    const seedSeconds = (Date.now() - seedStart) / 1000;

    app = await inProcessApp(database, 'bench');
    await app.listen(0, '127.0.0.1');
    const base = `http://127.0.0.1:${app.getHttpServer().address().port}`;
    const cred = await app.get(UnitOfWork).inTenant(institutionId, () => app.get(S1CredentialsService).create({ institutionId, label: 'bench', actorUserId: null }));

    const token = async () => {
      const body = decodeURI(new URLSearchParams({ grant_type: 'password', username: cred.username, password: cred.password, client_id: cred.client_id, client_secret: cred.client_secret }).toString());
      const res = await fetch(`${base}/s1/bench/oauth/token`, { method: 'POST', body, headers: { 'Content-Type': 'application/x-www-form-urlencoded', Authorization: `Basic ${Buffer.from(`${cred.client_id}:${cred.client_secret}`).toString('base64')}` } });
      if (res.status !== 200) throw new Error(`token ${res.status}`);
      return (await res.json()).access_token;
    };
    const access = await token();
    const query = async (body) => {
      const res = await fetch(`${base}/s1/bench/v2/declaraciones`, { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json;charset=UTF-8', Authorization: `Bearer ${access}` } });
      if (res.status !== 200) throw new Error(`query ${res.status} ${await res.text()}`);
      return res.json();
    };
    const lastPage = Math.ceil(ROWS / 200);
    const check = await query({ page: lastPage, pageSize: 200 });
    if (check.pagination.totalRows !== ROWS) throw new Error(`expected ${ROWS} rows, got ${check.pagination.totalRows}`);

    const figures = {
      token: await timed(50, token),
      firstPage: await timed(20, () => query({ page: 1, pageSize: 200 })),
      deepPage: await timed(20, () => query({ page: lastPage, pageSize: 200 })),
      nameSearch: await timed(20, () => query({ page: 1, pageSize: 10, query: { primerApellido: 'Muñoz' } })),
      sortedFirst: await timed(10, () => query({ page: 1, pageSize: 200, sort: { totalIngresosNetos: 'desc' } })),
      sortedDeep: await timed(10, () => query({ page: lastPage, pageSize: 200, sort: { totalIngresosNetos: 'desc' } })),
    };
    report(figures, seedSeconds, database.label);
  } finally {
    if (app) await app.close();
    await database.drop();
  }
}

async function seed(url, rows) {
  const c = new Client({ connectionString: url });
  await c.connect();
  const doc = JSON.parse(fs.readFileSync(path.join(ROOT, 'libs/standards/test/fixtures/inicial-completa.publica.json'), 'utf8'));
  const inst = (await c.query(`INSERT INTO institutions (slug, name) VALUES ('bench', 'Institución de prueba de carga') RETURNING id`)).rows[0].id;
  const user = (await c.query(`INSERT INTO users (email, password_hash, nombre, primer_apellido) VALUES ('bench@x.mx', 'x', 'Bench', 'Bench') RETURNING id`)).rows[0].id;
  const decl = (await c.query(`INSERT INTO declarations (institution_id, user_id, tipo, declaracion_completa, fecha_toma_posesion, period_key, status) VALUES ($1, $2, 'INICIAL', true, '2023-01-16', 'x', 'PRESENTADA') RETURNING id`, [inst, user])).rows[0].id;
  const filing = (await c.query(
    `INSERT INTO filings (institution_id, declaration_id, user_id, s1_id, folio, folio_year, folio_seq, tipo, declaracion_completa, actualizacion_conflicto_interes, filed_at, document, canonical_json, sha256, nombres, primer_apellido)
     VALUES ($1, $2, $3, repeat('a', 24), 'BENCH-2026-000001', 2026, 1, 'INICIAL', true, false, now(), '{}', '{}', repeat('0', 64), 'x', 'x') RETURNING id`, [inst, decl, user])).rows[0].id;
  // One filing row stands behind every synthetic publication: the endpoint reads publications only.
  const apellidos = ['munoz', 'garcia', 'hernandez', 'lopez', 'martinez', 'gonzalez', 'perez', 'sanchez', 'ramirez', 'torres'];
  await c.query(
    `INSERT INTO s1_publications (institution_id, s1_id, filing_id, seq, published_at, tipo, rules_version, document,
       nombres_norm, primer_apellido_norm, segundo_apellido_norm, escolaridad_niveles, escolaridad_min, escolaridad_max,
       ente_norm, empleo_norm, nivel_empleo_norm, nivel_orden_gobierno, entidad_federativa, municipio_alcaldia, total_ingresos_netos,
       inmuebles, sc_min, sc_max, st_min, st_max, va_min, va_max, fa_min, fa_max)
     SELECT $1, lpad(to_hex(g), 24, '0'), $2, g, now() - (g || ' seconds')::interval, 'INICIAL', 1,
       jsonb_set($3::jsonb, '{id}', to_jsonb(lpad(to_hex(g), 24, '0'))),
       'persona ' || g, ($4::text[])[1 + g % 10], 'apellido ' || (g % 997), ARRAY['LIC'], 'LIC', 'LIC',
       'secretaria ' || (g % 50), 'cargo ' || (g % 200), 'n' || (g % 30), 'ESTATAL', lpad((1 + g % 32)::text, 2, '0'), '001',
       (g * 7919) % 2000000, '[{"sc":92,"st":92,"va":2380000,"fa":"CPV"}]', 92, 92, 92, 92, 2380000, 2380000, 'CPV', 'CPV'
     FROM generate_series(1, $5::int) g`,
    [inst, filing, JSON.stringify(doc), apellidos, rows],
  );
  await c.query(`INSERT INTO s1_publication_counters (institution_id, published) VALUES ($1, $2)`, [inst, rows]);
  await c.query('ANALYZE s1_publications');
  await c.end();
  return inst;
}

async function timed(n, fn) {
  await fn();
  const samples = [];
  for (let i = 0; i < n; i++) {
    const t = process.hrtime.bigint();
    await fn();
    samples.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(n / 2)], p95: samples[Math.min(n - 1, Math.floor(n * 0.95))] };
}

function report(f, seedSeconds, database) {
  const ms = (x) => `${x.toFixed(1)} ms`;
  const ratio = f.deepPage.median / f.firstPage.median;
  const lines = [
    `S1 benchmark — ${ROWS.toLocaleString('en')} publicaciones, ${database}, ${new Date().toISOString().slice(0, 10)}`,
    `  seed: ${seedSeconds.toFixed(1)} s`,
    `  token (POST /oauth/token):              median ${ms(f.token.median)}  p95 ${ms(f.token.p95)}`,
    `  página 1 de 200 (orden por omisión):    median ${ms(f.firstPage.median)}  p95 ${ms(f.firstPage.p95)}`,
    `  última página de 200:                   median ${ms(f.deepPage.median)}  p95 ${ms(f.deepPage.p95)}`,
    `  ratio última/primera página:            ${ratio.toFixed(2)}`,
    `  búsqueda por primerApellido (10):       median ${ms(f.nameSearch.median)}  p95 ${ms(f.nameSearch.p95)}`,
    `  ordenada por ingresos, página 1:        median ${ms(f.sortedFirst.median)}  p95 ${ms(f.sortedFirst.p95)}`,
    `  ordenada por ingresos, última página:   median ${ms(f.sortedDeep.median)}  p95 ${ms(f.sortedDeep.p95)}`,
    `  ratio ordenada última/primera:          ${(f.sortedDeep.median / f.sortedFirst.median).toFixed(2)}`,
  ];
  console.log(lines.join('\n'));
  record('S1 sobre publicaciones sembradas', lines);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
