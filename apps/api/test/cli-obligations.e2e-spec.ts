import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { type CliResult, createTestDatabase, runCli, type TestDatabase } from '@veraz/testing';

/** `npm run veraz -- obligations recompute --institution S`: the whole roster, with the reasons it could not read. */
describe('obligations recompute (CLI)', () => {
  let database: TestDatabase;
  let env: Record<string, string | undefined>;
  const cli = (...args: string[]): Promise<CliResult> => runCli(args, env);

  beforeAll(async () => {
    database = await createTestDatabase();
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'veraz-cli-'));
    env = { ...database.env, REDIS_URL: process.env.REDIS_URL, VERAZ_DATA_DIR: dataDir, QUEUE_PREFIX: `clio${process.pid}`, VERAZ_CLOCK: '2026-06-15T12:00:00-06:00' };
  });
  afterAll(() => database.drop());

  it('derives every person’s obligations with the deadline clock and names the contradictory rows', async () => {
    expect((await cli('institution', 'create', '--slug', 'alfa', '--name', 'Institución Alfa')).code).toBe(0);
    const owner = new Client({ connectionString: database.url });
    await owner.connect();
    try {
      const institution = (await owner.query(`SELECT id FROM institutions WHERE slug = 'alfa'`)).rows[0].id;
      const person = async (curp: string, events: [string, string][]) => {
        const { rows } = await owner.query(
          `INSERT INTO roster_people (institution_id, curp, nombres, primer_apellido, fecha_alta) VALUES ($1, $2, 'Ana', 'Pérez', $3) RETURNING id`,
          [institution, curp, events[0][1]],
        );
        for (const [kind, date] of events) {
          await owner.query(`INSERT INTO roster_events (institution_id, person_id, kind, effective_date, source) VALUES ($1, $2, $3, $4, 'IMPORTACION')`, [institution, rows[0].id, kind, date]);
        }
        return rows[0].id as string;
      };
      const good = await person('GOOD800101HDFRRN01', [['ALTA', '2025-03-03']]);
      const bad = await person('BADD800101HDFRRN02', [['BAJA', '2025-03-03']]);

      const result = await cli('obligations', 'recompute', '--institution', 'alfa');
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/Institución Alfa: 2 personas del padrón en [\d.]+ s; 2 obligaciones escritas o actualizadas, 0 que ya no aplicaban eliminadas\./);
      expect(result.stdout).toContain(`${bad}: BAJA del 2025-03-03: la persona no estaba en funciones.`);
      const { rows } = await owner.query(`SELECT kind, period_key, state FROM obligations WHERE person_id = $1 ORDER BY due_date`, [good]);
      expect(rows).toEqual([
        { kind: 'INICIAL', period_key: '2025-03-03', state: 'OMISA' },
        { kind: 'MODIFICACIÓN', period_key: '2025', state: 'OMISA' },
      ]);
      expect((await cli('obligations', 'recompute', '--institution', 'nadie')).code).not.toBe(0);
    } finally {
      await owner.end();
    }
  });
});
