// Obligations benchmark: recompute every obligation of an institution with a roster of 100 000 people
// (ObligationsService.recomputeInstitution, what the daily job and `obligations recompute` run).
// Prints figures and records them in BENCHMARKS.md. Needs `npm run build` and PostgreSQL.
'use strict';
require('reflect-metadata');
const { Client } = require('pg');
const { migrateDatabase } = require('@veraz/db');
const { ObligationsService } = require('@veraz/obligations');
const { UnitOfWork } = require('@veraz/tenancy');
const { record, scratchDatabase, inProcessApp } = require('./support/kit');

const PEOPLE = Number(process.env.BENCH_ROSTER ?? 100_000);
const A = '0a000000-0000-4000-8000-00000000000a';
const B = '0b000000-0000-4000-8000-00000000000b';

async function main() {
  const database = await scratchDatabase('veraz-obligations');
  let app;
  const owner = new Client({ connectionString: database.url });
  try {
    await migrateDatabase(database.url, { appUrl: database.appUrl });
    await owner.connect();
    await seed(owner);
    app = await inProcessApp(database, 'obligations', { VERAZ_CLOCK: '2026-06-15T12:00:00-06:00' });
    const units = app.get(UnitOfWork);
    const service = app.get(ObligationsService);
    const timed = async () => {
      const t = Date.now();
      const summary = await units.inTenant(A, () => service.recomputeInstitution());
      return { seconds: (Date.now() - t) / 1000, summary };
    };
    const first = await timed();
    const again = await timed();
    const { rows } = await owner.query(`SELECT state, count(*)::int AS n FROM obligations WHERE institution_id = $1 GROUP BY state ORDER BY state`, [A]);
    const lines = [
      `Obligations benchmark — ${new Date().toISOString().slice(0, 10)}, ${database.label}`,
      `  padrón de ${PEOPLE.toLocaleString('en')} personas (altas 2015–2026, 10 % con baja, 5 % con licencia, 5 % también en otra institución del mismo orden)`,
      `  primer cálculo de la institución: ${first.seconds.toFixed(1)} s (${first.summary.written.toLocaleString('en')} obligaciones escritas)`,
      `  recálculo sin cambios:            ${again.seconds.toFixed(1)} s (${again.summary.written} escritas, ${again.summary.deleted} eliminadas)`,
      `  estados: ${rows.map((r) => `${r.state} ${r.n.toLocaleString('en')}`).join(', ')}`,
    ];
    console.log(lines.join('\n'));
    record('Obligaciones', lines);
  } finally {
    if (app) await app.close();
    await owner.end().catch(() => undefined);
    await database.drop();
  }
}

/** Roster rows and their movements, written set-based with the owner's connection. */
async function seed(c) {
  await c.query(`INSERT INTO institutions (id, slug, name, nivel_orden_gobierno) VALUES ($1, 'alfa', 'Alfa', 'FEDERAL'), ($2, 'beta', 'Beta', 'FEDERAL')`, [A, B]);
  const curp = `'BENC' || lpad(i::text, 8, '0') || 'HDFRRN'`;
  const alta = `(date '2015-01-01' + (i * 37 % 4200))`;
  await c.query(`INSERT INTO roster_people (institution_id, curp, nombres, primer_apellido, fecha_alta)
                 SELECT $1, ${curp}, 'Persona', 'Prueba', ${alta} FROM generate_series(1, $2) i`, [A, PEOPLE]);
  await c.query(`INSERT INTO roster_events (institution_id, person_id, kind, effective_date, source)
                 SELECT institution_id, id, 'ALTA', fecha_alta, 'IMPORTACION' FROM roster_people WHERE institution_id = $1`, [A]);
  await c.query(`INSERT INTO roster_events (institution_id, person_id, kind, effective_date, source)
                 SELECT institution_id, id, 'BAJA', least(fecha_alta + 400, date '2026-06-01'), 'IMPORTACION' FROM roster_people
                  WHERE institution_id = $1 AND substr(curp, 12, 1) = '0'`, [A]);
  await c.query(`INSERT INTO roster_events (institution_id, person_id, kind, effective_date, source)
                 SELECT institution_id, id, 'LICENCIA', fecha_alta + 200, 'IMPORTACION' FROM roster_people
                  WHERE institution_id = $1 AND substr(curp, 11, 2) IN ('15', '55', '95', '35', '75') AND fecha_alta + 200 < date '2026-06-01'`, [A]);
  // The same CURPs in Beta, starting 30 days after their baja in Alfa: the aviso case.
  await c.query(`INSERT INTO roster_people (institution_id, curp, nombres, primer_apellido, fecha_alta)
                 SELECT $1, p.curp, 'Persona', 'Prueba', e.effective_date + 30 FROM roster_people p JOIN roster_events e ON e.person_id = p.id AND e.kind = 'BAJA'
                  WHERE p.institution_id = $2 AND substr(p.curp, 10, 3) IN ('000', '500')`, [B, A]);
  await c.query(`INSERT INTO roster_events (institution_id, person_id, kind, effective_date, source)
                 SELECT institution_id, id, 'ALTA', fecha_alta, 'IMPORTACION' FROM roster_people WHERE institution_id = $1`, [B]);
  await c.query('ANALYZE');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
