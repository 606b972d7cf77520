import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, type VerazConfig } from '@veraz/config';
import { directAppUrl } from './test-database';

/**
 * Configuration for an app under test: its own database and data folder, a unique queue prefix
 * (Redis is shared between parallel files), quiet logs and fast retries. REDIS_URL is kept from
 * the environment, so the same tests run on BullMQ-Redis and on the PostgreSQL queue.
 */
export function testConfig(databaseUrl: string, overrides: Record<string, string | undefined> = {}): VerazConfig {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'veraz-data-'));
  return loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.VERAZ_TEST_LOG_LEVEL ?? 'silent',
    DATABASE_URL: databaseUrl,
    // LISTEN and BullMQ's PostgreSQL backend go past PgBouncer when the suite runs through one.
    DATABASE_DIRECT_URL: directAppUrl(databaseUrl),
    REDIS_URL: process.env.REDIS_URL,
    VERAZ_DATA_DIR: dataDir,
    VERAZ_SECRET_KEY: randomBytes(32).toString('base64'),
    QUEUE_PREFIX: `vt${randomBytes(4).toString('hex')}`,
    PUBLIC_URL: 'http://veraz.test',
    JOB_BACKOFF_MS: '50',
    JOB_ATTEMPTS: '3',
    AUTH_RATE_LIMIT: '1000',
    // Conformance tests fetch tokens as fast as the machine allows; the limits have tests of their own.
    S1_TOKEN_RATE_LIMIT_PER_CLIENT: '100000',
    S1_TOKEN_RATE_LIMIT_PER_IP: '100000',
    PORT: '0',
    // Periodic checkpoints would seal heads at times no test controls; their own test turns them on.
    AUDIT_CHECKPOINT_INTERVAL_SECONDS: '0',
    // Same for the daily obligations recompute: tests call it themselves.
    OBLIGATIONS_RECOMPUTE_INTERVAL_SECONDS: '0',
    // And the risk scores' catch-up: its test calls it.
    INTEGRITY_CATCH_UP_INTERVAL_SECONDS: '0',
    // Likewise reminders: their tests turn them on.
    REMINDERS_INTERVAL_SECONDS: '0',
    ...overrides,
  });
}
