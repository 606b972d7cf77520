import { defineJob } from '@veraz/queue';

export interface PersonBatchJob {
  institutionId: string;
  personIds: string[];
}

// Roster changes enqueue the obligations lib's recompute job in the same transaction.
export { OBLIGATIONS_RECOMPUTE_JOB } from '@veraz/obligations';

/** Sends the automatic invitations of roster people with an e-mail (outside the import's transaction). */
export const ROSTER_INVITE_JOB = defineJob<PersonBatchJob>('mail', 'roster:invite');

/** Ids per job: at most 1000 (contract 1). */
export const PERSON_BATCH = 1000;
