import { defineJob, type JobPayload } from '@veraz/queue';

export interface RequerimientoEmailPayload extends JobPayload {
  institutionId: string;
  requerimientoId: string;
}

/** E-mails a generated requerimiento (sealed PDF attached) and records the notification. */
export const REQUERIMIENTO_EMAIL_JOB = defineJob<RequerimientoEmailPayload>('mail', 'mail:requerimiento');
