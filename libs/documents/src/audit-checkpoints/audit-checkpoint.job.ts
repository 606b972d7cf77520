import { Inject, Injectable, Logger } from '@nestjs/common';
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
  private readonly logger = new Logger('AuditCheckpoint');

  constructor(
    private readonly checkpoints: AuditCheckpointsService,
    @Inject(VERAZ_CONFIG) private readonly config: VerazConfig,
  ) {}

  everyInstitutionEverySeconds(): number | null {
    return this.config.audit.checkpointIntervalSeconds || null;
  }

  async handle(payload: AuditCheckpointPayload): Promise<{ sealedSeq: number | null; skipped: string | null }> {
    const result = await this.checkpoints.sealHead();
    if (result.skipped === 'truncada' || result.skipped === 'reescrita') {
      this.logger.warn(`bitácora de la institución ${payload.institutionId}: ya no coincide con su último punto de control (${result.skipped}); ejecuta audit verify`);
    }
    return { sealedSeq: result.sealed?.seq ?? null, skipped: result.skipped };
  }
}
