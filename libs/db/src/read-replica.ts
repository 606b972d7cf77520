import { Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { assertAppSession, DatabaseRoleError } from './app-login';
import { createDataSource, type EntityTarget } from './data-source';

/** After a failure, reads go to the primary for this long before the standby is tried again. */
export const READ_REPLICA_RETRY_MS = 5_000;
/** A standby that does not answer within this is treated as down (pg waits forever by default). */
const CONNECT_TIMEOUT_MS = 2_000;

export interface ReadReplicaOptions {
  url: string | undefined;
  entities: EntityTarget[];
  poolMax?: number;
  applicationName?: string;
}

/**
 * The read pool on DATABASE_READ_URL, a hot standby of the primary (S1 reads only, see UnitOfWork's
 * `replica` option). Without the URL it is absent and every read uses the primary. When the standby
 * cannot be reached, `source()` answers null for READ_REPLICA_RETRY_MS, so reads fall back to the
 * primary without paying a failed connection each; then one read tries the standby again.
 */
export class ReadReplica implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('ReadReplica');
  private dataSource: DataSource | null = null;
  private connecting: Promise<void> | null = null;
  private downUntil = 0;

  constructor(private readonly options: ReadReplicaOptions) {}

  get configured(): boolean {
    return !!this.options.url;
  }

  /** At boot: a wrong login stops the start; an unreachable standby only sends reads to the primary. */
  async onModuleInit(): Promise<void> {
    if (!this.configured) return;
    try {
      await this.connect();
    } catch (err) {
      if (err instanceof DatabaseRoleError) throw err;
      this.failed(err);
    }
  }

  async onModuleDestroy(): Promise<void> {
    const ds = this.dataSource;
    this.dataSource = null;
    await ds?.destroy().catch(() => undefined);
  }

  /** The standby's pool, or null: not configured, or down and not due for another try. */
  async source(): Promise<DataSource | null> {
    if (!this.configured || Date.now() < this.downUntil) return null;
    if (this.dataSource) return this.dataSource;
    try {
      await this.connect();
      return this.dataSource;
    } catch (err) {
      if (err instanceof DatabaseRoleError) this.logger.error({ err }, 'DATABASE_READ_URL no es un usuario de la aplicación: S1 lee del primario');
      this.failed(err);
      return null;
    }
  }

  /** The standby failed a read: the primary serves reads for a while (query conflicts excepted: they are per query). */
  failed(err: unknown): void {
    if (isStandbyConflict(err)) return;
    if (Date.now() >= this.downUntil) this.logger.warn({ err: describe(err) }, 'réplica de lectura no disponible: S1 lee del primario');
    this.downUntil = Date.now() + READ_REPLICA_RETRY_MS;
  }

  private connect(): Promise<void> {
    this.connecting ??= (async () => {
      const ds = createDataSource({
        url: this.options.url!,
        entities: this.options.entities,
        poolMax: this.options.poolMax,
        applicationName: this.options.applicationName,
        connectTimeoutMs: CONNECT_TIMEOUT_MS,
      });
      try {
        await ds.initialize();
        // Roles replicate, but the URL may name another login: the same check as the primary's.
        await assertAppSession(ds);
      } catch (err) {
        await ds.destroy().catch(() => undefined);
        throw err;
      }
      this.dataSource = ds;
    })().finally(() => {
      this.connecting = null;
    });
    return this.connecting;
  }
}

const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EPIPE', '57P01', '57P02', '57P03']);

/**
 * The standby could not answer (down, restarting, unreachable, or a query cancelled by WAL replay),
 * as opposed to an error of the query itself: the same read on the primary gives the right answer.
 */
export function isReplicaUnavailable(err: unknown): boolean {
  const e = (err as { driverError?: unknown })?.driverError ?? err;
  const code = String((e as { code?: unknown })?.code ?? '');
  const message = String((e as { message?: unknown })?.message ?? '');
  return (
    CONNECTION_CODES.has(code) ||
    code.startsWith('08') ||
    isStandbyConflict(e) ||
    /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(message)
  );
}

/** "canceling statement due to conflict with recovery": replay removed rows the query still needed. */
function isStandbyConflict(err: unknown): boolean {
  const e = (err as { driverError?: unknown })?.driverError ?? err;
  return /conflict with recovery/i.test(String((e as { message?: unknown })?.message ?? ''));
}

function describe(err: unknown): string {
  const e = (err as { driverError?: unknown })?.driverError ?? err;
  return e instanceof Error ? `${(e as { code?: string }).code ?? e.name}: ${e.message}` : String(e);
}
