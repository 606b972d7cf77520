import { Injectable } from '@nestjs/common';
import { JobHandler, type JobHandlerInstance, type JobRunInfo } from '@veraz/queue';
import { INTEGRITY_RESCORE_JOB, type RescorePayload } from '../jobs';
import { RescoreService, type RescoreOutcome } from './rescore.service';

/** The batch re-score after a threshold change: short transactions of its own, resumable from its cursor. */
@Injectable()
@JobHandler(INTEGRITY_RESCORE_JOB)
export class RescoreHandler implements JobHandlerInstance<RescorePayload> {
  readonly runsInBatches = true;

  constructor(private readonly rescore: RescoreService) {}

  handle(payload: RescorePayload, info: JobRunInfo): Promise<RescoreOutcome> {
    if (!info.inBatch) throw new Error('integrity.rescore runs in batches: the job runner must pass inBatch');
    return this.rescore.run(payload.runId, info.inBatch);
  }
}
