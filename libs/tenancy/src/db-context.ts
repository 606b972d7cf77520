import type { EntityManager } from 'typeorm';

/**
 * What a transaction is allowed to see, enforced by row-level security policies:
 * - tenant:   one institution's rows (`app.institution_id`), the normal case for requests and jobs;
 * - platform: operator work on institutions and the platform audit chain, no tenant rows;
 * - auth:     pre-authentication flows (login, reset, invitation lookup by its secret);
 * - system:   infrastructure that must cross tenants without reading their content (the job relay).
 */
export type DbScope = 'tenant' | 'platform' | 'auth' | 'system' | 'public';

export interface DbContextState {
  scope: DbScope;
  institutionId: string | null;
  userId: string | null;
  manager: EntityManager;
}

export const DB_CONTEXT_KEY = 'veraz.db';

export class MissingDbContextError extends Error {
  constructor(what = 'a database context') {
    super(`No ${what} is active: run this code inside Db.inTenant/inPlatform/inAuth/inSystem`);
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
