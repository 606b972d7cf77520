import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { Queue, Worker, createPostgresBackend, type JobsOptions, type Processor } from 'bullmq';
import IORedis from 'ioredis';
import { VERAZ_CONFIG, type VerazConfig } from '@veraz/config';
import { DIRECT_DATABASE_URL } from '@veraz/db';

/**
 * The BullMQ backend: Redis when REDIS_URL is set, otherwise BullMQ's PostgreSQL backend in the
 * same database. Queue, Worker, retries and the failed-job list are the same BullMQ code either
 * way; only the backend factory passed to BullMQ differs.
 */
@Injectable()
export class QueueConnection implements OnApplicationShutdown {
  private readonly logger = new Logger('Queue');
  private readonly queues = new Map<string, Queue>();
  private readonly workers: Worker[] = [];
  private redis: IORedis | null = null;
  private closed = false;
  readonly kind: 'redis' | 'postgres';

  constructor(
    @Inject(VERAZ_CONFIG) private readonly config: VerazConfig,
    @Inject(DIRECT_DATABASE_URL) private readonly directUrl: string,
  ) {
    this.kind = config.queue.redisUrl ? 'redis' : 'postgres';
  }

  /** Retry policy shared by every job, whatever the backend. */
  jobOptions(jobId: string): JobsOptions {
    return {
      jobId,
      attempts: this.config.queue.attempts,
      backoff: { type: 'exponential', delay: this.config.queue.backoffMs },
      removeOnComplete: { age: 7 * 24 * 3600, count: 10_000 },
      removeOnFail: false,
    };
  }

  queue(name: string): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = this.construct((opts, backend) => new Queue(name, opts as never, backend as never));
      queue.on('error', (err) => this.reportError(`cola ${name}`, err));
      this.queues.set(name, queue);
    }
    return queue;
  }

  worker(name: string, processor: Processor, concurrency: number): Worker {
    const worker = this.construct(
      // A job whose worker was killed mid-run is "stalled" and handed to another worker. BullMQ's default
      // fails it after one stall; a crash is not the job's fault (the fault test kills workers at random),
      // so it may be picked up again several times. Jobs are idempotent (jobId per filing and kind).
      (opts, backend) => new Worker(name, processor, { ...opts, concurrency, maxStalledCount: 10 } as never, backend as never),
    );
    worker.on('error', (err) => this.reportError(`worker ${name}`, err));
    this.workers.push(worker);
    return worker;
  }

  async onApplicationShutdown(): Promise<void> {
    this.closed = true;
    await Promise.allSettled(this.workers.map((w) => w.close()));
    await Promise.allSettled([...this.queues.values()].map((q) => q.close()));
    this.workers.length = 0;
    this.queues.clear();
    if (this.redis) {
      this.redis.disconnect();
      this.redis = null;
    }
  }

  /**
   * Once closed, a queue's errors are not news: BullMQ's PostgreSQL backend can open its LISTEN
   * connection after close() has returned (a wait that started just before), and that connection
   * only ends when the database stops, with «terminating connection due to administrator command».
   */
  private reportError(what: string, err: Error): void {
    if (!this.closed) this.logger.error(`${what}: ${err.message}`);
  }

  private construct<T>(make: (opts: Record<string, unknown>, backend: unknown) => T): T {
    const prefix = this.config.queue.prefix;
    if (this.kind === 'redis') {
      this.redis ??= new IORedis(this.config.queue.redisUrl as string, { maxRetriesPerRequest: null });
      return make({ connection: this.redis, prefix }, undefined);
    }
    return make(
      {
        prefix,
        connection: {
          // Direct, never through PgBouncer: the backend LISTENs and pins search_path=bullmq with a
          // startup option, both session state that transaction pooling does not keep.
          connectionString: this.directUrl,
          max: 4,
          application_name: 'veraz-queue',
        },
      },
      createPostgresBackend,
    );
  }
}
