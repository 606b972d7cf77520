import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { CurrentTransaction } from '@veraz/tenancy';
import type { JobDefinition, JobPayload } from './job';
import { OutboxRepository } from './outbox.repository';

export interface EnqueueOptions {
  /** Deterministic id: enqueueing the same id twice yields one job. */
  jobId?: string;
}

/**
 * The only way to enqueue: writes the job into the outbox inside the caller's transaction, so
 * a committed change always has its job and a rolled-back one never does. The relay hands it
 * to BullMQ after commit.
 */
@Injectable()
export class JobQueue {
  constructor(
    private readonly tx: CurrentTransaction,
    private readonly outbox: OutboxRepository,
  ) {}

  async enqueue<P extends JobPayload>(definition: JobDefinition<P>, payload: P, options: EnqueueOptions = {}): Promise<string> {
    const context = this.tx.current();
    if (!context) throw new Error('enqueue must run inside a database context so it commits with its cause');
    if (context.scope === 'tenant' && payload.institutionId !== context.institutionId) {
      throw new Error(`job ${definition.name} carries institution ${payload.institutionId} inside ${context.institutionId}`);
    }
    const jobId = options.jobId ?? randomUUID();
    await this.outbox.append({ institutionId: payload.institutionId, queue: definition.queue, name: definition.name, jobId, payload });
    return jobId;
  }
}
