import { Injectable } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { DB_CONTEXT_KEY, MissingDbContextError, type DbContextState } from './db-context';

/**
 * Who and which institution the current code works for. Reading the institution outside a
 * tenant context throws instead of returning undefined, so a missing context cannot turn into
 * an unfiltered query.
 */
@Injectable()
export class TenantContext {
  constructor(private readonly cls: ClsService) {}

  institutionId(): string {
    const state = this.state();
    if (state?.scope !== 'tenant' || !state.institutionId) throw new MissingDbContextError('tenant context');
    return state.institutionId;
  }

  userId(): string | null {
    return this.state()?.userId ?? null;
  }

  private state(): DbContextState | undefined {
    return this.cls.isActive() ? this.cls.get<DbContextState | undefined>(DB_CONTEXT_KEY) : undefined;
  }
}
