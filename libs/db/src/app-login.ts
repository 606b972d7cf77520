import { Client } from 'pg';
import { APP_ROLE, MIGRATIONS } from '@veraz/migrations';
import {
  appliedMigrationNames,
  createLogin,
  repairLogin,
  roleFacts,
  sessionRoleFacts,
  setLoginPassword,
  type Queryable,
  type RoleFacts,
} from './app-login.repository';

/**
 * The app never runs as the owner or a superuser: it logs in as a role that only belongs to
 * veraz_app, so row-level security holds even for SQL that tries `SET ROLE` (issue 13, item 2).
 * These messages reach the person starting Veraz: Spanish, no password, no stack.
 */
export class DatabaseRoleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatabaseRoleError';
  }
}

export const MIGRATE_COMMAND = 'DATABASE_OWNER_URL=postgres://dueño:…@servidor/base npm run veraz -- migrate';

/** Why this login may not be the app's, in Spanish; empty when it is fit. */
export function loginProblems(facts: RoleFacts): string[] {
  const problems: string[] = [];
  if (facts.superuser) problems.push('es superusuario');
  if (facts.bypassRls) problems.push('tiene BYPASSRLS');
  if (facts.createRole) problems.push('tiene CREATEROLE');
  if (facts.createDb) problems.push('tiene CREATEDB');
  if (facts.privilegedRoles.length) problems.push(`pertenece a ${facts.privilegedRoles.join(', ')}, que evade la seguridad por filas`);
  if (facts.ownsSomething) problems.push('es dueño de la base de datos o de sus tablas');
  return problems;
}

/**
 * Run on the app's own pool at start-up (api, worker, CLI): refuses a session user that could
 * leave row-level security, and a schema that migrations have not brought up to date.
 */
export async function assertAppSession(db: Queryable): Promise<void> {
  const facts = await sessionRoleFacts(db);
  const problems = loginProblems(facts);
  if (problems.length) {
    throw new DatabaseRoleError(
      `DATABASE_URL se conecta como «${facts.name}», que ${problems.join(', ')}. ` +
        `La aplicación debe usar un usuario sin esos privilegios, miembro de ${APP_ROLE}; ` +
        'pon al dueño en DATABASE_OWNER_URL (solo migra y crea ese usuario).',
    );
  }
  if (!facts.appPrivileges) {
    throw new DatabaseRoleError(
      `El usuario «${facts.name}» de DATABASE_URL no es miembro de ${APP_ROLE} (o no hereda sus permisos). Ejecuta las migraciones: ${MIGRATE_COMMAND}`,
    );
  }
  const applied = await appliedMigrationNames(db);
  const pending = MIGRATIONS.map((m) => m.name).filter((name) => !applied?.includes(name));
  if (pending.length) {
    throw new DatabaseRoleError(
      `La base de datos no está al día: faltan ${pending.length} migraciones. Ejecuta: ${MIGRATE_COMMAND}`,
    );
  }
}

/**
 * Connects once with the app's URL before anything is built, so a login that does not exist yet (no
 * migration with DATABASE_OWNER_URL) or a wrong password reads as a sentence, not as the ORM's stack.
 */
export async function assertAppCanConnect(url: string): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 10_000, application_name: 'veraz-check' });
  try {
    await client.connect();
  } catch (err) {
    const code = (err as { code?: string }).code;
    const name = loginOf(url).name;
    // PgBouncer refuses a login it does not know with 08P01 ("… authentication failed", "no such user").
    const bouncerRefused = code === '08P01' && /authentication failed|no such user/i.test((err as Error).message);
    if (code === '28P01' || code === '28000' || bouncerRefused) {
      throw new DatabaseRoleError(
        `PostgreSQL no aceptó al usuario «${name}» de DATABASE_URL (no existe o la contraseña no coincide). ` +
          `Para crearlo o ajustar su contraseña: ${MIGRATE_COMMAND}`,
      );
    }
    if (code === '3D000') throw new DatabaseRoleError(`La base de datos de DATABASE_URL no existe: créala como dueño y ejecuta ${MIGRATE_COMMAND}`);
    throw new DatabaseRoleError(`No fue posible conectarse a PostgreSQL con DATABASE_URL (usuario «${name}»): ${(err as Error).message}`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** User name and password of a postgres:// URL (the password may be absent: trust or peer auth). */
export function loginOf(url: string): { name: string; password: string | null } {
  const parsed = new URL(url);
  return { name: decodeURIComponent(parsed.username), password: parsed.password ? decodeURIComponent(parsed.password) : null };
}

/**
 * Creates the login named in `appUrl` on the owner's connection, or repairs it: member of
 * veraz_app, NOCREATEROLE NOCREATEDB, the URL's password. Never alters a superuser, a BYPASSRLS
 * role or the owner into one: those are refused, so a wrong DATABASE_URL cannot demote `postgres`.
 */
export async function provisionAppLogin(owner: Client, appUrl: string): Promise<void> {
  const login = loginOf(appUrl);
  if (!login.name) throw new DatabaseRoleError('DATABASE_URL debe nombrar al usuario de la aplicación (postgres://usuario:contraseña@servidor/base)');
  let facts = await roleFacts(owner, login.name);
  if (!facts) {
    try {
      await createLogin(owner, login);
    } catch (err) {
      // Another process created it first (roles are cluster-wide): repair it like any existing one.
      if (!['42710', '23505', 'XX000'].includes((err as { code?: string }).code ?? '')) throw err;
    }
    facts = await roleFacts(owner, login.name);
    if (!facts) throw new DatabaseRoleError(`No fue posible crear el usuario «${login.name}» de DATABASE_URL`);
  }
  const ownerName = (await owner.query<{ name: string }>('SELECT current_user AS name')).rows[0].name;
  const problems = loginProblems(facts);
  if (facts.name === ownerName) problems.unshift('es el dueño que usa DATABASE_OWNER_URL');
  if (problems.length) {
    throw new DatabaseRoleError(
      `DATABASE_URL usa el usuario «${facts.name}», que ${problems.join(', ')}. Nombra en DATABASE_URL un usuario propio de la aplicación (se crea si no existe).`,
    );
  }
  await repairLogin(owner, facts);
  if (login.password !== null && !(await canLogIn(appUrl))) await setLoginPassword(owner, login.name, login.password);
}

/** Whether the URL's credentials work already: the password is rewritten only when they do not. */
async function canLogIn(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000, application_name: 'veraz-migrate' });
  try {
    await client.connect();
    return true;
  } catch (err) {
    if ((err as { code?: string }).code === '28P01') return false;
    throw err;
  } finally {
    await client.end().catch(() => undefined);
  }
}
