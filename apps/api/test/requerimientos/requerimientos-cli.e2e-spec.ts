import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { type CliResult, createTestDatabase, insertObligation, insertRosterPerson, runCli, type TestDatabase } from '@veraz/testing';

describe('npm run veraz -- requerimientos generate|list', () => {
  let database: TestDatabase;
  let owner: Client;
  let env: Record<string, string | undefined>;
  const cli = (...args: string[]): Promise<CliResult> => runCli(args, env);

  beforeAll(async () => {
    database = await createTestDatabase();
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'veraz-cli-'));
    env = { ...database.env, REDIS_URL: process.env.REDIS_URL, VERAZ_DATA_DIR: dataDir, QUEUE_PREFIX: `clireq${process.pid}`, VERAZ_CLOCK: '2026-07-01T10:00:00-06:00' };
    owner = new Client({ connectionString: database.url });
    await owner.connect();
  });
  afterAll(async () => {
    await owner.end();
    await database.drop();
  });

  it('generates the letters of every omiso, numbered in the series, and lists them with their state', async () => {
    expect((await cli('institution', 'create', '--slug', 'alfa', '--name', 'Institución Alfa')).code).toBe(0);
    const institutionId = (await owner.query(`SELECT id FROM institutions WHERE slug = 'alfa'`)).rows[0].id as string;
    for (const [curp, nombres, state] of [['GURR800101MDFTSS09', 'Rosa', 'OMISA'], ['PELL790202HDFRSS08', 'Luis', 'OMISA']] as const) {
      const personId = await insertRosterPerson(owner, { institutionId, curp, nombres, primerApellido: 'Prueba' });
      await insertObligation(owner, { institutionId, personId, kind: 'MODIFICACIÓN', periodKey: '2025', windowStart: '2026-05-01', dueDate: '2026-05-31', state });
    }
    // Ana took office in June: her INICIAL is still within its 60 days on 1 July.
    const ana = await insertRosterPerson(owner, { institutionId, curp: 'MAAA850303MDFRNN07', nombres: 'Ana', primerApellido: 'Prueba', fechaAlta: '2026-06-15' });
    await insertObligation(owner, { institutionId, personId: ana, kind: 'INICIAL', periodKey: '2026-06-15', triggerDate: '2026-06-15', windowStart: '2026-06-16', dueDate: '2026-08-14', state: 'PENDIENTE' });

    const usage = await cli('requerimientos', 'generate', '--institution', 'alfa');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('indica --all-omisos o --obligation <id...>');

    const generated = await cli('requerimientos', 'generate', '--institution', 'alfa', '--all-omisos');
    expect(generated).toMatchObject({ code: 0 });
    const lines = generated.stdout.trim().split('\n');
    expect(lines[0]).toBe('Requerimientos generados en Institución Alfa: 2.');
    expect(lines.slice(1).map((l) => l.split('  ').slice(0, 2))).toEqual([
      ['ALFA-REQ-2026-000001', 'Luis Prueba'],
      ['ALFA-REQ-2026-000002', 'Rosa Prueba'],
    ]);
    expect(lines[1]).toContain('sin notificar');

    const again = await cli('requerimientos', 'generate', '--institution', 'alfa', '--all-omisos');
    expect(again.stdout).toContain('Requerimientos generados en Institución Alfa: 0.');

    const list = await cli('requerimientos', 'list', '--institution', 'alfa');
    expect(list.code).toBe(0);
    expect(list.stdout).toContain('ALFA-REQ-2026-000001');
    expect(list.stdout).toContain('Sin notificar');
    expect((await cli('requerimientos', 'list', '--institution', 'alfa', '--vencidos')).stdout.trim()).toBe('No hay requerimientos vencidos.');
    expect((await cli('requerimientos', 'list', '--institution', 'nadie')).code).not.toBe(0);
    // Several CLI processes, one of them creating the trial sealing certificate.
  }, 240_000);
});
