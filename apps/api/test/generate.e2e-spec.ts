import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { Client } from 'pg';
import { type CliResult, createTestDatabase, runCli, type TestDatabase } from '@veraz/testing';

/** `veraz generate`: synthetic histories loaded through the signing code path. */
describe('synthetic data generator (npm run veraz -- generate)', () => {
  let database: TestDatabase;
  let env: Record<string, string | undefined>;
  const cli = (...args: string[]): Promise<CliResult> => runCli(args, env);
  const query = async <T>(sql: string): Promise<T[]> => {
    const owner = new Client({ connectionString: database.url });
    await owner.connect();
    try {
      return (await owner.query(sql)).rows as T[];
    } finally {
      await owner.end();
    }
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'veraz-gen-'));
    env = { ...database.env, REDIS_URL: process.env.REDIS_URL, VERAZ_DATA_DIR: dataDir, QUEUE_PREFIX: `gen${process.pid}` };
    expect((await cli('institution', 'create', '--slug', 'salud', '--name', 'Secretaría de Salud del Estado de Jalisco')).code).toBe(0);
  });
  afterAll(() => database.drop());

  it('loads whole histories with gapless folios, verifiable hashes and S1 publications', async () => {
    const run = await cli('generate', '--institution', 'salud', '--officials', '25', '--years', '3', '--seed', '11', '--batch', '20');
    expect(run.code).toBe(0);
    const loaded = Number(/Se cargaron ([\d,]+) declaraciones/.exec(run.stdout)?.[1]?.replace(/,/g, ''));
    expect(loaded).toBeGreaterThanOrEqual(25 * 3);

    const filings = await query<{ folio: string; folio_year: number; folio_seq: number; tipo: string; canonical_json: string; sha256: string; filed_at: Date }>(
      `SELECT folio, folio_year, folio_seq, tipo, canonical_json, sha256, filed_at FROM filings ORDER BY folio_year, folio_seq`,
    );
    expect(filings).toHaveLength(loaded);
    // Gapless per year, and the year of the folio is the year of filing in Mexico.
    const byYear = new Map<number, number[]>();
    for (const f of filings) byYear.set(f.folio_year, [...(byYear.get(f.folio_year) ?? []), f.folio_seq]);
    for (const [year, seqs] of byYear) {
      expect(seqs).toEqual(seqs.map((_, i) => i + 1));
      expect(filings.filter((f) => f.folio_year === year).every((f) => f.folio.startsWith(`SALUD-${year}-`))).toBe(true);
    }
    for (const f of filings) expect(createHash('sha256').update(f.canonical_json).digest('hex')).toBe(f.sha256);
    expect(filings.some((f) => f.tipo === 'INICIAL') && filings.some((f) => f.tipo === 'MODIFICACIÓN')).toBe(true);

    const [publications] = await query<{ n: string }>(`SELECT count(*) AS n FROM s1_publications`);
    expect(Number(publications!.n)).toBe(loaded);
    const [people] = await query<{ n: string }>(`SELECT count(*) AS n FROM memberships WHERE 'DECLARANTE' = ANY(roles)`);
    expect(Number(people!.n)).toBe(25);
    const [audit] = await query<{ n: string }>(`SELECT count(*) AS n FROM audit_events WHERE action = 'filings.generated'`);
    expect(Number(audit!.n)).toBe(Math.ceil(loaded / 20));

    // The operator sees them like any other filing.
    const list = await cli('filing', 'list', '--institution', 'salud');
    expect(list.stdout.trim().split('\n')).toHaveLength(loaded);
  }, 240_000);

  it('refuses bad options in Spanish with exit code 2', async () => {
    const bad = await cli('generate', '--institution', 'salud', '--officials', 'muchos', '--years', '2');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--officials debe ser un entero positivo');
    const unknown = await cli('generate', '--institution', 'nada', '--officials', '2', '--years', '2');
    expect(unknown.stderr).toContain('no existe la institución nada');
  });
});
