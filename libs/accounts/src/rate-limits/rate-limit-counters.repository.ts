import { Injectable } from '@nestjs/common';
import { CurrentTransaction } from '@veraz/tenancy';

export interface CountedHits {
  /** The key's count after these hits. */
  hits: number;
  /** Milliseconds until the window's count starts again. */
  expireMs: number;
  /** Milliseconds until a blocked key is let through again (0 or less when not blocked). */
  blockMs: number;
  /** The block began with these hits: only the ones past the limit are refused. */
  blockStarted: boolean;
}

/**
 * Fixed-window counters shared by every API process (`rate_limit_counters`, platform-level). One
 * upsert counts `n` hits, starts a new window when the last one expired or its block ended, and
 * blocks the key once the count passes the limit: the same rules as the Redis storage's script.
 * It runs as a single statement (no transaction around it), so the row's lock lasts one statement.
 */
@Injectable()
export class RateLimitCountersRepository {
  constructor(private readonly tx: CurrentTransaction) {}

  async hit(key: string, n: number, ttlMs: number, limit: number, blockMs: number): Promise<CountedHits> {
    const ms = (param: string) => `now() + ${param}::float8 * interval '1 millisecond'`;
    const restart = `(c.expires_at <= now() OR c.blocked_until <= now())`;
    const hits = `CASE WHEN ${restart} THEN $2::int ELSE c.hits + $2::int END`;
    const rows = await this.tx.standalone<{ hits: number; expire_ms: number; block_ms: number | null; block_started: boolean }>(
      `INSERT INTO rate_limit_counters AS c (key, hits, expires_at, blocked_until)
         VALUES ($1, $2, ${ms('$3')}, CASE WHEN $2::int > $4::int THEN ${ms('$5')} END)
       ON CONFLICT (key) DO UPDATE SET
         hits = ${hits},
         expires_at = CASE WHEN ${restart} THEN ${ms('$3')} ELSE c.expires_at END,
         blocked_until = CASE WHEN c.blocked_until > now() THEN c.blocked_until
                              WHEN ${hits} > $4 THEN ${ms('$5')} END
       RETURNING hits,
                 (extract(epoch FROM expires_at - now()) * 1000)::float8 AS expire_ms,
                 (extract(epoch FROM blocked_until - now()) * 1000)::float8 AS block_ms,
                 coalesce(blocked_until = ${ms('$5')}, false) AS block_started`,
      [key, n, ttlMs, limit, blockMs],
    );
    const row = rows[0];
    return { hits: row.hits, expireMs: row.expire_ms, blockMs: row.block_ms ?? 0, blockStarted: row.block_started };
  }

  /** Drops windows that ended (and blocks that ended) a minute ago or more. */
  async sweep(): Promise<void> {
    await this.tx.standalone(
      `DELETE FROM rate_limit_counters
        WHERE expires_at < now() - interval '1 minute' AND (blocked_until IS NULL OR blocked_until < now() - interval '1 minute')`,
      [],
    );
  }
}
