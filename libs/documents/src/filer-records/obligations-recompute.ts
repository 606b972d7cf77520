import { Injectable } from '@nestjs/common';
import { defineJob, JobQueue, type JobPayload } from '@veraz/queue';
import { TenantContext } from '@veraz/tenancy';
import { FilerFactsRepository } from './filer-facts.repository';

export interface ObligationsRecomputePayload extends JobPayload {
  institutionId: string;
  personIds: string[];
}

/**
 * Design contract 1/3: the obligations lib handles this job (same queue and name); here it is only
 * enqueued, so a stored aviso or constancia re-evaluates the filer's obligations.
 */
export const OBLIGATIONS_RECOMPUTE_JOB = defineJob<ObligationsRecomputePayload>('obligations', 'obligations.recompute');

/** Enqueues, in the caller's transaction, the recompute of the filer's roster person (none when the filer has no roster row). */
@Injectable()
export class ObligationsRecomputeTrigger {
  constructor(
    private readonly facts: FilerFactsRepository,
    private readonly jobs: JobQueue,
    private readonly tenant: TenantContext,
  ) {}

  async forUser(userId: string): Promise<string | null> {
    const personId = await this.facts.rosterPersonIdOf(userId);
    if (!personId) return null;
    await this.jobs.enqueue(OBLIGATIONS_RECOMPUTE_JOB, { institutionId: this.tenant.institutionId(), personIds: [personId] });
    return personId;
  }
}
