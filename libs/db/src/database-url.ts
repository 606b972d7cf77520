import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import type { VerazConfig } from '@veraz/config';
import { adoptOrphanedEmbeddedPostgres, startEmbeddedPostgres, type EmbeddedPostgresHandle } from './embedded-postgres';

export interface ResolvedDatabase {
  url: string;
  /** The embedded server this process started (null when using DATABASE_URL or a running one). */
  embedded: EmbeddedPostgresHandle | null;
  kind: 'external' | 'embedded';
}

/**
 * DATABASE_URL when set; otherwise the embedded PostgreSQL under VERAZ_DATA_DIR: joined when
 * another Veraz process (the server, while the CLI runs) already started it, started otherwise.
 * Everything above this function sees only a URL, so both paths run the same code.
 * `adoptOrphan` (the server, not the CLI): a joined server whose Veraz process died is stopped by this one.
 */
export async function resolveDatabase(
  config: VerazConfig,
  onLog?: (line: string) => void,
  options: { adoptOrphan?: boolean } = {},
): Promise<ResolvedDatabase> {
  if (config.database.url) return { url: config.database.url, embedded: null, kind: 'external' };
  const running = await runningEmbeddedUrl(config);
  if (running) {
    if (options.adoptOrphan) adoptOrphanedEmbeddedPostgres(config.dataDir);
    return { url: running, embedded: null, kind: 'embedded' };
  }
  const embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.database.embeddedPort, onLog });
  return { url: embedded.url, embedded, kind: 'embedded' };
}

async function runningEmbeddedUrl(config: VerazConfig): Promise<string | null> {
  const credentialsFile = path.join(config.dataDir, 'embedded-postgres.json');
  if (!fs.existsSync(path.join(config.dataDir, 'postgres', 'postmaster.pid')) || !fs.existsSync(credentialsFile)) return null;
  const { password } = JSON.parse(fs.readFileSync(credentialsFile, 'utf8')) as { password: string };
  const url = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${config.database.embeddedPort}/veraz`;
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return url;
  } catch {
    return null;
  } finally {
    await client.end().catch(() => undefined);
  }
}
