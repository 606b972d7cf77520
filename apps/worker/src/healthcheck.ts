import IORedis from 'ioredis';
import { Client } from 'pg';
import { loadConfig } from '@veraz/config';

/**
 * Container health check for the worker (it has no HTTP port): exits 0 when the database and
 * the queue backend answer within a few seconds.
 */
export async function checkWorkerDependencies(env?: NodeJS.ProcessEnv): Promise<string[]> {
  const config = loadConfig(env);
  const problems: string[] = [];
  if (!config.database.url) return ['DATABASE_URL no está definida'];
  const db = new Client({ connectionString: config.database.url, connectionTimeoutMillis: 3000 });
  try {
    await db.connect();
    await db.query('SELECT 1');
  } catch (err) {
    problems.push(`base de datos: ${(err as Error).message}`);
  } finally {
    await db.end().catch(() => undefined);
  }
  if (config.queue.redisUrl) {
    const redis = new IORedis(config.queue.redisUrl, { lazyConnect: true, connectTimeout: 3000, maxRetriesPerRequest: 1 });
    try {
      await redis.connect();
      await redis.ping();
    } catch (err) {
      problems.push(`redis: ${(err as Error).message}`);
    } finally {
      redis.disconnect();
    }
  }
  return problems;
}

if (require.main === module) {
  checkWorkerDependencies().then(
    (problems) => {
      for (const p of problems) console.error(p);
      process.exit(problems.length ? 1 : 0);
    },
    (err: unknown) => {
      console.error(err instanceof Error ? err.message : err);
      process.exit(1);
    },
  );
}
