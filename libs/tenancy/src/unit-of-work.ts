import { Injectable } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { DataSource } from 'typeorm';
import { DB_CONTEXT_KEY, NestedDbContextError, type DbContextState, type DbScope } from './db-context';

export interface RunOptions {
  userId?: string | null;
  invitationTokenHash?: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Opens the transactions every query runs in. Each one sets its scope and institution with
 * transaction-local settings (`set_config(..., true)`), so nothing leaks to the next user of
 * a pooled connection, and keeps its EntityManager in AsyncLocalStorage for repositories (CurrentTransaction).
 * Only the runners listed next to DbScope may use it.
 */
@Injectable()
export class UnitOfWork {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cls: ClsService,
  ) {}

  async inTenant<T>(institutionId: string, fn: () => Promise<T>, options: RunOptions = {}): Promise<T> {
    if (!UUID.test(institutionId)) throw new Error('inTenant needs an institution id (uuid)');
    return this.run('tenant', institutionId, fn, options);
  }

  inPlatform<T>(fn: () => Promise<T>, options: RunOptions = {}): Promise<T> {
    return this.run('platform', null, fn, options);
  }

  inAuth<T>(fn: () => Promise<T>, options: RunOptions = {}): Promise<T> {
    return this.run('auth', null, fn, options);
  }

  inSystem<T>(fn: () => Promise<T>): Promise<T> {
    return this.run('system', null, fn, {});
  }

  /** Published S1 data only (public projections of institutions that opted in to the shared endpoint). */
  inPublic<T>(fn: () => Promise<T>): Promise<T> {
    return this.run('public', null, fn, {});
  }

  private current(): DbContextState | undefined {
    return this.cls.isActive() ? this.cls.get<DbContextState | undefined>(DB_CONTEXT_KEY) : undefined;
  }

  private async run<T>(scope: DbScope, institutionId: string | null, fn: () => Promise<T>, options: RunOptions): Promise<T> {
    const outer = this.current();
    if (outer) {
      // Re-entering the same context joins its transaction; anything else is a bug.
      if (outer.scope === scope && outer.institutionId === institutionId) return fn();
      throw new NestedDbContextError(outer, { scope, institutionId });
    }
    return this.cls.run({ ifNested: 'inherit' }, () =>
      this.dataSource.transaction(async (manager) => {
        await manager.query(
          `SELECT set_config('app.scope', $1, true), set_config('app.institution_id', $2, true),
                  set_config('app.user_id', $3, true), set_config('app.invitation_token_hash', $4, true)`,
          [scope, institutionId ?? '', options.userId ?? '', options.invitationTokenHash ?? ''],
        );
        const state: DbContextState = { scope, institutionId, userId: options.userId ?? null, manager };
        this.cls.set(DB_CONTEXT_KEY, state);
        try {
          return await fn();
        } finally {
          this.cls.set(DB_CONTEXT_KEY, undefined);
        }
      }),
    );
  }
}
