import { Inject, Injectable } from '@nestjs/common';
import { VERAZ_CONFIG, type VerazConfig } from '@veraz/config';
import { JobHandler, type JobHandlerInstance, type JobRunInfo } from '@veraz/queue';
import { INTEGRITY_CATCH_UP_JOB, type CatchUpPayload } from '../jobs';
import { CatchUpService, type CatchUpOutcome } from './catch-up.service';

/** Every INTEGRITY_CATCH_UP_INTERVAL_SECONDS per institution: scores that fell behind, in short transactions. */
@Injectable()
@JobHandler(INTEGRITY_CATCH_UP_JOB)
export class CatchUpHandler implements JobHandlerInstance<CatchUpPayload> {
  readonly runsInBatches = true;

  constructor(
    private readonly catchUp: CatchUpService,
    @Inject(VERAZ_CONFIG) private readonly config: VerazConfig,
  ) {}

  everyInstitutionEverySeconds(): number | null {
    return this.config.integrity.catchUpIntervalSeconds || null;
  }

  handle(_payload: CatchUpPayload, info: JobRunInfo): Promise<CatchUpOutcome> {
    if (!info.inBatch) throw new Error('integrity.catch-up runs in batches: the job runner must pass inBatch');
    return this.catchUp.run(info.inBatch);
  }
}
