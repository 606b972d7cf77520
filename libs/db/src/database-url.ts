import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import type { VerazConfig } from '@veraz/config';
import {
  adoptOrphanedEmbeddedPostgres,
  embeddedUrls,
  readEmbeddedCredentials,
  startEmbeddedPostgres,
  type EmbeddedPostgresHandle,
} from './embedded-postgres';

export interface ResolvedDatabase {
  /** The app's login: every query of the api, worker, relay and CLI commands goes through it. */
  url: string;
  /** The same login without PgBouncer (DATABASE_DIRECT_URL, else `url`): LISTEN, and provisioning the login. */
  directUrl: string;
  /** The owner, for migrations and the app login's provisioning; null: this process may not migrate. */
  ownerUrl: string | null;
  /** The embedded server this process started (null when using DATABASE_URL or a running one). */
  embedded: EmbeddedPostgresHandle | null;
  kind: 'external' | 'embedded';
}

/**
 * DATABASE_URL (and DATABASE_OWNER_URL, if set) when given; otherwise the embedded PostgreSQL under
 * VERAZ_DATA_DIR, whose superuser migrates and whose app login serves: joined when another Veraz
 * process (the server, while the CLI runs) already started it, started otherwise.
 * Everything above this function sees only URLs, so both paths run the same code.
 * `adoptOrphan` (the server, not the CLI): a joined server whose Veraz process died is stopped by this one.
 */
export async function resolveDatabase(
  config: VerazConfig,
  onLog?: (line: string) => void,
  options: { adoptOrphan?: boolean } = {},
): Promise<ResolvedDatabase> {
  if (config.database.url) {
    const { url, ownerUrl, directUrl } = config.database;
    return { url, directUrl: directUrl ?? url, ownerUrl: ownerUrl ?? null, embedded: null, kind: 'external' };
  }
  const running = await runningEmbeddedUrls(config);
  if (running) {
    if (options.adoptOrphan) adoptOrphanedEmbeddedPostgres(config.dataDir);
    return { url: running.appUrl, directUrl: running.appUrl, ownerUrl: running.ownerUrl, embedded: null, kind: 'embedded' };
  }
  const embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.database.embeddedPort, onLog });
  return { url: embedded.appUrl, directUrl: embedded.appUrl, ownerUrl: embedded.ownerUrl, embedded, kind: 'embedded' };
}

async function runningEmbeddedUrls(config: VerazConfig): Promise<{ ownerUrl: string; appUrl: string } | null> {
  const credentialsFile = path.join(config.dataDir, 'embedded-postgres.json');
  if (!fs.existsSync(path.join(config.dataDir, 'postgres', 'postmaster.pid')) || !fs.existsSync(credentialsFile)) return null;
  const urls = embeddedUrls(config.database.embeddedPort, readEmbeddedCredentials(config.dataDir));
  const client = new Client({ connectionString: urls.ownerUrl, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return urls;
  } catch {
    return null;
  } finally {
    await client.end().catch(() => undefined);
  }
}
