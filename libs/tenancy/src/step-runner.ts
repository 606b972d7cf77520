import { Injectable } from '@nestjs/common';
import { UnitOfWork, type RunOptions } from './unit-of-work';

/**
 * The runner of flows that are several short transactions on purpose, because the caller is not
 * known (or not trusted) until a step has found out: sign-in (login, refresh, logout, switch),
 * invitation and password-reset links, the S1 token grant, and verifying an uploaded acuse. A
 * failed login's lockout counter and audit entries must commit while the request fails with 401,
 * and each audit entry goes to its own institution's chain. No platform or system scope here.
 */
@Injectable()
export class StepRunner {
  constructor(private readonly uow: UnitOfWork) {}

  inAuth<T>(fn: () => Promise<T>, options: RunOptions = {}): Promise<T> {
    return this.uow.inAuth(fn, options);
  }

  /** A step inside the institution a previous step found (a membership, an audit entry in its chain). */
  inTenant<T>(institutionId: string, fn: () => Promise<T>, options: RunOptions = {}): Promise<T> {
    return this.uow.inTenant(institutionId, fn, options);
  }

  inPublic<T>(fn: () => Promise<T>): Promise<T> {
    return this.uow.inPublic(fn);
  }
}
