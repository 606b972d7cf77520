import { Injectable } from '@nestjs/common';
import type { StateCounts } from '@veraz/contracts';
import { CurrentTransaction, TenantContext } from '@veraz/tenancy';

/**
 * The state as of `today` ($2): a pending obligation past its due date is omisa (design rule 5) even if
 * the engine has not recomputed it yet. Used by the exports; the dashboard counts the same with FILTERs.
 */
export const EFFECTIVE_STATE = `CASE WHEN o.state = 'PENDIENTE' AND o.due_date < $2::date THEN 'OMISA' ELSE o.state END`;

const COUNTS = `count(*) FILTER (WHERE o.state = 'PENDIENTE' AND o.due_date >= $2::date)::int AS "PENDIENTE",
       count(*) FILTER (WHERE o.state = 'PRESENTADA_EN_TIEMPO')::int AS "PRESENTADA_EN_TIEMPO",
       count(*) FILTER (WHERE o.state = 'PRESENTADA_EXTEMPORANEA')::int AS "PRESENTADA_EXTEMPORANEA",
       count(*) FILTER (WHERE o.state = 'OMISA' OR (o.state = 'PENDIENTE' AND o.due_date < $2::date))::int AS "OMISA"`;

/** One group of the dashboard's single pass: an área, or a (due month of the year, May modificación) pair. */
export interface TallyRow extends StateCounts {
  /** True for the área groups; false for the (month, may) groups, which together hold every obligation. */
  byArea: boolean;
  area: string | null;
  /** 1–12 when due in the year asked for, else null. */
  month: number | null;
  /** A modificación of the reported year asked for (due 31 May). */
  may: boolean;
}

/** Aggregates over the current institution's obligations (read-only; RLS plus an explicit filter). */
@Injectable()
export class DashboardRepository {
  constructor(
    private readonly tx: CurrentTransaction,
    private readonly tenant: TenantContext,
  ) {}

  /**
   * Every count of the dashboard in one scan and one join (GROUPING SETS): by the person's current área,
   * and by (due month within [from, to], is-it-May's-modificación). Counting states with FILTER rather
   * than grouping by a state expression keeps the groups few; measured in bench/dashboard-bench.js.
   */
  async tallies(today: string, from: string, to: string, mayPeriodKey: string): Promise<TallyRow[]> {
    const rows: TallyRow[] = await this.tx.manager().query(
      `SELECT GROUPING(p.area) = 0 AS "byArea", p.area,
              CASE WHEN o.due_date BETWEEN $3::date AND $4::date THEN extract(month FROM o.due_date)::int END AS month,
              (o.kind = 'MODIFICACIÓN' AND o.period_key = $5) AS may,
              ${COUNTS}
         FROM obligations o
         JOIN roster_people p ON p.id = o.person_id AND p.institution_id = o.institution_id
        WHERE o.institution_id = $1
        GROUP BY GROUPING SETS ((p.area), (3, 4))`,
      [this.tenant.institutionId(), today, from, to, mayPeriodKey],
    );
    return rows;
  }
}
