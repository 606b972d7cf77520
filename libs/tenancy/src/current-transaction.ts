import { Injectable } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { DataSource, type EntityManager } from 'typeorm';
import { DB_CONTEXT_KEY, MissingDbContextError, type DbContextState } from './db-context';

/**
 * The current transaction, for repositories. It never opens one: a runner (see DbScope) does,
 * with UnitOfWork, and everything below it reads the context it was given.
 */
@Injectable()
export class CurrentTransaction {
  constructor(
    private readonly cls: ClsService,
    private readonly dataSource: DataSource,
  ) {}

  /** The current transaction's manager; throws when called outside a context. */
  manager(): EntityManager {
    const state = this.current();
    if (!state) throw new MissingDbContextError();
    return state.manager;
  }

  current(): DbContextState | undefined {
    return this.cls.isActive() ? this.cls.get<DbContextState | undefined>(DB_CONTEXT_KEY) : undefined;
  }

  /** A round trip outside any scope (health check): it reads no table, so it needs no transaction. */
  async ping(): Promise<void> {
    await this.dataSource.query('SELECT 1');
  }

  /**
   * One statement in its own implicit transaction, outside any scope: one round trip instead of
   * four, for a hot platform row (rate-limit counters) whose lock a transaction would hold longer.
   * Without a scope, row security hides every tenant row from it.
   */
  async standalone<T>(sql: string, params: unknown[]): Promise<T[]> {
    if (this.current()) throw new Error('standalone() runs outside a transaction, not inside one');
    return this.dataSource.query(sql, params);
  }
}
