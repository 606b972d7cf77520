import { defineJob } from '@veraz/queue';

export interface PersonBatchJob {
  institutionId: string;
  personIds: string[];
}

/**
 * Recomputes the obligations of these roster people (design contract 1). Enqueued in the same
 * transaction as the roster change; the obligations lib registers its handler.
 */
export const OBLIGATIONS_RECOMPUTE_JOB = defineJob<PersonBatchJob>('obligations', 'obligations.recompute');

/** Sends the automatic invitations of roster people with an e-mail (outside the import's transaction). */
export const ROSTER_INVITE_JOB = defineJob<PersonBatchJob>('mail', 'roster:invite');

/** Ids per job: at most 1000 (contract 1). */
export const PERSON_BATCH = 1000;
