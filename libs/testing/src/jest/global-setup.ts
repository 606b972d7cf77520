import { createHash } from 'node:crypto';
import { makeTemporaryDataDir, migrateDatabase, startEmbeddedPostgres, type EmbeddedPostgresHandle } from '@veraz/db';
import { freePort } from '../free-port';
import { newRunId, TEST_ENV, urlForDatabase, urlWithLogin, withAdmin } from '../test-database';

declare global {
  var __verazEmbedded: { handle: EmbeddedPostgresHandle; dir: string } | undefined;
}

/** The app's login when only a superuser DATABASE_URL is given (a developer's shortcut). */
const FALLBACK_APP_LOGIN = 'veraz_test_app';

/**
 * Runs once per jest run: picks the PostgreSQL server and the two logins the product uses, then
 * builds one migrated template database that test files clone.
 * - DATABASE_OWNER_URL and DATABASE_URL (CI): the owner creates databases and migrates; the app
 *   runs as DATABASE_URL's user, created here if missing, as `npm start` would. With DATABASE_DIRECT_URL
 *   too (CI pass 1), DATABASE_URL goes through PgBouncer and the direct URL serves LISTEN (see testConfig).
 * - DATABASE_URL only: it is taken as the owner, and the app runs as `veraz_test_app`.
 * - neither: an embedded server started here, with its superuser and its app login.
 * Roles are cluster-wide: the login is created once and never dropped, so runs may overlap.
 */
export default async function globalSetup(): Promise<void> {
  let serverUrl: string;
  let appServerUrl: string;
  const ownerUrl = process.env.DATABASE_OWNER_URL ?? process.env.DATABASE_URL;
  if (ownerUrl) {
    serverUrl = urlForDatabase(ownerUrl, 'postgres');
    appServerUrl = process.env.DATABASE_OWNER_URL && process.env.DATABASE_URL
      ? urlForDatabase(process.env.DATABASE_URL, 'postgres')
      : urlWithLogin(serverUrl, FALLBACK_APP_LOGIN, fallbackPassword(serverUrl));
  } else {
    const dir = makeTemporaryDataDir('veraz-test-');
    const handle = await startEmbeddedPostgres({ dataDir: dir, port: await freePort(), ephemeral: true });
    globalThis.__verazEmbedded = { handle, dir };
    serverUrl = handle.serverUrl;
    appServerUrl = urlForDatabase(handle.appUrl, 'postgres');
  }
  // Pass 1 through PgBouncer: DATABASE_URL goes through the bouncer, DATABASE_DIRECT_URL straight to PostgreSQL.
  const appDirectServerUrl = process.env.DATABASE_DIRECT_URL && process.env.DATABASE_URL ? urlForDatabase(process.env.DATABASE_DIRECT_URL, 'postgres') : null;
  const runId = newRunId();
  const template = `veraz_tpl_${runId}`;
  await withAdmin(serverUrl, (admin) => admin.query(`CREATE DATABASE ${template}`));
  // Provisioning may log in as the app: directly, so no bouncer keeps a connection to the template open.
  await migrateDatabase(urlForDatabase(serverUrl, template), { appUrl: urlForDatabase(appDirectServerUrl ?? appServerUrl, template) });
  process.env[TEST_ENV.serverUrl] = serverUrl;
  process.env[TEST_ENV.appServerUrl] = appServerUrl;
  if (appDirectServerUrl) process.env[TEST_ENV.appDirectServerUrl] = appDirectServerUrl;
  else delete process.env[TEST_ENV.appDirectServerUrl];
  process.env[TEST_ENV.template] = template;
  process.env[TEST_ENV.runId] = runId;
}

/** Stable for one server, so overlapping runs on a password-checking server agree on it. */
function fallbackPassword(serverUrl: string): string {
  return createHash('sha256').update(`${serverUrl}\n${FALLBACK_APP_LOGIN}`).digest('base64url').slice(0, 32);
}
