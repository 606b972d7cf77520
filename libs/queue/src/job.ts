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
}

/** Implemented by providers decorated with @JobHandler(definition). */
export interface JobHandlerInstance<P extends JobPayload = JobPayload> {
  handle(payload: P, info: JobRunInfo): Promise<unknown>;
  /**
   * A scheduled job: the job runner enqueues one for every institution each this many seconds
   * (payload `{ institutionId }`), on both backends; null turns the schedule off.
   */
  everyInstitutionEverySeconds?(): number | null;
}
