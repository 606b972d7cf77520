import { runMigrations as runQueueMigrations } from 'bullmq';
import { Client } from 'pg';
import { APP_ROLE } from '@veraz/migrations';
import { provisionAppLogin } from './app-login';
import { createDataSource } from './data-source';

// Arbitrary constant: serialises concurrent boots so only one applies migrations.
const MIGRATION_LOCK = 7_302_154_009;

/**
 * Applies Veraz's migrations (and BullMQ's PostgreSQL queue schema, used when no Redis is
 * configured) on the owner's connection, then creates or repairs the app's login (`appUrl`'s
 * user, see provisionAppLogin). Idempotent and safe to run from several processes.
 * Returns the names of the migrations applied now.
 */
export async function migrateDatabase(url: string, options: { appUrl?: string } = {}): Promise<string[]> {
  const lock = new Client({ connectionString: url, application_name: 'veraz-migrate' });
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const ds = createDataSource({ url, poolMax: 2, applicationName: 'veraz-migrate' });
    await ds.initialize();
    let applied: string[];
    try {
      applied = (await ds.runMigrations({ transaction: 'each' })).map((m) => m.name);
    } finally {
      await ds.destroy();
    }
    await runQueueMigrations(lock);
    // BullMQ's tables hold job ids and payloads only; the app role needs full use of them.
    await lock.query(`GRANT USAGE ON SCHEMA bullmq TO ${APP_ROLE};
      GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA bullmq TO ${APP_ROLE};
      GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA bullmq TO ${APP_ROLE};
      GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA bullmq TO ${APP_ROLE};`);
    if (options.appUrl) await provisionAppLogin(lock, options.appUrl);
    return applied;
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await lock.end();
  }
}
