import { Injectable } from '@nestjs/common';
import { OBLIGATIONS_RECOMPUTE_JOB } from '@veraz/obligations';
import { JobQueue } from '@veraz/queue';
import { TenantContext } from '@veraz/tenancy';
import { FilerFactsRepository } from './filer-facts.repository';

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
