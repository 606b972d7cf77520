import { APP_ROLE } from '@veraz/migrations';
import { A, B, PUBLIC_SEARCH_COUNTS, PUBLIC_SEARCH_KEYS, PUBLIC_SEARCH_STEPS, useTwoTenants } from '../test/two-tenants';
import { loginOf } from './app-login';
import { migrateDatabase } from './migrate';

/**
 * The tenancy guarantees that do not depend on application code: every tenant-owned table has
 * row-level security enabled and forced, and the role the app runs as cannot get around it.
 * The S1 public tables' guarantees are in s1-public-schema.int-spec.ts.
 */
describe('database schema and the app role', () => {
  const world = useTwoTenants();

  async function tenantTables(): Promise<string[]> {
    const { rows } = await world().owner.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'institution_id' AND table_name <> ALL($1) ORDER BY 1`,
      [[PUBLIC_SEARCH_KEYS, PUBLIC_SEARCH_COUNTS, PUBLIC_SEARCH_STEPS]],
    );
    return rows.map((r) => r.table_name);
  }

  it('forces row-level security on every table that has institution_id', async () => {
    const { owner } = world();
    const tables = await tenantTables();
    expect(tables).toEqual(expect.arrayContaining(['audit_events', 'invitations', 'memberships', 'outbox']));
    const { rows } = await owner.query<{ relname: string; relrowsecurity: boolean; relforcerowsecurity: boolean }>(
      `SELECT relname, relrowsecurity, relforcerowsecurity FROM pg_class WHERE relname = ANY($1) AND relnamespace = 'public'::regnamespace`,
      [tables],
    );
    expect(rows).toHaveLength(tables.length);
    for (const row of rows) expect({ table: row.relname, enabled: row.relrowsecurity, forced: row.relforcerowsecurity }).toEqual({ table: row.relname, enabled: true, forced: true });
    const policies = await owner.query<{ tablename: string }>(`SELECT DISTINCT tablename FROM pg_policies WHERE policyname = 'tenant_isolation'`);
    expect(policies.rows.map((p) => p.tablename).sort()).toEqual(tables);
  });

  it('runs the app as a role that is not superuser, not BYPASSRLS and owns no table', async () => {
    const { database, owner, asApp } = world();
    const role = await owner.query(`SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = $1`, [APP_ROLE]);
    expect(role.rows[0]).toEqual({ rolsuper: false, rolbypassrls: false });
    const owned = await owner.query(`SELECT tablename FROM pg_tables WHERE schemaname IN ('public', 'bullmq') AND tableowner = $1`, [APP_ROLE]);
    expect(owned.rows).toEqual([]);
    // The app logs in as its own role, which gets veraz_app's grants by membership and nothing more.
    const who = await asApp((c) =>
      c.query(`SELECT r.rolname, r.rolsuper, r.rolbypassrls, r.rolcreaterole, r.rolcreatedb, pg_has_role(r.oid, $1, 'USAGE') AS app
        FROM pg_roles r WHERE r.rolname = session_user AND session_user = current_user`, [APP_ROLE]),
    );
    expect(who.rows).toEqual([{ rolname: loginOf(database.appUrl).name, rolsuper: false, rolbypassrls: false, rolcreaterole: false, rolcreatedb: false, app: true }]);
  });

  it('returns no tenant rows to a query that forgot to set the institution', async () => {
    const { asApp } = world();
    for (const table of await tenantTables()) {
      const { rows } = await asApp((c) => c.query(`SELECT * FROM ${table}`));
      expect({ table, rows }).toEqual({ table, rows: [] });
    }
  });

  it('shows one institution only its own rows and refuses writes for another', async () => {
    const { asApp } = world();
    await asApp(async (c) => {
      await c.query('BEGIN');
      await c.query(`SELECT set_config('app.scope', 'tenant', true), set_config('app.institution_id', $1, true)`, [A]);
      for (const table of await tenantTables()) {
        const { rows } = await c.query(`SELECT institution_id FROM ${table}`);
        expect(rows.length).toBeGreaterThan(0);
        expect(new Set(rows.map((r) => r.institution_id))).toEqual(new Set([A]));
      }
      await expect(
        c.query(`INSERT INTO memberships (institution_id, user_id, roles) SELECT $1, id, '{REVISOR}' FROM users LIMIT 1`, [B]),
      ).rejects.toThrow(/row-level security/);
      await c.query('ROLLBACK');
    });
  });

  it('does not let the app role rewrite the audit chain, and not even the owner can update it', async () => {
    const { owner, asApp } = world();
    // Transaction-local, as the app sets it: a session setting would outlive this test on a pooled
    // server connection (CI's first pass goes through PgBouncer) and leak into the next one.
    await asApp(async (c) => {
      for (const sql of [`UPDATE audit_events SET action = 'y'`, `DELETE FROM audit_events`]) {
        await c.query('BEGIN');
        await c.query(`SELECT set_config('app.institution_id', $1, true)`, [A]);
        await expect(c.query(sql)).rejects.toThrow(/permission denied/);
        await c.query('ROLLBACK');
      }
    });
    await expect(owner.query(`UPDATE audit_events SET action = 'y'`)).rejects.toThrow(/append-only/);
  });

  it('keeps filings immutable: only the publication flags may change, and nothing is deleted', async () => {
    const { owner, asApp } = world();
    await expect(owner.query(`UPDATE filings SET document = '{"a":2}'`)).rejects.toThrow(/immutable/);
    await expect(owner.query(`UPDATE filings SET folio = 'Y-2026-000001'`)).rejects.toThrow(/immutable/);
    await expect(owner.query(`DELETE FROM filings`)).rejects.toThrow(/immutable/);
    await asApp(async (c) => {
      await c.query('BEGIN');
      await c.query(`SELECT set_config('app.scope', 'tenant', true), set_config('app.institution_id', $1, true)`, [A]);
      await expect(c.query(`DELETE FROM filings`)).rejects.toThrow(/permission denied/);
      await c.query('ROLLBACK');
      await c.query('BEGIN');
      await c.query(`SELECT set_config('app.scope', 'tenant', true), set_config('app.institution_id', $1, true)`, [A]);
      const updated = await c.query(`UPDATE filings SET reserved = true, reserved_reason = 'Acuerdo del comité' RETURNING reserved`);
      expect(updated.rows).toEqual([{ reserved: true }]);
      await c.query('ROLLBACK');
    });
  });

  it('rejects a job whose payload names another institution than its row', async () => {
    const { owner } = world();
    await expect(
      owner.query(`INSERT INTO outbox (institution_id, queue, name, job_id, payload) VALUES ($1, 'q', 'n', 'j3', $2)`, [
        A,
        JSON.stringify({ institutionId: B }),
      ]),
    ).rejects.toThrow(/check constraint/);
  });

  it('applies migrations idempotently', async () => {
    const { database } = world();
    expect(await migrateDatabase(database.url)).toEqual([]);
  });
});
