import { defineJob } from '@veraz/queue';

export type AccountEmailJob =
  | { institutionId: string; kind: 'invitation'; invitationId: string }
  | { institutionId: null; kind: 'password-reset'; resetId: string };

/** Invitation and password-reset messages; the link is unsealed only inside the job. */
export const ACCOUNT_EMAIL = defineJob<AccountEmailJob>('mail', 'account-email');
