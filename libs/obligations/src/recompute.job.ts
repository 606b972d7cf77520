import { Inject, Injectable } from '@nestjs/common';
import { VERAZ_CONFIG, type VerazConfig } from '@veraz/config';
import { defineJob, JobHandler, JobQueue, type JobHandlerInstance, type JobPayload, type QueuedJob } from '@veraz/queue';
import { ObligationsService, type RecomputeSummary } from './persistence/obligations.service';

/**
 * Recompute obligations (design contract 1). `personIds` (≤ 1000 per job) from roster changes;
 * `userIds` from a filing, aviso or constancia (resolved through roster_people.user_id); neither: the
 * whole institution (the daily schedule, which turns PENDIENTE into OMISA as due dates pass).
 */
export interface ObligationsRecomputePayload extends JobPayload {
  institutionId: string;
  personIds?: string[];
  userIds?: string[];
  /**
   * Jobs to enqueue once the obligations are written (in the same transaction): what reads them, such
   * as a filing's risk score (rule 8), runs after them instead of racing them.
   */
  then?: QueuedJob[];
}

export const OBLIGATIONS_RECOMPUTE_JOB = defineJob<ObligationsRecomputePayload>('obligations', 'obligations.recompute');

@Injectable()
@JobHandler(OBLIGATIONS_RECOMPUTE_JOB)
export class ObligationsRecomputeHandler implements JobHandlerInstance<ObligationsRecomputePayload> {
  constructor(
    private readonly obligations: ObligationsService,
    private readonly jobs: JobQueue,
    @Inject(VERAZ_CONFIG) private readonly config: VerazConfig,
  ) {}

  everyInstitutionEverySeconds(): number | null {
    return this.config.obligations.recomputeIntervalSeconds || null;
  }

  async handle(payload: ObligationsRecomputePayload): Promise<Omit<RecomputeSummary, 'problems'> & { problems: number }> {
    const summary = payload.personIds
      ? await this.obligations.recompute(payload.personIds)
      : payload.userIds
        ? await this.obligations.recomputeUsers(payload.userIds)
        : await this.obligations.recomputeInstitution();
    if (payload.then?.length) await this.jobs.enqueueAll(payload.then);
    return { ...summary, problems: summary.problems.length };
  }
}
