import { Injectable } from '@nestjs/common';
import type { ObligationState } from '@veraz/contracts';
import { CurrentTransaction, TenantContext } from '@veraz/tenancy';

export interface StateCountRow {
  key: string | null;
  state: ObligationState;
  count: number;
}

/**
 * The state as of `today` ($2): a pending obligation past its due date is omisa (Normas; design rule 5)
 * even if the engine has not recomputed it yet.
 */
export const EFFECTIVE_STATE = `CASE WHEN o.state = 'PENDIENTE' AND o.due_date < $2::date THEN 'OMISA' ELSE o.state END`;

/** Aggregates over the current institution's obligations (read-only; RLS plus an explicit filter). */
@Injectable()
export class DashboardRepository {
  constructor(
    private readonly tx: CurrentTransaction,
    private readonly tenant: TenantContext,
  ) {}

  byState(today: string): Promise<StateCountRow[]> {
    return this.counts(`SELECT NULL AS key, ${EFFECTIVE_STATE} AS state, count(*)::int AS count
         FROM obligations o WHERE o.institution_id = $1 GROUP BY 2`, today);
  }

  /** Grouped by the person's current área: the roster row is the one source of it. */
  byArea(today: string): Promise<StateCountRow[]> {
    return this.counts(`SELECT p.area AS key, ${EFFECTIVE_STATE} AS state, count(*)::int AS count
         FROM obligations o JOIN roster_people p ON p.id = o.person_id AND p.institution_id = o.institution_id
        WHERE o.institution_id = $1 GROUP BY 1, 2`, today);
  }

  /** Due months (YYYY-MM) inside [from, to]. */
  byMonth(today: string, from: string, to: string): Promise<StateCountRow[]> {
    return this.counts(`SELECT to_char(o.due_date, 'YYYY-MM') AS key, ${EFFECTIVE_STATE} AS state, count(*)::int AS count
         FROM obligations o WHERE o.institution_id = $1 AND o.due_date BETWEEN $3::date AND $4::date GROUP BY 1, 2`, today, [from, to]);
  }

  /** The modificación obligations of one reported year (due in May of the next). */
  modificacion(today: string, periodKey: string): Promise<StateCountRow[]> {
    return this.counts(`SELECT NULL AS key, ${EFFECTIVE_STATE} AS state, count(*)::int AS count
         FROM obligations o WHERE o.institution_id = $1 AND o.kind = 'MODIFICACIÓN' AND o.period_key = $3 GROUP BY 2`, today, [periodKey]);
  }

  private async counts(sql: string, today: string, extra: unknown[] = []): Promise<StateCountRow[]> {
    const rows: Array<{ key: string | null; state: ObligationState; count: number }> = await this.tx
      .manager()
      .query(sql, [this.tenant.institutionId(), today, ...extra]);
    return rows.map((r) => ({ key: r.key, state: r.state, count: Number(r.count) }));
  }
}
