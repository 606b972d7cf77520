import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { bearer, login, seedWorld, ALFA, type World } from '../support/seed';
import { startTestApp, type TestApp } from '../support/test-app';
import { CLOCK, CURPS, seedConsole } from './console-seed';

const OBLIGATION_HEADER = ['Nombre', 'CURP', 'Área de adscripción', 'Puesto', 'Obligación', 'Fecha límite', 'Fecha de presentación', 'Días de atraso', 'Requerimiento (folio)', 'Requerimiento notificado', 'Requerimiento vence'];

describe('exports of omisos, extemporáneos and requerimientos', () => {
  let t: TestApp;
  let world: World;
  let revisor: string;

  beforeAll(async () => {
    t = await startTestApp({ env: { VERAZ_CLOCK: CLOCK }, processJobs: false });
    world = await seedWorld(t);
    await seedConsole(t);
    revisor = (await login(t, world.revisorA.email)).token;
  });
  afterAll(() => t.close());

  async function download(file: string) {
    const res = await t.http().get(`/api/exports/${file}`).set(bearer(revisor)).buffer(true).parse((r, done) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => done(null, Buffer.concat(chunks)));
    }).expect(200);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="${file.replace('.', '-2026-05-20.')}"`);
    expect(res.headers['cache-control']).toBe('private, no-store');
    return { body: res.body as Buffer, type: res.headers['content-type'] as string };
  }

  async function csv(file: string): Promise<string[][]> {
    const { body, type } = await download(file);
    expect(type).toBe('text/csv; charset=utf-8');
    // The byte order mark Excel needs to read UTF-8 accents.
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    return parse(body.toString('utf8').slice(1)) as string[][];
  }

  async function xlsx(file: string): Promise<unknown[][]> {
    const { body, type } = await download(file);
    expect(type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(body as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const rows: unknown[][] = [];
    const width = sheet.getRow(1).cellCount;
    sheet.eachRow((row) => rows.push(Array.from({ length: width }, (_, i) => row.getCell(i + 1).value ?? null)));
    return rows;
  }

  it('lists the omisos as of the clock, oldest due date first, with their requerimiento and days late', async () => {
    const rows = await csv('omisos.csv');
    expect(rows[0]).toEqual(OBLIGATION_HEADER);
    expect(rows.slice(1)).toEqual([
      ['Ana López', CURPS.ana, 'Finanzas', 'Jefa de departamento', 'Declaración de modificación (ejercicio 2024)', '2025-05-31', '', '354', 'REQ-2026-000001', '2026-04-01 10:30', '2026-05-01'],
      // Still PENDIENTE in the table, but its due date (11 March) has passed: an omiso.
      ['Cris Ruiz', CURPS.cris, 'Jurídico', 'Abogada', 'Declaración inicial (2026-01-10)', '2026-03-11', '', '70', '', '', ''],
    ]);
  });

  it('writes the same omisos to Excel, with typed cells', async () => {
    const rows = await xlsx('omisos.xlsx');
    expect(rows[0]).toEqual(OBLIGATION_HEADER);
    expect(rows.slice(1)).toEqual([
      ['Ana López', CURPS.ana, 'Finanzas', 'Jefa de departamento', 'Declaración de modificación (ejercicio 2024)', '2025-05-31', null, 354, 'REQ-2026-000001', '2026-04-01 10:30', '2026-05-01'],
      ['Cris Ruiz', CURPS.cris, 'Jurídico', 'Abogada', 'Declaración inicial (2026-01-10)', '2026-03-11', null, 70, null, null, null],
    ]);
  });

  it('lists the extemporáneos with the days between due date and presentation', async () => {
    const rows = await csv('extemporaneos.csv');
    expect(rows.slice(1)).toEqual([['Beto Gómez', CURPS.beto, 'Finanzas', 'Analista', 'Declaración inicial (2026-01-05)', '2026-03-06', '2026-03-16', '10', '', '', '']]);
    expect((await xlsx('extemporaneos.xlsx')).slice(1)).toHaveLength(1);
  });

  it('lists the requerimientos with notification, deadline and the state of what they require', async () => {
    const rows = await csv('requerimientos.csv');
    expect(rows).toEqual([
      ['Requerimiento (folio)', 'Emitido', 'Notificado', 'Notificado a', 'Vence', 'Nombre', 'CURP', 'Área de adscripción', 'Puesto', 'Obligación', 'Fecha límite', 'Estado de la obligación', 'Fecha de presentación', 'Días de atraso'],
      ['REQ-2026-000001', '2026-03-30', '2026-04-01 10:30', 'ana.lopez@alfa.gob.mx', '2026-05-01', 'Ana López', CURPS.ana, 'Finanzas', 'Jefa de departamento', 'Declaración de modificación (ejercicio 2024)', '2025-05-31', 'Omisa', '', '354'],
    ]);
    expect((await xlsx('requerimientos.xlsx'))[1]?.[0]).toBe('REQ-2026-000001');
  });

  it('escapes a cell a spreadsheet would run as a formula', async () => {
    const db = await t.owner();
    await db.query(`UPDATE obligations SET state = 'OMISA' WHERE person_id = (SELECT id FROM roster_people WHERE curp = $1)`, [CURPS.dani]);
    const rows = await csv('omisos.csv');
    const dani = rows.find((r) => r[1] === CURPS.dani)!;
    expect(dani[3]).toBe("'=1+1");
    await db.query(`UPDATE obligations SET state = 'PRESENTADA_EN_TIEMPO' WHERE person_id = (SELECT id FROM roster_people WHERE curp = $1)`, [CURPS.dani]);
  });

  it('records each export in the bitácora with kind and rows, never a CURP', async () => {
    await csv('omisos.csv');
    const db = await t.owner();
    const { rows } = await db.query(`SELECT actor_user_id, details FROM audit_events WHERE institution_id = $1 AND action = 'export.generated' ORDER BY seq DESC LIMIT 1`, [ALFA.id]);
    expect(rows[0].actor_user_id).toBe(world.revisorA.userId);
    expect(rows[0].details).toMatchObject({ tipo: 'omisos', formato: 'csv', filas: 2 });
    const all = await db.query(`SELECT details::text AS d FROM audit_events WHERE action = 'export.generated'`);
    for (const r of all.rows) for (const curp of Object.values(CURPS)) expect(r.d).not.toContain(curp);
  });

  it('refuses an unknown file with the field named, and filers', async () => {
    const res = await t.http().get('/api/exports/omisos.pdf').set(bearer(revisor)).expect(400);
    expect(res.body.errors).toEqual([{ path: 'file', message: expect.stringContaining('omisos, extemporaneos o requerimientos') }]);
    await t.http().get('/api/exports/padron.csv').set(bearer(revisor)).expect(400);
    const declarante = (await login(t, world.declaranteA.email)).token;
    await t.http().get('/api/exports/omisos.csv').set(bearer(declarante)).expect(403);
  });
});
