import { defineJob, type JobPayload } from '@veraz/queue';

export interface AcuseEmailPayload extends JobPayload {
  institutionId: string;
  filingId: string;
}

/** Sends the filer their sealed acuse (never the declaration itself). */
export const ACUSE_EMAIL_JOB = defineJob<AcuseEmailPayload>('mail', 'mail:acuse');
