import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { CurrentTransaction } from '@veraz/tenancy';
import type { JobDefinition, JobPayload } from './job';
import { OutboxRepository } from './outbox.repository';

export interface EnqueueOptions {
  /** Deterministic id: enqueueing the same id twice yields one job. */
  jobId?: string;
}

/** One job for `enqueueAll`, its payload checked against its definition. */
export interface QueuedJob {
  definition: JobDefinition<JobPayload>;
  payload: JobPayload;
  options?: EnqueueOptions;
}

export function job<P extends JobPayload>(definition: JobDefinition<P>, payload: P, options?: EnqueueOptions): QueuedJob {
  return { definition, payload, options };
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
    return (await this.enqueueAll([{ definition, payload, options }]))[0]!;
  }

  /** Several jobs (each made with `job`) in one statement: signing enqueues its acuse and the obligations recompute together. */
  async enqueueAll(jobs: QueuedJob[]): Promise<string[]> {
    const context = this.tx.current();
    if (!context) throw new Error('enqueue must run inside a database context so it commits with its cause');
    const entries = jobs.map(({ definition, payload, options }) => {
      if (context.scope === 'tenant' && payload.institutionId !== context.institutionId) {
        throw new Error(`job ${definition.name} carries institution ${payload.institutionId} inside ${context.institutionId}`);
      }
      return { institutionId: payload.institutionId, queue: definition.queue, name: definition.name, jobId: options?.jobId ?? randomUUID(), payload };
    });
    await this.outbox.append(...entries);
    return entries.map((e) => e.jobId);
  }
}
