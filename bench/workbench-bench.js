// Reviewer workbench at scale: loads BENCH_FILINGS generated filings (default 300 000; --quick 30 000)
// with `veraz generate`'s loader, then times GET /api/filings as a REVISOR (p50 / p95 over 30 calls):
// page 1, a deep page, each filter, and searches by surname first, CURP, RFC and folio.
// Target: every list page under 200 ms. Records the figures in BENCHMARKS.md. Needs `npm run build`.
'use strict';
require('reflect-metadata');
const { randomUUID } = require('node:crypto');
const { Client } = require('pg');
const { AccountProvisioning } = require('@veraz/accounts');
const { migrateDatabase } = require('@veraz/db');
const { GeneratedLoader } = require('@veraz/declarations');
const { generateFilings } = require('@veraz/generator');
const { InstitutionsService } = require('@veraz/institutions');
const { UnitOfWork } = require('@veraz/tenancy');
const { record, machine, scratchDatabase, inProcessApp } = require('./support/kit');

const TARGET = Number(process.env.BENCH_FILINGS ?? (process.argv.includes('--quick') ? 30_000 : 300_000));
const TARGET_MS = 200;
const PASSWORD = 'una contraseña de banco de pruebas';

async function main() {
  const database = await scratchDatabase('veraz-workbench');
  let app;
  try {
    await migrateDatabase(database.url, { appUrl: database.appUrl });
    app = await inProcessApp(database, 'workbench');
    await app.listen(0, '127.0.0.1');
    const base = `http://127.0.0.1:${app.getHttpServer().address().port}`;
    const units = app.get(UnitOfWork);
    // A new institution is created in its own tenant context (as the CLI runner does).
    const institution = await units.inTenant(randomUUID(), () => app.get(InstitutionsService).create({ slug: 'oic', name: 'Secretaría de la Función Pública' }, null));

    const officials = Math.ceil(TARGET / 5.5);
    const limited = (function* () {
      let n = 0;
      for (const f of generateFilings({ seed: 2027, officials, years: 5, institutionName: institution.name, asOf: '2026-11-01' })) {
        if (n++ >= TARGET) return;
        yield f;
      }
    })();
    const load = await app.get(GeneratedLoader).load(limited, { inBatch: (fn) => units.inTenant(institution.id, fn), batchSize: 500 });

    const accounts = app.get(AccountProvisioning);
    const { user } = await units.inAuth(() => accounts.createUser({ email: 'revisora@bench.mx', password: PASSWORD, nombre: 'Elena', primerApellido: 'Torres' }));
    await units.inTenant(institution.id, () => accounts.grantRoles(user.id, ['REVISOR'], null));

    const c = new Client({ connectionString: database.url });
    await c.connect();
    // One filing in a hundred already reviewed, as in a working OIC.
    await c.query(
      `INSERT INTO filing_reviews (filing_id, institution_id, state, assignee_id)
       SELECT id, institution_id, (ARRAY['EN_REVISION','CON_OBSERVACIONES','CONCLUIDA'])[1 + (row_number() OVER () % 3)], $1 FROM filings WHERE random() < 0.01`,
      [user.id],
    );
    await c.query('VACUUM ANALYZE');
    const sample = (
      await c.query(
        `SELECT u.nombre, u.primer_apellido, f.folio, f.document #>> '{declaracion,situacionPatrimonial,datosGenerales,curp}' AS curp,
                f.document #>> '{declaracion,situacionPatrimonial,datosGenerales,rfc,rfc}' AS rfc, f.folio_year
           FROM filings f JOIN users u ON u.id = f.user_id ORDER BY f.filed_at DESC OFFSET 1000 LIMIT 1`,
      )
    ).rows[0];
    await c.end();

    const login = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: 'revisora@bench.mx', password: PASSWORD }) });
    const { accessToken } = await login.json();
    const list = async (query) => {
      const res = await fetch(`${base}/api/filings?${new URLSearchParams(query)}`, { headers: { Authorization: `Bearer ${accessToken}` } });
      if (res.status !== 200) throw new Error(`list ${res.status} ${await res.text()}`);
      return res.json();
    };
    const surnameFirst = `${sample.primer_apellido} ${sample.nombre.split(' ')[0]}`.toLowerCase();
    const shapes = {
      'página 1 (50, sin filtros)': { limit: 50 },
      'página 200 (offset 10 000)': { limit: 50, offset: 10_000 },
      'tipo MODIFICACIÓN': { tipo: 'MODIFICACIÓN' },
      [`año ${sample.folio_year} + formato simplificada`]: { anio: sample.folio_year, formato: 'simplificada' },
      'estado de revisión: con observaciones': { estadoRevision: 'CON_OBSERVACIONES' },
      'estado de revisión: sin revisar': { estadoRevision: 'SIN_REVISAR' },
      'asignadas a la revisora': { asignadoA: user.id },
      'nombre, apellido primero': { q: surnameFirst },
      CURP: { q: sample.curp },
      'RFC sin homoclave': { q: sample.rfc },
      'inicio de folio': { q: sample.folio.slice(0, -2) },
    };
    const latency = {};
    const totals = {};
    for (const [name, query] of Object.entries(shapes)) {
      totals[name] = (await list(query)).total;
      latency[name] = await percentiles(30, () => list(query));
    }
    const total = (await list({ limit: 1 })).total;
    report({ total, load, latency, totals, database: database.label });
  } finally {
    await app?.close();
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
  return { p50: at(0.5), p95: at(0.95) };
}

function report({ total, load, latency, totals, database }) {
  const worst = Math.max(...Object.values(latency).map((l) => l.p95));
  const lines = [
    `${machine()}; ${database}`,
    `  ${total.toLocaleString('en').replace(/,/g, ' ')} declaraciones cargadas en ${(load.elapsedMs / 1000).toFixed(0)} s; GET /api/filings como REVISOR por HTTP, 30 llamadas por forma (p50 / p95 en ms, coincidencias):`,
    ...Object.keys(latency).map((n) => `    ${n.padEnd(40)} ${latency[n].p50.toFixed(1).padStart(7)} ${latency[n].p95.toFixed(1).padStart(7)}   ${String(totals[n]).padStart(7)}`),
    `  p95 más alto: ${worst.toFixed(1)} ms (meta < ${TARGET_MS} ms: ${worst < TARGET_MS ? 'cumple' : 'NO cumple'})`,
  ];
  console.log(lines.join('\n'));
  record(`Mesa de revisión, ${total.toLocaleString('en').replace(/,/g, ' ')} declaraciones`, lines);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
