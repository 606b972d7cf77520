import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { type CliResult, createTestDatabase, runCli, type TestDatabase } from '@veraz/testing';
import { validCurp } from '../support/roster';

describe('npm run veraz -- roster import', () => {
  let database: TestDatabase;
  let env: Record<string, string | undefined>;
  let dir: string;
  const cli = (...args: string[]): Promise<CliResult> => runCli(args, env);

  beforeAll(async () => {
    database = await createTestDatabase();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'veraz-roster-cli-'));
    env = { ...database.env, REDIS_URL: process.env.REDIS_URL, VERAZ_DATA_DIR: dir, QUEUE_PREFIX: `roster${process.pid}` };
    expect((await cli('institution', 'create', '--slug', 'alfa', '--name', 'Institución Alfa')).code).toBe(0);
  });
  afterAll(() => database.drop());

  it('previews an Excel (Windows-1252, semicolon) file with its errors, asks before applying, applies with --yes', async () => {
    const file = path.join(dir, 'padrón.csv');
    const lines = [
      'CURP;Nombres;Primer apellido;Área;Nivel;Fecha de alta;Motivo',
      `${validCurp('NUNA800101MDFXXR')};Ana;Núñez;Dirección Jurídica;completa;01/02/2025;alta`,
      `${validCurp('PEPE800101HDFRRR')};José;Peña;Dirección Jurídica;simplificada;2025-02-01;ascenso`,
    ];
    fs.writeFileSync(file, Buffer.from(lines.join('\r\n'), 'latin1'));

    const preview = await cli('roster', 'import', '--institution', 'alfa', file);
    expect(preview.code).toBe(0);
    expect(preview.stdout).toContain('Vista previa de padrón.csv: 2 filas — nuevas 1, con cambios 0, sin cambios 0, con errores 1.');
    expect(preview.stdout).toContain('línea 3 (motivo): Motivo desconocido: usa alta, baja, cambio, licencia o reingreso.');
    expect(preview.stdout).toContain('Para aplicarla sin una terminal interactiva, repite la orden con --yes.');

    const owner = new Client({ connectionString: database.url });
    await owner.connect();
    try {
      expect((await owner.query(`SELECT count(*)::int AS n FROM roster_people`)).rows[0].n).toBe(0);
      const applied = await cli('roster', 'import', '--institution', 'alfa', '--yes', file);
      expect(applied.code).toBe(0);
      expect(applied.stdout).toContain('Importación aplicada: 1 personas escritas en el padrón; 1 filas con errores omitidas.');
      const { rows } = await owner.query(`SELECT nombres, primer_apellido, area, fecha_alta::text FROM roster_people`);
      expect(rows).toEqual([{ nombres: 'Ana', primer_apellido: 'Núñez', area: 'Dirección Jurídica', fecha_alta: '2025-02-01' }]);
    } finally {
      await owner.end();
    }
    const missing = await cli('roster', 'import', '--institution', 'alfa', path.join(dir, 'no-existe.csv'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no se pudo leer el archivo');
  });
});
