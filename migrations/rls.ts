import type { QueryRunner } from 'typeorm';

/** The role the application runs as: not a superuser, not the owner, no BYPASSRLS. */
export const APP_ROLE = 'veraz_app';

/** TypeORM's record of applied migrations (the app reads it to refuse an outdated schema). */
export const MIGRATIONS_TABLE = 'typeorm_migrations';

/**
 * Row-level security for a tenant-owned table: enabled and forced (so even the owner is
 * filtered), with a policy that lets a transaction see and write only the rows of the
 * institution it set in `app.institution_id`.
 */
export async function enableTenantRls(q: QueryRunner, table: string): Promise<void> {
  await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
  await q.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
  await q.query(`CREATE POLICY tenant_isolation ON ${table} FOR ALL
    USING (institution_id = app_institution_id())
    WITH CHECK (institution_id = app_institution_id())`);
}

export async function grant(q: QueryRunner, table: string, privileges: string): Promise<void> {
  await q.query(`GRANT ${privileges} ON ${table} TO ${APP_ROLE}`);
}
