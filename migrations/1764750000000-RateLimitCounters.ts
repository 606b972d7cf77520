import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grant } from './rls';

/**
 * Rate-limit counters shared by several API processes when there is no Redis (the embedded default
 * with API_PROCESSES > 1). Platform-level: keys are hashed client ids and addresses, not tenant data.
 * UNLOGGED: counters are short-lived, losing them in a crash only resets the windows, and no WAL is
 * written for every request counted.
 */
export class RateLimitCounters1764750000000 implements MigrationInterface {
  name = 'RateLimitCounters1764750000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE UNLOGGED TABLE rate_limit_counters (
      key char(64) PRIMARY KEY,
      hits integer NOT NULL,
      expires_at timestamptz NOT NULL,
      blocked_until timestamptz
    )`);
    await grant(q, 'rate_limit_counters', 'SELECT, INSERT, UPDATE, DELETE');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS rate_limit_counters`);
  }
}
