import { defineJob, type JobPayload } from '@veraz/queue';

/** Score a new filing (and the rest of its person's filings) under the current thresholds. */
export interface ScoreFilingPayload extends JobPayload {
  institutionId: string;
  filingId: string;
}
export const INTEGRITY_SCORE_FILING_JOB = defineJob<ScoreFilingPayload>('integrity', 'integrity.score-filing');

/** Re-score every filing of the institution under a threshold version, resumable from the run's cursor. */
export interface RescorePayload extends JobPayload {
  institutionId: string;
  runId: string;
}
export const INTEGRITY_RESCORE_JOB = defineJob<RescorePayload>('integrity', 'integrity.rescore');
