import { defineJob, type JobPayload } from '@veraz/queue';

export interface AvisoEmailPayload extends JobPayload {
  institutionId: string;
  avisoId: string;
}

/** Sends the filer the sealed acuse of their aviso, like a filing's acuse. */
export const AVISO_EMAIL_JOB = defineJob<AvisoEmailPayload>('mail', 'mail:aviso-acuse');
