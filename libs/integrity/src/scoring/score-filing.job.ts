import { Injectable } from '@nestjs/common';
import { JobHandler, type JobHandlerInstance } from '@veraz/queue';
import { INTEGRITY_SCORE_FILING_JOB, type ScoreFilingPayload } from '../jobs';
import { FilingScoringService } from './filing-scoring.service';

/** Scores a filing after it is signed (enqueued after the filer's obligations are recomputed: rule 8 reads them). */
@Injectable()
@JobHandler(INTEGRITY_SCORE_FILING_JOB)
export class ScoreFilingHandler implements JobHandlerInstance<ScoreFilingPayload> {
  constructor(private readonly scoring: FilingScoringService) {}

  handle(payload: ScoreFilingPayload): Promise<{ thresholdVersion: number; scored: number }> {
    return this.scoring.scoreAfterFiling(payload.filingId);
  }
}
