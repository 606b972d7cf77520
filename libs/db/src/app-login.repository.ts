import type { Client } from 'pg';
import { APP_ROLE, MIGRATIONS_TABLE } from '@veraz/migrations';

/** Anything that runs a parameterised query: a pg Client or a TypeORM DataSource. */
export interface Queryable {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

/** What a login role may do beyond veraz_app's grants, read from the catalog. */
export interface RoleFacts {
  name: string;
  superuser: boolean;
  bypassRls: boolean;
  createRole: boolean;
  createDb: boolean;
  canLogin: boolean;
  inherit: boolean;
  /** Member of veraz_app with its privileges inherited. */
  appPrivileges: boolean;
  /** Superuser or BYPASSRLS roles it belongs to (SET ROLE would reach them). */
  privilegedRoles: string[];
  /** It (or a role it belongs to) owns this database, a schema or an object in it. */
  ownsSomething: boolean;
}

const ROLE_FACTS = `
  SELECT r.rolname AS name, r.rolsuper AS superuser, r.rolbypassrls AS "bypassRls", r.rolcreaterole AS "createRole",
    r.rolcreatedb AS "createDb", r.rolcanlogin AS "canLogin", r.rolinherit AS inherit,
    EXISTS (SELECT 1 FROM pg_roles a WHERE a.rolname = '${APP_ROLE}' AND pg_has_role(r.oid, a.oid, 'USAGE')) AS "appPrivileges",
    ARRAY(SELECT p.rolname FROM pg_roles p WHERE (p.rolsuper OR p.rolbypassrls) AND p.oid <> r.oid
      AND pg_has_role(r.oid, p.oid, 'MEMBER') ORDER BY 1)::text[] AS "privilegedRoles",
    (EXISTS (SELECT 1 FROM pg_database d WHERE d.datname = current_database() AND pg_has_role(r.oid, d.datdba, 'MEMBER'))
      OR EXISTS (SELECT 1 FROM pg_namespace n WHERE n.nspname NOT LIKE 'pg\\_%' AND n.nspname NOT IN ('information_schema', 'public')
        AND pg_has_role(r.oid, n.nspowner, 'MEMBER'))
      OR EXISTS (SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> 'information_schema' AND pg_has_role(r.oid, c.relowner, 'MEMBER'))
      OR EXISTS (SELECT 1 FROM pg_proc f JOIN pg_namespace n ON n.oid = f.pronamespace
        WHERE n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> 'information_schema' AND pg_has_role(r.oid, f.proowner, 'MEMBER'))
    ) AS "ownsSomething"
  FROM pg_roles r`;

/** The facts of the connection's own session user (what the app really logged in as). */
export async function sessionRoleFacts(db: Queryable): Promise<RoleFacts> {
  const rows = (await db.query(`${ROLE_FACTS} WHERE r.rolname = session_user`)) as RoleFacts[] | { rows: RoleFacts[] };
  return (Array.isArray(rows) ? rows : rows.rows)[0];
}

export async function roleFacts(owner: Client, name: string): Promise<RoleFacts | null> {
  const { rows } = await owner.query<RoleFacts>(`${ROLE_FACTS} WHERE r.rolname = $1`, [name]);
  return rows[0] ?? null;
}

/** Names of the migrations recorded as applied; null when the session may not read the table. */
export async function appliedMigrationNames(db: Queryable): Promise<string[] | null> {
  try {
    const result = (await db.query(`SELECT name FROM ${MIGRATIONS_TABLE}`)) as { name: string }[] | { rows: { name: string }[] };
    return (Array.isArray(result) ? result : result.rows).map((r) => r.name);
  } catch (err) {
    // 42P01: no table yet (empty database); 42501: the grant comes with a migration not yet applied.
    const code = (err as { code?: string }).code ?? (err as { driverError?: { code?: string } }).driverError?.code;
    if (code === '42P01' || code === '42501') return null;
    throw err;
  }
}

export interface LoginSpec {
  name: string;
  password: string | null;
}

/** A new login role that gets its privileges only from veraz_app. */
export async function createLogin(owner: Client, login: LoginSpec): Promise<void> {
  const password = login.password === null ? '' : ` PASSWORD ${owner.escapeLiteral(login.password)}`;
  await owner.query(
    `CREATE ROLE ${owner.escapeIdentifier(login.name)} LOGIN INHERIT NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE${password} IN ROLE ${APP_ROLE}`,
  );
}

/** Only the attributes that are wrong: an ALTER of a role in use by other processes is not free. */
export async function repairLogin(owner: Client, facts: RoleFacts): Promise<void> {
  const name = owner.escapeIdentifier(facts.name);
  const fixes = [
    facts.canLogin ? '' : 'LOGIN',
    facts.inherit ? '' : 'INHERIT',
    facts.createRole ? 'NOCREATEROLE' : '',
    facts.createDb ? 'NOCREATEDB' : '',
  ].filter(Boolean);
  if (fixes.length) await owner.query(`ALTER ROLE ${name} ${fixes.join(' ')}`);
  if (!facts.appPrivileges) await owner.query(`GRANT ${APP_ROLE} TO ${name}`);
}

export async function setLoginPassword(owner: Client, name: string, password: string): Promise<void> {
  await owner.query(`ALTER ROLE ${owner.escapeIdentifier(name)} PASSWORD ${owner.escapeLiteral(password)}`);
}
