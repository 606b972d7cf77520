import { Injectable } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { DataSource, type EntityManager } from 'typeorm';
import { isReplicaUnavailable, ReadReplica } from '@veraz/db';
import { DB_CONTEXT_KEY, NestedDbContextError, type DbContextState, type DbScope } from './db-context';

export interface RunOptions {
  userId?: string | null;
  invitationTokenHash?: string | null;
  /**
   * Reads only, allowed to lag behind the primary by the replication delay (S1 queries, the change
   * feed): run on the read replica (DATABASE_READ_URL) when there is one and it answers, otherwise
   * on the primary. `fn` may run twice (replica, then primary), so it must not write anything.
   */
  replica?: boolean;
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
    private readonly replica: ReadReplica,
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
  inPublic<T>(fn: () => Promise<T>, options: Pick<RunOptions, 'replica'> = {}): Promise<T> {
    return this.run('public', null, fn, { replica: options.replica });
  }

  /**
   * `fn` in one REPEATABLE READ transaction on the read replica, so everything it reads is one
   * snapshot (a whole bulk download); `orElse()` when there is no replica or it cannot be reached.
   * A standby's snapshot holds nothing on the primary but its xmin (hot_standby_feedback; see RELIABILITY.md).
   */
  async inReplicaSnapshot<T>(institutionId: string, fn: () => Promise<T>, orElse: () => Promise<T>): Promise<T> {
    if (!UUID.test(institutionId)) throw new Error('inReplicaSnapshot needs an institution id (uuid)');
    const replica = await this.replica.source();
    if (!replica || this.current()) return orElse();
    let started = false;
    try {
      const begun = () => {
        started = true;
        return fn();
      };
      return await this.transaction(replica, 'tenant', institutionId, begun, {}, true);
    } catch (err) {
      // Once `fn` started it may have answered part of its work: never start it again.
      if (started || !isReplicaUnavailable(err)) throw err;
      this.replica.failed(err);
      return orElse();
    }
  }

  private current(): DbContextState | undefined {
    return this.cls.isActive() ? this.cls.get<DbContextState | undefined>(DB_CONTEXT_KEY) : undefined;
  }

  private async run<T>(scope: DbScope, institutionId: string | null, fn: () => Promise<T>, options: RunOptions): Promise<T> {
    const outer = this.current();
    if (outer) {
      // Re-entering the same context joins its transaction (a read may join the primary's, never a write the replica's); anything else is a bug.
      if (outer.scope === scope && outer.institutionId === institutionId && (!outer.replica || options.replica)) return fn();
      throw new NestedDbContextError(outer, { scope, institutionId });
    }
    const replica = options.replica ? await this.replica.source() : null;
    if (replica) {
      try {
        return await this.transaction(replica, scope, institutionId, fn, options, true);
      } catch (err) {
        if (!isReplicaUnavailable(err)) throw err;
        // The standby went away under the read (or cancelled it): it wrote nothing, so the primary answers it instead.
        this.replica.failed(err);
      }
    }
    return this.transaction(this.dataSource, scope, institutionId, fn, options, false);
  }

  private transaction<T>(
    source: DataSource,
    scope: DbScope,
    institutionId: string | null,
    fn: () => Promise<T>,
    options: RunOptions,
    replica: boolean,
  ): Promise<T> {
    const work = async (manager: EntityManager) => {
      await manager.query(
        `SELECT set_config('app.scope', $1, true), set_config('app.institution_id', $2, true),
                set_config('app.user_id', $3, true), set_config('app.invitation_token_hash', $4, true)`,
        [scope, institutionId ?? '', options.userId ?? '', options.invitationTokenHash ?? ''],
      );
      const state: DbContextState = { scope, institutionId, userId: options.userId ?? null, manager, replica };
      this.cls.set(DB_CONTEXT_KEY, state);
      try {
        return await fn();
      } finally {
        this.cls.set(DB_CONTEXT_KEY, undefined);
      }
    };
    // On the standby, REPEATABLE READ costs nothing and keeps a count and its page in one snapshot.
    return this.cls.run({ ifNested: 'inherit' }, () => (replica ? source.transaction('REPEATABLE READ', work) : source.transaction(work)));
  }
}
