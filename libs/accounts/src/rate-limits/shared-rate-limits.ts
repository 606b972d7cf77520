import { AsyncResource } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { RateLimitCountersRepository } from './rate-limit-counters.repository';

/** About one flush in this many also sweeps ended windows, so the table stays as small as the live keys. */
const SWEEP_ONE_IN = 500;

/** What @nestjs/throttler's ThrottlerStorage answers for one hit. */
export interface RateLimitHit {
  totalHits: number;
  /** Seconds until the window's count starts again. */
  timeToExpire: number;
  isBlocked: boolean;
  /** Seconds until a blocked key is let through again (0 when not blocked). */
  timeToBlockExpire: number;
}

interface Batch {
  waiters: Array<{ resolve: (hit: RateLimitHit) => void; reject: (err: unknown) => void }>;
  ttl: number;
  limit: number;
  blockDuration: number;
}

/**
 * Rate-limit counters in PostgreSQL, for several API processes without Redis (the embedded default
 * run with API_PROCESSES > 1): every process counts in the same row, so a limit holds across them.
 * Hits on one key that arrive while this process's previous upsert for it is on its way are counted
 * together in the next one (n hits, answered in order), so a busy key costs one statement per round
 * trip rather than one per request, and no hit waits longer than one round trip more.
 * Same shape as @nestjs/throttler's ThrottlerStorage, which the API hands it to.
 */
@Injectable()
export class SharedRateLimits {
  private readonly inFlight = new Set<string>();
  private readonly queued = new Map<string, Batch>();
  // Created with the service, outside any request: the next flush of a key runs here, not in the
  // async context the previous one ended in, which can be a request's inside its transaction (the
  // sign bench without Redis met it), where the counters' standalone statement refuses to run.
  private readonly detached = new AsyncResource('veraz.rate-limit-flush');

  constructor(private readonly counters: RateLimitCountersRepository) {}

  increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): Promise<RateLimitHit> {
    // Keys carry client ids and addresses: stored hashed, like login attempts.
    const hashed = createHash('sha256').update(`${throttlerName}:${key}`).digest('hex');
    return new Promise((resolve, reject) => {
      const batch = this.queued.get(hashed) ?? { waiters: [], ttl, limit, blockDuration };
      batch.waiters.push({ resolve, reject });
      this.queued.set(hashed, batch);
      if (!this.inFlight.has(hashed)) void this.flush(hashed);
    });
  }

  private async flush(key: string): Promise<void> {
    const batch = this.queued.get(key);
    if (!batch) return;
    this.queued.delete(key);
    this.inFlight.add(key);
    const n = batch.waiters.length;
    try {
      const counted = await this.counters.hit(key, n, batch.ttl, batch.limit, batch.blockDuration);
      batch.waiters.forEach((waiter, i) => {
        const totalHits = counted.hits - n + i + 1;
        const isBlocked = counted.blockMs > 0 && (!counted.blockStarted || totalHits > batch.limit);
        waiter.resolve({
          totalHits,
          timeToExpire: Math.ceil(counted.expireMs / 1000),
          isBlocked,
          timeToBlockExpire: isBlocked ? Math.max(1, Math.ceil(counted.blockMs / 1000)) : 0,
        });
      });
      if (Math.random() * SWEEP_ONE_IN < 1) void this.counters.sweep().catch(() => undefined);
    } catch (err) {
      for (const waiter of batch.waiters) waiter.reject(err);
    } finally {
      this.inFlight.delete(key);
      if (this.queued.has(key)) this.detached.runInAsyncScope(() => void this.flush(key));
    }
  }
}
