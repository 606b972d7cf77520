import { Inject, Injectable } from '@nestjs/common';
import { VERAZ_CONFIG, type VerazConfig } from '@veraz/config';
import { defineJob, JobHandler, type JobHandlerInstance, type JobPayload } from '@veraz/queue';
import { AuditCheckpointsService } from './audit-checkpoints.service';

export interface AuditCheckpointPayload extends JobPayload {
  institutionId: string;
}

/** Seals the institution's audit chain head (scheduled for every institution). */
export const AUDIT_CHECKPOINT_JOB = defineJob<AuditCheckpointPayload>('documents', 'audit-checkpoint');

@Injectable()
@JobHandler(AUDIT_CHECKPOINT_JOB)
export class AuditCheckpointHandler implements JobHandlerInstance<AuditCheckpointPayload> {
  constructor(
    private readonly checkpoints: AuditCheckpointsService,
    @Inject(VERAZ_CONFIG) private readonly config: VerazConfig,
  ) {}

  everyInstitutionEverySeconds(): number | null {
    return this.config.audit.checkpointIntervalSeconds || null;
  }

  async handle(): Promise<{ sealedSeq: number | null; skipped: string | null }> {
    const result = await this.checkpoints.sealHead();
    return { sealedSeq: result.sealed?.seq ?? null, skipped: result.skipped };
  }
}
