import type { BatchRunner } from '@veraz/tenancy';

/**
 * Every job payload names the institution it works for (null only for platform jobs such as a
 * password reset, which belongs to a person rather than an institution). The worker opens that
 * institution's context before calling the handler; the database rejects a payload whose
 * institutionId differs from the row's institution_id.
 */
export interface JobPayload {
  institutionId: string | null;
}

/** A kind of job: the BullMQ queue it travels on and the handler name inside that queue. */
export interface JobDefinition<P extends JobPayload = JobPayload> {
  readonly queue: string;
  readonly name: string;
  /** Phantom field so definitions carry their payload type. */
  readonly __payload?: P;
}

export function defineJob<P extends JobPayload>(queue: string, name: string): JobDefinition<P> {
  return { queue, name };
}

export interface JobRunInfo {
  jobId: string;
  attempt: number;
  /** Only for handlers that `runInBatches`: opens a short transaction of its own in the payload's institution. */
  inBatch?: BatchRunner;
}

/** Implemented by providers decorated with @JobHandler(definition). */
export interface JobHandlerInstance<P extends JobPayload = JobPayload> {
  handle(payload: P, info: JobRunInfo): Promise<unknown>;
  /**
   * A long job (a batch re-score) that commits its progress as it goes: the runner opens no
   * transaction around `handle` and passes `info.inBatch` instead, one short transaction per batch.
   */
  readonly runsInBatches?: boolean;
  /**
   * A scheduled job: the job runner enqueues one for every institution each this many seconds
   * (payload `{ institutionId }`), on both backends; null turns the schedule off.
   */
  everyInstitutionEverySeconds?(): number | null;
}
