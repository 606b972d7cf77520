import { Injectable } from '@nestjs/common';
import type { RescoreRunView, RescoreState } from '@veraz/contracts';
import { col, CurrentTransaction, defineColumns, sqlRows, TenantContext } from '@veraz/tenancy';

export interface RescoreRunRow {
  id: string;
  thresholdVersion: number;
  state: RescoreState;
  total: number;
  done: number;
  cursorUserId: string | null;
  startedAt: Date;
  finishedAt: Date | null;
}

const RUN = defineColumns<RescoreRunRow>({
  id: col.text('id'),
  thresholdVersion: col.number('threshold_version'),
  state: col.value('state'),
  total: col.number('total'),
  done: col.number('done'),
  cursorUserId: col.textOrNull('cursor_user_id'),
  startedAt: col.value('started_at'),
  finishedAt: col.valueOrNull('finished_at'),
});

export function runView(row: RescoreRunRow): RescoreRunView {
  return {
    id: row.id,
    thresholdVersion: row.thresholdVersion,
    state: row.state,
    total: row.total,
    // Filings signed during the run are scored by their own job too; the bar never passes 100 %.
    done: Math.min(row.done, row.total),
    startedAt: row.startedAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

/** Batch re-score runs: one per threshold version, with its progress and the cursor it resumes from. */
@Injectable()
export class RescoreRunsRepository {
  constructor(
    private readonly tx: CurrentTransaction,
    private readonly tenant: TenantContext,
  ) {}

  private query<T = Record<string, unknown>>(sql: string, params: unknown[]): Promise<T[]> {
    return sqlRows<T>(this.tx.manager(), sql, params);
  }

  /** The version's run, created PENDIENTE with the filings to score; `created` is false when it existed. */
  async createForVersion(version: number): Promise<{ run: RescoreRunRow; created: boolean }> {
    const institutionId = this.tenant.institutionId();
    const inserted = await this.query(
      `INSERT INTO integrity_rescore_runs (institution_id, threshold_version, state, total)
       SELECT $1, $2, 'PENDIENTE', count(*) FROM filings WHERE institution_id = $1
       ON CONFLICT (institution_id, threshold_version) DO NOTHING RETURNING ${RUN.select}`,
      [institutionId, version],
    );
    if (inserted[0]) return { run: RUN.read(inserted[0]), created: true };
    const existing = await this.query(`SELECT ${RUN.select} FROM integrity_rescore_runs WHERE institution_id = $1 AND threshold_version = $2`, [institutionId, version]);
    return { run: RUN.read(existing[0]!), created: false };
  }

  async ofVersion(version: number): Promise<RescoreRunRow | null> {
    const rows = await this.query(`SELECT ${RUN.select} FROM integrity_rescore_runs WHERE institution_id = $1 AND threshold_version = $2`, [this.tenant.institutionId(), version]);
    return RUN.readFirst(rows);
  }

  async latest(): Promise<RescoreRunRow | null> {
    const rows = await this.query(`SELECT ${RUN.select} FROM integrity_rescore_runs WHERE institution_id = $1 ORDER BY started_at DESC, threshold_version DESC LIMIT 1`, [
      this.tenant.institutionId(),
    ]);
    return RUN.readFirst(rows);
  }

  /** The run, locked until the transaction ends: two workers on one run take turns per chunk. */
  async lock(id: string): Promise<RescoreRunRow | null> {
    const rows = await this.query(`SELECT ${RUN.select} FROM integrity_rescore_runs WHERE institution_id = $1 AND id = $2 FOR UPDATE`, [this.tenant.institutionId(), id]);
    return RUN.readFirst(rows);
  }

  /** A chunk is written: the cursor moves past its last user, in the chunk's transaction. */
  async advance(id: string, cursorUserId: string, scored: number): Promise<void> {
    await this.query(
      `UPDATE integrity_rescore_runs SET state = 'EN_CURSO', cursor_user_id = $3, done = done + $4, error = NULL WHERE institution_id = $1 AND id = $2`,
      [this.tenant.institutionId(), id, cursorUserId, scored],
    );
  }

  async finish(id: string): Promise<void> {
    await this.query(
      `UPDATE integrity_rescore_runs SET state = 'TERMINADA', total = greatest(total, done), finished_at = now(), error = NULL WHERE institution_id = $1 AND id = $2`,
      [this.tenant.institutionId(), id],
    );
  }

  /** Kept resumable: a retry of the job continues from the cursor. */
  async fail(id: string, error: string): Promise<void> {
    await this.query(`UPDATE integrity_rescore_runs SET state = 'FALLIDA', error = $3 WHERE institution_id = $1 AND id = $2 AND state <> 'TERMINADA'`, [
      this.tenant.institutionId(),
      id,
      error.slice(0, 500),
    ]);
  }
}
