import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { Client } from 'pg';
import { type CliResult, createTestDatabase, insertObligation, insertRosterPerson, runCli, type TestDatabase } from '@veraz/testing';

/** The omisos report from the command line, for an OIC that works from scripts: the same file as the dashboard's button. */
describe('npm run veraz -- obligations export', () => {
  let database: TestDatabase;
  let owner: Client;
  let env: Record<string, string | undefined>;
  let dataDir: string;
  const cli = (...args: string[]): Promise<CliResult> => runCli(args, env);

  beforeAll(async () => {
    database = await createTestDatabase();
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'veraz-cli-export-'));
    env = { ...database.env, REDIS_URL: process.env.REDIS_URL, VERAZ_DATA_DIR: dataDir, QUEUE_PREFIX: `cliexp${process.pid}`, VERAZ_CLOCK: '2026-07-01T10:00:00-06:00' };
    owner = new Client({ connectionString: database.url });
    await owner.connect();
  });
  afterAll(async () => {
    await owner.end();
    await database.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('writes the omisos as CSV and Excel, and refuses an unknown list', async () => {
    expect((await cli('institution', 'create', '--slug', 'alfa', '--name', 'Institución Alfa')).code).toBe(0);
    const institutionId = (await owner.query(`SELECT id FROM institutions WHERE slug = 'alfa'`)).rows[0].id as string;
    const rosa = await insertRosterPerson(owner, { institutionId, curp: 'GURR800101MDFTSS09', nombres: 'Rosa', primerApellido: 'Gutiérrez', area: 'Tesorería' });
    await insertObligation(owner, { institutionId, personId: rosa, kind: 'MODIFICACIÓN', periodKey: '2025', windowStart: '2026-05-01', dueDate: '2026-05-31', state: 'OMISA' });
    const luis = await insertRosterPerson(owner, { institutionId, curp: 'PELL790202HDFRSS08', nombres: 'Luis', primerApellido: 'Pérez', area: 'Tesorería' });
    await insertObligation(owner, { institutionId, personId: luis, kind: 'MODIFICACIÓN', periodKey: '2025', windowStart: '2026-05-01', dueDate: '2026-05-31', state: 'PRESENTADA_EN_TIEMPO', metOn: '2026-05-20' });

    const csvFile = path.join(dataDir, 'omisos.csv');
    const csv = await cli('obligations', 'export', '--institution', 'alfa', '--list', 'omisos', '--output', csvFile);
    expect(csv).toMatchObject({ code: 0 });
    expect(csv.stdout.trim()).toBe(`Institución Alfa: 1 filas de omisos escritas en ${csvFile}.`);
    const rows = parse(fs.readFileSync(csvFile, 'utf8'), { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(rows.map((r) => [r['Nombre'], r['Área de adscripción'], r['Fecha límite'], r['Días de atraso']])).toEqual([['Rosa Gutiérrez', 'Tesorería', '2026-05-31', '31']]);

    const xlsxFile = path.join(dataDir, 'omisos.xlsx');
    expect((await cli('obligations', 'export', '--institution', 'alfa', '--list', 'omisos', '--format', 'xlsx', '--output', xlsxFile)).code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsxFile);
    const sheet = book.worksheets[0]!;
    expect(sheet.name).toBe('Omisos');
    expect(sheet.getRow(2).getCell(1).value).toBe('Rosa Gutiérrez');
    expect(sheet.rowCount).toBe(2);

    const bad = await cli('obligations', 'export', '--institution', 'alfa', '--list', 'todos', '--output', csvFile);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--list debe ser omisos, extemporaneos, requerimientos');
    // Each export is in the bitácora, without personal data.
    const audit = await owner.query(`SELECT details FROM audit_events WHERE institution_id = $1 AND action = 'export.generated' ORDER BY seq`, [institutionId]);
    expect(audit.rows.map((r) => r.details)).toEqual([expect.objectContaining({ tipo: 'omisos', formato: 'csv', filas: 1 }), expect.objectContaining({ tipo: 'omisos', formato: 'xlsx', filas: 1 })]);
    expect(JSON.stringify(audit.rows)).not.toContain('GURR800101MDFTSS09');
  });
});
