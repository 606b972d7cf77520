// Roster (padrón) import benchmark: generates a deterministic synthetic CSV of BENCH_ROSTER_ROWS lines
// (default 100 000; --quick 20 000), then previews and applies it through RosterImportsService, as the
// API and `veraz roster import` do. Target: 100 000 rows previewed and applied in ≤ 60 s. Also times a
// re-import of the same file (all SIN_CAMBIO). Prints seconds and peak RSS and records them in
// BENCHMARKS.md. Needs `npm run build` and PostgreSQL (see bench/run-all.js).
'use strict';
require('reflect-metadata');
const { randomUUID } = require('node:crypto');
const { migrateDatabase } = require('@veraz/db');
const { InstitutionsService } = require('@veraz/institutions');
const { RosterImportsService } = require('@veraz/roster');
const { curpCheckDigit } = require('@veraz/standards');
const { UnitOfWork } = require('@veraz/tenancy');
const { machine, record, scratchDatabase, inProcessApp } = require('./support/kit');

const ROWS = Number(process.env.BENCH_ROSTER_ROWS ?? (process.argv.includes('--quick') ? 20_000 : 100_000));
const TARGET_SECONDS = 60;
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const VOWELS = 'AEIOU';
const NAMES = ['María', 'José', 'Guadalupe', 'Juan', 'Fernanda', 'Luis', 'Ximena', 'Andrés', 'Sofía', 'Ángel'];
const SURNAMES = ['Hernández', 'García', 'Martínez', 'López', 'González', 'Pérez', 'Rodríguez', 'Sánchez', 'Ramírez', 'Núñez'];
const AREAS = ['Dirección General', 'Dirección de Auditoría', 'Dirección Jurídica', 'Unidad de Administración', 'Órgano Interno de Control'];

/** Line i of the synthetic padrón: a unique valid CURP, Spanish names, an e-mail, a level; every 20th a baja. */
function line(i) {
  const day = new Date(Date.UTC(1960, 0, 1) + (i % 14000) * 86_400_000).toISOString().slice(2, 10).replace(/-/g, '');
  const k = Math.floor(i / 14000);
  const first17 = `${LETTERS[k % 26]}${VOWELS[Math.floor(k / 26) % 5]}RZ${day}${i % 2 ? 'H' : 'M'}DFRRN0`;
  const curp = first17 + curpCheckDigit(first17);
  const alta = `20${String(10 + (i % 15)).padStart(2, '0')}-${String((i % 12) + 1).padStart(2, '0')}-15`;
  const baja = i % 20 === 0 ? `${alta.slice(0, 4)}-12-31` : '';
  return [
    curp, NAMES[i % 10], SURNAMES[(i >> 3) % 10], SURNAMES[(i >> 5) % 10], `persona${i}@ente.gob.mx`, i % 7 ? 'Analista' : 'Jefa de Departamento',
    AREAS[i % 5], i % 7 ? 'simplificada' : 'completa', alta, baja, baja ? 'baja' : 'alta', '',
  ].join(';');
}

async function main() {
  const header = 'curp;nombres;primer_apellido;segundo_apellido;correo;puesto;area;nivel;fecha_alta;fecha_baja;motivo;fecha_movimiento';
  const content = Buffer.from([header, ...Array.from({ length: ROWS }, (_, i) => line(i))].join('\r\n'), 'latin1');
  const database = await scratchDatabase('veraz-roster');
  let app;
  try {
    await migrateDatabase(database.url, { appUrl: database.appUrl });
    app = await inProcessApp(database, 'roster');
    await app.init();
    const units = app.get(UnitOfWork);
    const institution = await units.inTenant(randomUUID(), () => app.get(InstitutionsService).create({ slug: 'padron', name: 'Secretaría de la Función Pública' }, null));
    const service = app.get(RosterImportsService);
    const inTenant = (fn) => units.inTenant(institution.id, fn);
    const timed = async (fn) => {
      const t0 = process.hrtime.bigint();
      const result = await fn();
      return { result, seconds: Number(process.hrtime.bigint() - t0) / 1e9 };
    };

    const preview = await timed(() => inTenant(() => service.preview(content, 'padron.csv', null)));
    const apply = await timed(() => inTenant(() => service.apply(preview.result.id, null)));
    const again = await timed(() => inTenant(() => service.preview(content, 'padron.csv', null)));
    if (apply.result.applied !== ROWS || again.result.counts.SIN_CAMBIO !== ROWS) {
      throw new Error(`unexpected counts: applied ${apply.result.applied}, re-import ${JSON.stringify(again.result.counts)}`);
    }
    const total = preview.seconds + apply.seconds;
    const peakMiB = process.resourceUsage().maxRSS / 1024;
    const lines = [
      `Importación del padrón — ${ROWS.toLocaleString('en').replace(/,/g, ' ')} filas (CSV Windows-1252, ${(content.length / 2 ** 20).toFixed(1)} MB), ${database.label}, ${new Date().toISOString().slice(0, 10)}`,
      `  ${machine()}`,
      `  vista previa ${preview.seconds.toFixed(1)} s + aplicar ${apply.seconds.toFixed(1)} s = ${total.toFixed(1)} s${ROWS >= 100_000 ? ` (meta ≤ ${TARGET_SECONDS} s: ${total <= TARGET_SECONDS ? 'cumple' : 'NO cumple'})` : ''}`,
      `  reimportar el mismo archivo (todo «sin cambios»): vista previa ${again.seconds.toFixed(1)} s`,
      `  memoria máxima del proceso (RSS): ${peakMiB.toFixed(0)} MiB`,
    ];
    console.log(lines.join('\n'));
    record(`Padrón, ${ROWS.toLocaleString('en').replace(/,/g, ' ')} filas`, lines);
  } finally {
    if (app) await app.close();
    await database.drop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
