// National-scale benchmark on realistic data: loads BENCH_FILINGS generated filings (default 100 000,
// the --quick size; set 1000000 for the full run) with `veraz generate`'s loader, then measures
//   - the load rate (target: 1 000 000 filings in under 30 minutes, i.e. ≥ 556/s),
//   - S1 query latency p50/p95/p99 for the PDN's query shapes, and a deep page vs page 1,
//   - the PDN bulk download replayed: a new token per page, pages of 200, 5 at a time.
// Prints figures and records them in BENCHMARKS.md with machine facts. Uses DATABASE_URL's server when
// set, otherwise an embedded PostgreSQL. Needs `npm run build`.
'use strict';
require('reflect-metadata');
const os = require('node:os');
const { randomUUID } = require('node:crypto');
const { Client } = require('pg');
const { migrateDatabase } = require('@veraz/db');
const { GeneratedLoader } = require('@veraz/declarations');
const { generateFilings } = require('@veraz/generator');
const { InstitutionsService } = require('@veraz/institutions');
const { S1CredentialsService } = require('@veraz/s1');
const { UnitOfWork } = require('@veraz/tenancy');
const { record, scratchDatabase, inProcessApp } = require('./support/kit');

const TARGET = Number(process.env.BENCH_FILINGS ?? (process.argv.includes('--full') ? 1_000_000 : 100_000));

async function main() {
  const database = await scratchDatabase('veraz-national');
  const url = database.url;
  let app;
  const started = Date.now();
  try {
    await migrateDatabase(url, { appUrl: database.appUrl });
    app = await inProcessApp(database, 'national');
    await app.listen(0, '127.0.0.1');
    const base = `http://127.0.0.1:${app.getHttpServer().address().port}`;
    // A script is its own runner: it opens the platform and tenant contexts the services expect.
    const units = app.get(UnitOfWork);
    const institution = await units.inTenant(randomUUID(), () => app.get(InstitutionsService).create({ slug: 'nacional', name: 'Secretaría Anticorrupción y Buen Gobierno' }, null));

    // About 5.5 filings per person over 5 years; stop at TARGET.
    const officials = Math.ceil(TARGET / 5.5);
    const limited = (function* () {
      let n = 0;
      for (const f of generateFilings({ seed: 2026, officials, years: 5, institutionName: institution.name, asOf: '2026-11-01' })) {
        if (n++ >= TARGET) return;
        yield f;
      }
    })();
    let lastLog = 0;
    const load = await app.get(GeneratedLoader).load(limited, {
      inBatch: (fn) => units.inTenant(institution.id, fn),
      batchSize: 500,
      onProgress: ({ loaded, elapsedMs }) => {
        if (elapsedMs - lastLog > 15000) {
          lastLog = elapsedMs;
          console.error(`  cargadas ${loaded.toLocaleString('en')} (${Math.round(loaded / (elapsedMs / 1000))}/s)`);
        }
      },
    });
    const c = new Client({ connectionString: url });
    await c.connect();
    // A foreign-key check that lost the key reads a whole institution per row (SCALING.md, «Tenant-sharded growth»):
    // index entries of filings read per loaded filing stay near 1 when the checks take the key.
    const reads = await c.query(`SELECT coalesce(sum(idx_tup_read), 0)::bigint AS n FROM pg_stat_user_indexes WHERE relname = 'filings'`);
    load.filingIndexReads = Number(reads.rows[0].n) / load.loaded;
    // What autovacuum does on a live server after a bulk load: statistics and the visibility map (index-only scans).
    await c.query('VACUUM ANALYZE');
    await c.end();

    const cred = await units.inTenant(institution.id, () => app.get(S1CredentialsService).create({ institutionId: institution.id, label: 'bench', actorUserId: null }));
    const token = async () => {
      // As the PDN sends it (see apps/api/test/s1/pdn-client.ts): form body and Basic client credentials.
      const body = decodeURI(new URLSearchParams({ grant_type: 'password', username: cred.username, password: cred.password, client_id: cred.client_id, client_secret: cred.client_secret }).toString());
      const res = await fetch(`${base}/s1/nacional/oauth/token`, { method: 'POST', body, headers: { 'Content-Type': 'application/x-www-form-urlencoded', Authorization: `Basic ${Buffer.from(`${cred.client_id}:${cred.client_secret}`).toString('base64')}` } });
      if (res.status !== 200) throw new Error(`token ${res.status}`);
      return (await res.json()).access_token;
    };
    const access = await token();
    const query = async (body, bearer = access) => {
      const res = await fetch(`${base}/s1/nacional/v2/declaraciones`, { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json;charset=UTF-8', Authorization: `Bearer ${bearer}`, 'Accept-Encoding': 'gzip' } });
      if (res.status !== 200) throw new Error(`query ${res.status} ${await res.text()}`);
      return res.json();
    };
    const total = (await query({ page: 1, pageSize: 1 })).pagination.totalRows;
    const lastPage = Math.ceil(total / 200);
    const deep = Math.min(5000, lastPage);
    const shapes = {
      'por omisión, página 1 de 200': { page: 1, pageSize: 200 },
      [`por omisión, página ${deep} de 200`]: { page: deep, pageSize: 200 },
      'búsqueda por nombre y primer apellido': { page: 1, pageSize: 10, query: { nombres: 'María', primerApellido: 'Hernández' } },
      'filtro por entidad federativa': { page: 1, pageSize: 10, query: { datosEmpleoCargoComision: { entidadFederativa: '14' } } },
      'rango de ingresos netos': { page: 1, pageSize: 10, query: { totalIngresosNetos: { min: 500000, max: 900000 } } },
      'rango de valor de inmuebles': { page: 1, pageSize: 10, query: { bienesInmuebles: { valorAdquisicion: { min: 1000000, max: 5000000 } } } },
      'ordenada por ingresos (desc), página 1': { page: 1, pageSize: 10, sort: { totalIngresosNetos: 'desc' } },
      'ordenada por apellido, página 50': { page: 50, pageSize: 10, sort: { primerApellido: 'asc' } },
    };
    const latency = {};
    for (const [name, body] of Object.entries(shapes)) latency[name] = await percentiles(40, () => query(body));

    // The PDN's bulk download: every page, a new token for each, five requests in flight.
    const bulkStart = Date.now();
    let nextPage = 1;
    let rows = 0;
    await Promise.all(
      Array.from({ length: 5 }, async () => {
        for (let page = nextPage++; page <= lastPage; page = nextPage++) {
          const result = await query({ page, pageSize: 200 }, await token());
          rows += result.results.length;
        }
      }),
    );
    const bulkSeconds = (Date.now() - bulkStart) / 1000;
    if (rows !== total) throw new Error(`bulk download read ${rows} of ${total}`);

    report({ load, total, latency, deep, bulkSeconds, database: database.label, wallMinutes: (Date.now() - started) / 60000 });
  } finally {
    if (app) await app.close();
    await database.drop();
  }
}

async function percentiles(n, fn) {
  await fn();
  const samples = [];
  for (let i = 0; i < n; i++) {
    const t = process.hrtime.bigint();
    await fn();
    samples.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  samples.sort((a, b) => a - b);
  const at = (q) => samples[Math.min(n - 1, Math.floor(n * q))];
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}

function report({ load, total, latency, deep, bulkSeconds, database, wallMinutes }) {
  const rate = load.loaded / (load.elapsedMs / 1000);
  const millionMinutes = 1_000_000 / rate / 60;
  const names = Object.keys(latency);
  const first = latency[names[0]];
  const deepPage = latency[names[1]];
  const worstP95 = Math.max(...names.map((n) => latency[n].p95));
  const bulkMillion = (bulkSeconds * (1_000_000 / total)) / 60;
  const cpus = os.cpus();
  const lines = [
    `National-scale benchmark — ${total.toLocaleString('en')} declaraciones generadas, ${database}, ${new Date().toISOString().slice(0, 10)}`,
    `  máquina: ${cpus[0]?.model ?? 'CPU'} × ${cpus.length}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; corrida completa ${wallMinutes.toFixed(1)} min`,
    `  carga (generador → FilingWriter): ${load.loaded.toLocaleString('en')} en ${(load.elapsedMs / 1000).toFixed(0)} s = ${rate.toFixed(0)}/s; 1 000 000 tomaría ${millionMinutes.toFixed(0)} min (meta < 30 min: ${millionMinutes < 30 ? 'cumple' : 'NO cumple'}); entradas de índice de filings leídas por declaración: ${load.filingIndexReads.toFixed(1)}`,
    `  consultas S1 (40 por forma; p50 / p95 / p99 en ms):`,
    ...names.map((n) => `    ${n.padEnd(42)} ${latency[n].p50.toFixed(1).padStart(7)} ${latency[n].p95.toFixed(1).padStart(7)} ${latency[n].p99.toFixed(1).padStart(7)}`),
    `  p95 más alto: ${worstP95.toFixed(1)} ms (meta ≤ 50 ms: ${worstP95 <= 50 ? 'cumple' : 'NO cumple'}); página ${deep} / página 1 (p50): ${(deepPage.p50 / first.p50).toFixed(2)} (meta ≤ 2)`,
    `  descarga masiva de la PDN (token por página, 200 por página, 5 en paralelo): ${bulkSeconds.toFixed(0)} s; escalada a 1 000 000: ${bulkMillion.toFixed(1)} min (meta ≤ 10 min: ${bulkMillion <= 10 ? 'cumple' : 'NO cumple'})`,
  ];
  console.log(lines.join('\n'));
  record(`Escala nacional, ${total >= 1_000_000 ? '1 000 000' : total.toLocaleString('en').replace(/,/g, ' ')} declaraciones`, lines);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
