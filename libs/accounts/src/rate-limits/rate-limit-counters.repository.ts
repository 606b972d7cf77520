import { Injectable } from '@nestjs/common';
import { CurrentTransaction } from '@veraz/tenancy';

export interface RateLimitHit {
  totalHits: number;
  /** Seconds until the window's count starts again. */
  timeToExpire: number;
  isBlocked: boolean;
  /** Seconds until a blocked key is let through again (0 when not blocked). */
  timeToBlockExpire: number;
}

/**
 * Fixed-window counters shared by every API process (`rate_limit_counters`, platform-level). One
 * upsert counts the hit, starts a new window when the last one expired or its block ended, and
 * blocks the key once the count passes the limit: the same rules as the Redis storage's script.
 */
@Injectable()
export class RateLimitCountersRepository {
  constructor(private readonly tx: CurrentTransaction) {}

  async hit(key: string, ttlMs: number, limit: number, blockMs: number): Promise<RateLimitHit> {
    const restart = `(c.expires_at <= now() OR c.blocked_until <= now())`;
    const hits = `CASE WHEN ${restart} THEN 1 ELSE c.hits + 1 END`;
    const rows: Array<{ hits: number; expire_ms: number; block_ms: number | null }> = await this.tx.manager().query(
      `INSERT INTO rate_limit_counters AS c (key, hits, expires_at, blocked_until)
         VALUES ($1, 1, now() + $2::float8 * interval '1 millisecond', CASE WHEN 1 > $3::int THEN now() + $4::float8 * interval '1 millisecond' END)
       ON CONFLICT (key) DO UPDATE SET
         hits = ${hits},
         expires_at = CASE WHEN ${restart} THEN now() + $2::float8 * interval '1 millisecond' ELSE c.expires_at END,
         blocked_until = CASE WHEN c.blocked_until > now() THEN c.blocked_until
                              WHEN ${hits} > $3 THEN now() + $4::float8 * interval '1 millisecond' END
       RETURNING hits,
                 (extract(epoch FROM expires_at - now()) * 1000)::float8 AS expire_ms,
                 (extract(epoch FROM blocked_until - now()) * 1000)::float8 AS block_ms`,
      [key, ttlMs, limit, blockMs],
    );
    const row = rows[0];
    const blockMsLeft = row.block_ms ?? 0;
    return {
      totalHits: row.hits,
      timeToExpire: Math.ceil(row.expire_ms / 1000),
      isBlocked: blockMsLeft > 0,
      timeToBlockExpire: Math.max(0, Math.ceil(blockMsLeft / 1000)),
    };
  }

  /** Drops windows that ended (and blocks that ended) a minute ago or more. */
  async sweep(): Promise<void> {
    await this.tx.manager().query(
      `DELETE FROM rate_limit_counters
        WHERE expires_at < now() - interval '1 minute' AND (blocked_until IS NULL OR blocked_until < now() - interval '1 minute')`,
    );
  }
}
