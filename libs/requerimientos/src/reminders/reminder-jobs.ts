import { defineJob, type JobPayload } from '@veraz/queue';

export interface RemindersPayload extends JobPayload {
  institutionId: string;
}

export interface ReminderEmailPayload extends JobPayload {
  institutionId: string;
  obligationId: string;
  offsetDays: number;
}

/** Scheduled for every institution: finds the reminders due today and enqueues their e-mails. */
export const REMINDERS_JOB = defineJob<RemindersPayload>('mail', 'reminders');
/** One reminder e-mail (an obligation at one offset). */
export const REMINDER_EMAIL_JOB = defineJob<ReminderEmailPayload>('mail', 'mail:reminder');
