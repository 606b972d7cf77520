import { runMigrations as runQueueMigrations } from 'bullmq';
import { Client } from 'pg';
import { APP_ROLE } from '@veraz/migrations';
import { createDataSource } from './data-source';

// Arbitrary constant: serialises concurrent boots so only one applies migrations.
const MIGRATION_LOCK = 7_302_154_009;

/**
 * Applies Veraz's migrations (and BullMQ's PostgreSQL queue schema, used when no Redis is
 * configured) as the database owner. Idempotent and safe to run from several processes.
 * Returns the names of the migrations applied now.
 */
export async function migrateDatabase(url: string): Promise<string[]> {
  const lock = new Client({ connectionString: url, application_name: 'veraz-migrate' });
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const ds = createDataSource({ url, asOwner: true, poolMax: 2, applicationName: 'veraz-migrate' });
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
    return applied;
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await lock.end();
  }
}
