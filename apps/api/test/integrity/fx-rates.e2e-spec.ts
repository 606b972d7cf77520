import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { type CliResult, createTestDatabase, runCli, type TestDatabase } from '@veraz/testing';
import { bearer, login, seedWorld, type World } from '../support/seed';
import { startTestApp, type TestApp } from '../support/test-app';

// Shaped like Banco de México's SIE CSV export of series SF43718 (FIX); its values are test data.
const SIE_FIXTURE = path.join(__dirname, '../../../../libs/integrity/src/fx-rates/fixtures/sie-sf43718.csv');

describe('exchange rates: operators import them over the API', () => {
  let t: TestApp;
  let world: World;
  let operator: string;

  beforeAll(async () => {
    t = await startTestApp();
    world = await seedWorld(t);
    operator = (await login(t, world.operator.email)).token;
  });
  afterAll(() => t.close());

  it('imports the SIE export, lists it, and a second import of the same file changes nothing', async () => {
    const empty = await t.http().get('/api/platform/fx-rates').set(bearer(operator)).expect(200);
    expect(empty.body).toEqual([]);
    const csv = fs.readFileSync(SIE_FIXTURE, 'utf8');
    const first = await t.http().post('/api/platform/fx-rates').set(bearer(operator)).send({ csv }).expect(201);
    expect(first.body.imported.map((r: { currency: string; year: number }) => `${r.currency} ${r.year}`)).toEqual(['USD 2023', 'USD 2024', 'USD 2025']);
    const y2024 = first.body.imported[1];
    expect(y2024).toMatchObject({ observations: 252, source: expect.stringContaining('serie SF43718 (FIX), promedio de 252 observaciones de 2024') });
    expect(y2024.mxnPerUnit).toBeGreaterThan(16);

    const list = await t.http().get('/api/platform/fx-rates').set(bearer(operator)).expect(200);
    expect(list.body).toEqual(first.body.imported);

    const again = await t.http().post('/api/platform/fx-rates').set(bearer(operator)).send({ csv }).expect(201);
    expect(again.body.imported).toEqual(first.body.imported); // same rows, same import time
    const owner = await t.owner();
    expect((await owner.query(`SELECT count(*)::int AS n FROM platform_fx_rates`)).rows[0].n).toBe(3);
    // Both imports are in the platform bitácora, by the operator.
    const { rows } = await owner.query(`SELECT actor_user_id, details FROM platform_audit_events WHERE action = 'fx_rates.imported' ORDER BY seq`);
    expect(rows).toEqual([
      { actor_user_id: world.operator.userId, details: expect.objectContaining({ escritos: ['USD 2023', 'USD 2024', 'USD 2025'], sinCambios: 0 }) },
      { actor_user_id: world.operator.userId, details: expect.objectContaining({ escritos: [], sinCambios: 3 }) },
    ]);
  });

  it('replaces a year with new figures from a yearly table that names its source', async () => {
    const res = await t
      .http()
      .post('/api/platform/fx-rates')
      .set(bearer(operator))
      .send({ csv: 'anio,moneda,tipo_cambio\n2024,USD,18.3\n2022,EUR,21.15\n', fuente: 'DOF, tipo de cambio promedio anual' })
      .expect(201);
    expect(res.body.imported).toEqual([
      expect.objectContaining({ currency: 'EUR', year: 2022, mxnPerUnit: 21.15, observations: 1, source: 'DOF, tipo de cambio promedio anual, cifra anual de 2022' }),
      expect.objectContaining({ currency: 'USD', year: 2024, mxnPerUnit: 18.3, observations: 1 }),
    ]);
    const list = await t.http().get('/api/platform/fx-rates').set(bearer(operator)).expect(200);
    expect(list.body.map((r: { currency: string; year: number }) => `${r.currency} ${r.year}`)).toEqual(['EUR 2022', 'USD 2023', 'USD 2024', 'USD 2025']);
  });

  it('answers 400 with each bad line in Spanish and saves nothing', async () => {
    const before = await t.http().get('/api/platform/fx-rates').set(bearer(operator)).expect(200);
    const csv = '"Banco de México"\n"Fecha","SF43718"\n"02/01/2026","19.1"\n"30/02/2026","19.2"\n';
    const res = await t.http().post('/api/platform/fx-rates').set(bearer(operator)).send({ csv }).expect(400);
    expect(res.body.message).toBe('El archivo de tipos de cambio tiene errores; no se guardó nada.');
    expect(res.body.errors).toEqual([{ path: 'csv', message: 'línea 4: «30/02/2026» no es una fecha válida (se espera DD/MM/AAAA).' }]);
    const noSource = await t.http().post('/api/platform/fx-rates').set(bearer(operator)).send({ csv: 'anio,moneda,tipo_cambio\n2026,USD,19\n' }).expect(400);
    expect(noSource.body.errors).toEqual([{ path: 'fuente', message: expect.stringContaining('indica la fuente oficial') }]);
    await t.http().post('/api/platform/fx-rates').set(bearer(operator)).send({}).expect(400);
    const after = await t.http().get('/api/platform/fx-rates').set(bearer(operator)).expect(200);
    expect(after.body).toEqual(before.body);
  });

  it('is for operators only: an institution admin or a filer gets 403', async () => {
    for (const person of [world.adminA, world.declaranteA]) {
      const { token } = await login(t, person.email);
      await t.http().get('/api/platform/fx-rates').set(bearer(token)).expect(403);
      const res = await t.http().post('/api/platform/fx-rates').set(bearer(token)).send({ csv: 'Fecha,SF43718\n02/01/2024,17\n' }).expect(403);
      expect(res.body.message).toBe('Solo los operadores de la plataforma pueden realizar esta acción.');
    }
    await t.http().get('/api/platform/fx-rates').expect(401);
  });
});

describe('exchange rates: npm run veraz -- fx', () => {
  let database: TestDatabase;
  let env: Record<string, string | undefined>;
  const cli = (...args: string[]): Promise<CliResult> => runCli(args, env);

  beforeAll(async () => {
    database = await createTestDatabase();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'veraz-fx-cli-'));
    env = { ...database.env, REDIS_URL: process.env.REDIS_URL, VERAZ_DATA_DIR: dir, QUEUE_PREFIX: `fx${process.pid}` };
  });
  afterAll(() => database.drop());

  it('imports an SIE export saved by Excel (Windows-1252, semicolons) and lists it; a bad file exits 2 with its lines', async () => {
    expect((await cli('fx', 'list')).stdout).toContain('No hay tipos de cambio cargados.');
    const dir = env.VERAZ_DATA_DIR!;
    const excel = path.join(dir, 'tipo-de-cambio.csv');
    const text = fs.readFileSync(SIE_FIXTURE, 'utf8').replace(/","/g, '";"');
    fs.writeFileSync(excel, Buffer.from(text, 'latin1'));
    const imported = await cli('fx', 'import', excel);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('Tipos de cambio importados: 3.');
    expect(imported.stdout).toMatch(/USD 2024 +\d{2}\.\d{4,6} pesos {2}Banco de México, SIE, serie SF43718 \(FIX\), promedio de 252 observaciones de 2024/);
    const list = await cli('fx', 'list');
    expect(list.stdout.trim().split('\n').map((l) => l.slice(0, 8))).toEqual(['USD 2023', 'USD 2024', 'USD 2025']);

    const bad = path.join(dir, 'malo.csv');
    fs.writeFileSync(bad, 'Fecha,SF46410\n02/01/2024,20.1\n');
    const refused = await cli('fx', 'import', bad);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('línea 1: no se conoce la moneda de la serie SF46410');
    const euro = await cli('fx', 'import', '--moneda', 'EUR', '--fuente', 'Banco de México, SIE, consulta del 06/01/2025', bad);
    expect(euro.stdout).toContain('EUR 2024');
    expect(euro.stdout).toContain('Banco de México, SIE, consulta del 06/01/2025, serie SF46410, promedio de 1 observaciones de 2024');

    const owner = new Client({ connectionString: database.url });
    await owner.connect();
    try {
      const { rows } = await owner.query(`SELECT currency, year, observations, imported_by FROM platform_fx_rates ORDER BY currency, year`);
      expect(rows).toEqual([
        { currency: 'EUR', year: 2024, observations: 1, imported_by: null },
        { currency: 'USD', year: 2023, observations: 3, imported_by: null },
        { currency: 'USD', year: 2024, observations: 252, imported_by: null },
        { currency: 'USD', year: 2025, observations: 2, imported_by: null },
      ]);
    } finally {
      await owner.end();
    }
  });
});
