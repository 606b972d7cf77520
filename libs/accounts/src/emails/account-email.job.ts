import { defineJob } from '@veraz/queue';

export type AccountEmailJob =
  | { institutionId: string; kind: 'invitation'; invitationId: string }
  /** emailSealed: the address as typed, sealed (see PasswordResetService.request); absent from jobs enqueued before it was. */
  | { institutionId: null; kind: 'password-reset'; resetId: string; emailSealed?: string };

/** Invitation and password-reset messages; the link is unsealed only inside the job. */
export const ACCOUNT_EMAIL = defineJob<AccountEmailJob>('mail', 'account-email');
