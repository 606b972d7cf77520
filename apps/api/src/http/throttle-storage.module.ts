import { Inject, Injectable, Module, type OnModuleDestroy } from '@nestjs/common';
import type { ThrottlerStorage } from '@nestjs/throttler';
import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import IORedis from 'ioredis';
import { AccountsModule, SharedRateLimits } from '@veraz/accounts';
import { VERAZ_CONFIG, type VerazConfig } from '@veraz/config';

/**
 * Where rate-limit counters live: Redis when configured; PostgreSQL when several API processes run
 * without Redis (API_PROCESSES > 1), so a limit holds across them; memory for the single-process
 * embedded default. Owned here so the Redis connection closes with the app, which the throttler
 * module does not do for a storage handed to it.
 */
@Injectable()
export class ThrottleStorageProvider implements OnModuleDestroy {
  private readonly redis: IORedis | null;
  readonly storage: ThrottlerStorage | undefined;

  constructor(@Inject(VERAZ_CONFIG) config: VerazConfig, shared: SharedRateLimits) {
    // Prefixed so deployments (and parallel test apps) sharing a Redis keep separate counters.
    this.redis = config.queue.redisUrl ? new IORedis(config.queue.redisUrl, { keyPrefix: `${config.queue.prefix}:throttle:` }) : null;
    if (this.redis) this.storage = new ThrottlerStorageRedisService(this.redis);
    else if (config.processes.api > 1) this.storage = shared;
    else this.storage = undefined;
  }

  onModuleDestroy(): void {
    this.redis?.disconnect(false);
  }
}

@Module({ imports: [AccountsModule], providers: [ThrottleStorageProvider], exports: [ThrottleStorageProvider] })
export class ThrottleStorageModule {}
