import { Client } from 'pg';
import { MIGRATIONS } from '@veraz/migrations';
import { createTestDatabase, type TestDatabase } from '@veraz/testing';
import { createDataSource } from './data-source';
import { migrateDatabase } from './migrate';

const SPLIT = 'PlatformRowsSplit1764757000000';
const A = '0a000000-0000-4000-8000-00000000000a';
const SPLIT_TABLES = `('platform_audit_events', 'platform_audit_legacy_heads', 'platform_outbox', 'platform_s1_clients')`;

/**
 * A deployment from before the split: its platform job and platform-wide S1 credential (institution_id
 * NULL) move to the platform tables as they were, and back when the migration is undone; the platform
 * tables then give exactly the scopes that reached the NULL rows what those reached.
 * (The platform audit chain's move is checked, hashes and all, in libs/audit audit-upgrade.int-spec.ts.)
 */
describe('moving the platform rows to tables of their own (migration PlatformRowsSplit)', () => {
  let database: TestDatabase;
  let owner: Client;

  async function undoSplit(): Promise<void> {
    const ds = createDataSource({ url: database.url, poolMax: 1 });
    await ds.initialize();
    const runner = ds.createQueryRunner();
    try {
      await MIGRATIONS.map((M) => new M()).find((m) => m.name === SPLIT)!.down(runner);
      await runner.query(`DELETE FROM typeorm_migrations WHERE name = $1`, [SPLIT]);
    } finally {
      await runner.release();
      await ds.destroy();
    }
  }

  async function asApp<T>(fn: (c: Client) => Promise<T>): Promise<T> {
    const client = new Client({ connectionString: database.appUrl });
    await client.connect();
    try {
      return await fn(client);
    } finally {
      await client.end();
    }
  }

  const rows = async (sql: string) => (await owner.query(sql)).rows;
  const JOB = `SELECT id, queue, name, job_id, payload, relay_attempts, last_error`;
  const CLIENT = `SELECT id, label, client_id, client_secret_mac, username, password_mac`;

  beforeAll(async () => {
    database = await createTestDatabase();
    owner = new Client({ connectionString: database.url });
    await owner.connect();
    await undoSplit();
    await owner.query(`INSERT INTO institutions (id, slug, name) VALUES ($1, 'alfa', 'Alfa')`, [A]);
    await owner.query(
      `INSERT INTO outbox (institution_id, queue, name, job_id, payload, relay_attempts, last_error)
       VALUES (NULL, 'mail', 'account-email', 'password-reset-1', '{"institutionId": null, "kind": "password-reset"}', 1, 'sin conexión'),
              ($1, 'mail', 'invitation', 'invitation-1', $2, 0, NULL)`,
      [A, JSON.stringify({ institutionId: A })],
    );
    await owner.query(
      `INSERT INTO s1_clients (institution_id, label, client_id, client_secret_mac, username, password_mac)
       VALUES (NULL, 'PDN compartido', 'plataforma-x', repeat('1', 64), 'pdn', repeat('2', 64)),
              ($1, 'PDN', 'alfa-x', repeat('3', 64), 'pdn', repeat('4', 64))`,
      [A],
    );
  });

  afterAll(async () => {
    await owner?.end();
    await database?.drop();
  });

  it('moves them with their ids and values, leaves the institutions’ rows, and moves them back on down()', async () => {
    const platformJob = await rows(`${JOB} FROM outbox WHERE institution_id IS NULL`);
    const platformClient = await rows(`${CLIENT} FROM s1_clients WHERE institution_id IS NULL`);
    expect([platformJob.length, platformClient.length]).toEqual([1, 1]);

    expect(await migrateDatabase(database.url)).toEqual([SPLIT]);
    expect(await rows(`${JOB} FROM platform_outbox`)).toEqual(platformJob);
    expect(await rows(`${CLIENT} FROM platform_s1_clients`)).toEqual(platformClient);
    expect(await rows(`SELECT institution_id, job_id FROM outbox`)).toEqual([{ institution_id: A, job_id: 'invitation-1' }]);
    expect(await rows(`SELECT institution_id, client_id FROM s1_clients`)).toEqual([{ institution_id: A, client_id: 'alfa-x' }]);

    await undoSplit();
    expect(await rows(`${JOB} FROM outbox WHERE institution_id IS NULL`)).toEqual(platformJob);
    expect(await rows(`${CLIENT} FROM s1_clients WHERE institution_id IS NULL`)).toEqual(platformClient);
    // Later migrations add platform tables of their own (platform_fx_rates): only the split's four are counted.
    expect(await rows(`SELECT count(*)::int AS n FROM pg_class WHERE relname IN ${SPLIT_TABLES}`)).toEqual([{ n: 0 }]);

    expect(await migrateDatabase(database.url)).toEqual([SPLIT]);
    expect(await rows(`${JOB} FROM platform_outbox`)).toEqual(platformJob);
  });

  it('keeps platform rows in tables of their own, reached only from the scopes the NULL rows were', async () => {
    await owner.query(`INSERT INTO platform_audit_events (seq, occurred_at, action, prev_hash, hash, hash_version) VALUES (1, now(), 'x', repeat('0', 64), repeat('3', 64), 2)`);
    await owner.query(`INSERT INTO platform_audit_legacy_heads (last_seq) VALUES (1)`);
    // Beside the platform job and credential moved above: one row in each platform table.
    const tables = ['platform_audit_events', 'platform_audit_legacy_heads', 'platform_outbox', 'platform_s1_clients'];
    const forced = await owner.query(`SELECT relname FROM pg_class WHERE relname = ANY($1) AND relrowsecurity AND relforcerowsecurity ORDER BY 1`, [tables]);
    expect(forced.rows.map((r) => r.relname)).toEqual(tables);
    const seen = (scope: string) =>
      asApp(async (c) => {
        await c.query('BEGIN');
        await c.query(`SELECT set_config('app.scope', $1, true), set_config('app.institution_id', $2, true)`, [scope, scope === 'tenant' ? A : '']);
        const counts: Record<string, number> = {};
        for (const table of tables) counts[table] = (await c.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n;
        await c.query('ROLLBACK');
        return counts;
      });
    const visible = (...names: string[]) => Object.fromEntries(tables.map((t) => [t, names.includes(t) ? 1 : 0]));
    expect(await seen('tenant')).toEqual(visible());
    expect(await seen('public')).toEqual(visible());
    expect(await seen('platform')).toEqual(visible(...tables));
    expect(await seen('auth')).toEqual(visible(...tables));
    expect(await seen('system')).toEqual(visible('platform_outbox'));
    // The platform chain is append-only like the institutions', and an institution's tables refuse a row without one.
    await expect(owner.query(`UPDATE platform_audit_events SET action = 'y'`)).rejects.toThrow(/append-only/);
    await expect(owner.query(`UPDATE platform_audit_legacy_heads SET last_seq = 2`)).rejects.toThrow(/append-only/);
    await expect(
      owner.query(`INSERT INTO outbox (institution_id, queue, name, job_id, payload) VALUES (NULL, 'q', 'n', 'p2', '{"institutionId": null}')`),
    ).rejects.toThrow(/null value/);
    await expect(owner.query(`INSERT INTO platform_outbox (queue, name, job_id, payload) VALUES ('q', 'n', 'p3', $1)`, [JSON.stringify({ institutionId: A })])).rejects.toThrow(
      /check constraint/,
    );
  });
});
