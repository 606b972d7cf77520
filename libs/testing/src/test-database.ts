import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

export const TEST_ENV = {
  serverUrl: 'VERAZ_TEST_SERVER_URL',
  /** The app's login on the same server (a member of veraz_app, never a superuser). */
  appServerUrl: 'VERAZ_TEST_APP_SERVER_URL',
  /** The app's login straight to PostgreSQL when appServerUrl goes through PgBouncer (DATABASE_DIRECT_URL). */
  appDirectServerUrl: 'VERAZ_TEST_APP_DIRECT_SERVER_URL',
  template: 'VERAZ_TEST_TEMPLATE',
  runId: 'VERAZ_TEST_RUN',
} as const;

/** Same server, another database. */
export function urlForDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** Same server and database, another login. */
export function urlWithLogin(url: string, name: string, password: string | null): string {
  const parsed = new URL(url);
  parsed.username = encodeURIComponent(name);
  parsed.password = password === null ? '' : encodeURIComponent(password);
  return parsed.toString();
}

export interface TestDatabase {
  name: string;
  /** Owner URL (superuser on the test server): fixtures and assertions that bypass the app on purpose. */
  url: string;
  /** The app's login on this database: what DATABASE_URL is in production (through PgBouncer when the suite uses one). */
  appUrl: string;
  /** The app's login on this database without PgBouncer (DATABASE_DIRECT_URL); equal to appUrl without a bouncer. */
  appDirectUrl: string;
  /** DATABASE_URL (the app's login), DATABASE_DIRECT_URL (the same, past PgBouncer) and DATABASE_OWNER_URL (the owner). */
  env: { DATABASE_URL: string; DATABASE_DIRECT_URL: string; DATABASE_OWNER_URL: string };
  drop(): Promise<void>;
}

/**
 * A private copy of the migrated template database for one test file (immich's approach), so
 * files run in parallel without seeing each other's rows.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env[TEST_ENV.serverUrl];
  const appServerUrl = process.env[TEST_ENV.appServerUrl];
  const template = process.env[TEST_ENV.template];
  const runId = process.env[TEST_ENV.runId];
  if (!serverUrl || !appServerUrl || !template || !runId) throw new Error('test database environment missing: run tests through jest (global setup)');
  const name = `veraz_t_${runId}_${randomBytes(4).toString('hex')}`;
  await withAdmin(serverUrl, async (admin) => {
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
        return;
      } catch (err) {
        // Two files cloning the same template at once: PostgreSQL refuses the second; retry.
        if (attempt >= 20 || !/being accessed by other users/.test((err as Error).message)) throw err;
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
      }
    }
  });
  const url = urlForDatabase(serverUrl, name);
  const appUrl = urlForDatabase(appServerUrl, name);
  const appDirectUrl = directAppUrl(appUrl);
  return {
    name,
    url,
    appUrl,
    appDirectUrl,
    env: { DATABASE_URL: appUrl, DATABASE_DIRECT_URL: appDirectUrl, DATABASE_OWNER_URL: url },
    drop: () => dropDatabase(serverUrl, name),
  };
}

/**
 * The direct URL of an app URL of this suite: when the suite runs through PgBouncer (DATABASE_DIRECT_URL
 * given to jest), the same login and database on PostgreSQL's own host and port; otherwise the URL itself.
 */
export function directAppUrl(appUrl: string): string {
  const direct = process.env[TEST_ENV.appDirectServerUrl];
  const pooled = process.env[TEST_ENV.appServerUrl];
  if (!direct || !pooled) return appUrl;
  const parsed = new URL(appUrl);
  if (parsed.host !== new URL(pooled).host) return appUrl;
  parsed.host = new URL(direct).host;
  return parsed.toString();
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await withAdmin(serverUrl, async (admin) => {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });
}

export async function withAdmin<T>(serverUrl: string, fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export function newRunId(): string {
  return randomBytes(3).toString('hex');
}
