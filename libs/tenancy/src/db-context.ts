import type { EntityManager } from 'typeorm';

/**
 * Every database scope: what a transaction in it can see (row-level security, migrations
 * Foundation, S1Publication, Documents and PlatformRowsSplit; people, sessions and institutions have
 * no row policy) and the runner that opens it. Runners open a unit of work; services and repositories only read
 * the current one (CurrentTransaction, TenantContext) and throw MissingDbContextError outside it.
 *
 * - tenant:   one institution's rows (`app.institution_id`). Opened by the request runner for member
 *             routes, operator routes on one institution (or the one they create, under an id the runner
 *             picks, so its audit chain starts with it) and public routes addressed to one (S1 data
 *             and open data by slug, verification by folio); the job runner for jobs whose payload
 *             has an institutionId; the CLI runner for `--institution SLUG` (and `institution create`);
 *             the step runner for a sign-in step inside an institution (membership, audit entry in its
 *             chain).
 * - platform: the platform audit chain, platform-wide S1 credentials, platform jobs (the platform_*
 *             tables); no tenant rows.
 *             Request runner (operator routes), job runner (jobs without institutionId), CLI runner.
 * - auth:     the person's own memberships (`app.user_id`), an invitation by its secret
 *             (`app.invitation_token_hash`), S1 credentials for token requests, the platform chain
 *             and platform jobs.
 *             Request runner (AccessGuard's principal lookup), step runner, CLI runner (an S1
 *             credential by id).
 * - system:   the outbox of every institution and the platform's, nothing else (the relay, and the job runner's
 *             schedules, which read the institution ids). Job runner only.
 * - public:   published S1 data of institutions that opted in to the shared endpoint, stored
 *             documents by hash. Request runner (shared S1 endpoint, slug lookups), step runner
 *             (verifying an uploaded acuse).
 *
 * The runners, the only files that may import UnitOfWork (besides libs/tenancy and tests; ESLint
 * enforces it with the RUNNERS list in eslint.config.mjs):
 *   apps/api/src/auth/context.interceptor.ts, access.guard.ts, institution-slugs.ts (request runner)
 *   libs/queue/src/job-workers.ts, outbox-relay.ts                                  (job runner)
 *   apps/api/src/cli/cli-runner.ts                                                  (CLI runner)
 *   libs/tenancy/src/step-runner.ts                                                 (step runner)
 * StepRunner, for flows that are several short transactions on purpose, is used only by the sign-in
 * services (libs/accounts authentication, password-reset, invitation-acceptance, invitations
 * describe/findPendingByToken), the S1 token grant (libs/s1 s1-token.service, s1-revocations) and
 * the acuse upload check (libs/documents verification.service `pdf`).
 */
export type DbScope = 'tenant' | 'platform' | 'auth' | 'system' | 'public';

/** Runs one batch of a long job in a short transaction of its own, opened by the caller's runner. */
export type BatchRunner = <T>(batch: () => Promise<T>) => Promise<T>;

export interface DbContextState {
  scope: DbScope;
  institutionId: string | null;
  userId: string | null;
  manager: EntityManager;
  /** A read-only transaction on the read replica (DATABASE_READ_URL). */
  replica: boolean;
}

export const DB_CONTEXT_KEY = 'veraz.db';

export class MissingDbContextError extends Error {
  constructor(what = 'database context') {
    super(`No ${what} is active: run this code inside a runner (request, job, CLI or step runner; see DbScope)`);
    this.name = 'MissingDbContextError';
  }
}

export class NestedDbContextError extends Error {
  constructor(outer: Pick<DbContextState, 'scope' | 'institutionId'>, inner: Pick<DbContextState, 'scope' | 'institutionId'>) {
    super(
      `Cannot open a ${inner.scope} context (${inner.institutionId ?? '-'}) inside a ${outer.scope} context (${outer.institutionId ?? '-'})`,
    );
    this.name = 'NestedDbContextError';
  }
}
