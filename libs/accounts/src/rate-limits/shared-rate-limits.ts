import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { StepRunner } from '@veraz/tenancy';
import { RateLimitCountersRepository, type RateLimitHit } from './rate-limit-counters.repository';

/** About one hit in this many also sweeps ended windows, so the table stays as small as the live keys. */
const SWEEP_ONE_IN = 500;

/**
 * Rate-limit counters in PostgreSQL, for several API processes without Redis (the embedded default
 * run with API_PROCESSES > 1): every process counts in the same row, so a limit holds across them.
 * Same shape as @nestjs/throttler's ThrottlerStorage, which the API hands it to.
 */
@Injectable()
export class SharedRateLimits {
  constructor(
    private readonly steps: StepRunner,
    private readonly counters: RateLimitCountersRepository,
  ) {}

  increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): Promise<RateLimitHit> {
    // Keys carry client ids and addresses: stored hashed, like login attempts.
    const hashed = createHash('sha256').update(`${throttlerName}:${key}`).digest('hex');
    return this.steps.inAuth(async () => {
      const hit = await this.counters.hit(hashed, ttl, limit, blockDuration);
      if (Math.random() * SWEEP_ONE_IN < 1) await this.counters.sweep();
      return hit;
    });
  }
}
