import { makeTemporaryDataDir, migrateDatabase, startEmbeddedPostgres, type EmbeddedPostgresHandle } from '@veraz/db';
import { freePort } from '../free-port';
import { newRunId, TEST_ENV, urlForDatabase, withAdmin } from '../test-database';

declare global {
  var __verazEmbedded: { handle: EmbeddedPostgresHandle; dir: string } | undefined;
}

/**
 * Runs once per jest run: picks the PostgreSQL server (DATABASE_URL, or an embedded one started
 * here when it is unset) and builds one migrated template database that test files clone.
 */
export default async function globalSetup(): Promise<void> {
  let serverUrl: string;
  if (process.env.DATABASE_URL) {
    serverUrl = urlForDatabase(process.env.DATABASE_URL, 'postgres');
  } else {
    const dir = makeTemporaryDataDir('veraz-test-');
    const handle = await startEmbeddedPostgres({ dataDir: dir, port: await freePort(), ephemeral: true });
    globalThis.__verazEmbedded = { handle, dir };
    serverUrl = handle.serverUrl;
  }
  const runId = newRunId();
  const template = `veraz_tpl_${runId}`;
  await withAdmin(serverUrl, (admin) => admin.query(`CREATE DATABASE ${template}`));
  await migrateDatabase(urlForDatabase(serverUrl, template));
  process.env[TEST_ENV.serverUrl] = serverUrl;
  process.env[TEST_ENV.template] = template;
  process.env[TEST_ENV.runId] = runId;
}
