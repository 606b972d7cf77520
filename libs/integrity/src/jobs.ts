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

/** Scheduled: scores that fell behind (unscored filings, obligations changed after the last score). */
export interface CatchUpPayload extends JobPayload {
  institutionId: string;
}
export const INTEGRITY_CATCH_UP_JOB = defineJob<CatchUpPayload>('integrity', 'integrity.catch-up');
