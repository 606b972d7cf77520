import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { Client } from 'pg';
import { DIRECT_DATABASE_URL } from '@veraz/db';
import { UnitOfWork } from '@veraz/tenancy';
import { OutboxRepository } from './outbox.repository';
import { QueueConnection } from './queue-connection';

const BATCH = 200;
const POLL_MS = 2000;

/**
 * Moves committed outbox rows (institutions' and platform jobs) into BullMQ. Woken by NOTIFY when an
 * enqueuing transaction commits (both outboxes notify the one channel) and by a slow poll as a safety
 * net. Rows are claimed with SKIP LOCKED so several relays can run; the deterministic BullMQ job id
 * makes a repeated hand-off harmless.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('OutboxRelay');
  private listener: Client | null = null;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;

  constructor(
    private readonly outbox: OutboxRepository,
    private readonly uow: UnitOfWork,
    private readonly connection: QueueConnection,
    @Inject(DIRECT_DATABASE_URL) private readonly directUrl: string,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.stopped = false;
    // LISTEN lives on one server session: through a transaction-pooling PgBouncer it would be lost, so the
    // listener goes straight to PostgreSQL (DATABASE_DIRECT_URL); the claims below use the pooled app pool.
    this.listener = new Client({ connectionString: this.directUrl, application_name: 'veraz-relay' });
    this.listener.on('error', (err) => this.logger.warn(`LISTEN: ${err.message}`));
    this.listener.on('notification', () => this.kick());
    await this.listener.connect();
    await this.listener.query('LISTEN veraz_outbox');
    this.timer = setInterval(() => this.kick(), POLL_MS);
    this.kick();
  }

  // Before the application-shutdown hooks, where QueueConnection closes the queues: a hand-off still
  // running when its queue closed never settled, and the process hung on exit.
  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
    await this.listener?.end().catch(() => undefined);
    this.listener = null;
  }

  /** Relays until the outbox is empty; exposed for tests and the CLI. */
  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const moved = await this.relayBatch();
      total += moved;
      if (moved < BATCH || this.stopped) return total;
    }
  }

  private kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = (async () => {
      do {
        this.again = false;
        try {
          await this.drain();
        } catch (err) {
          this.logger.error(`relay: ${(err as Error).message}`);
        }
      } while (this.again && !this.stopped);
    })().finally(() => {
      this.running = null;
    });
  }

  private relayBatch(): Promise<number> {
    return this.uow.inSystem(async () => {
      const rows = await this.outbox.claimPending(BATCH);
      let moved = 0;
      for (const row of rows) {
        // Stopping: what is left stays in the outbox for the next start.
        if (this.stopped) break;
        try {
          await this.connection.queue(row.queue).add(row.name, row.payload, this.connection.jobOptions(row.jobId));
          await this.outbox.markRelayed(row);
          moved++;
        } catch (err) {
          await this.outbox.markFailed(row, (err as Error).message);
        }
      }
      return moved;
    });
  }
}
