import { Injectable } from '@nestjs/common';
import { Clock } from '@veraz/config';
import { OBLIGATION_STATES, type DashboardView, type MayRateView, type StateCounts } from '@veraz/contracts';
import { DashboardRepository } from './dashboard.repository';

/** The OIC's dashboard, judged on the deadline clock's today (Mexico City). */
@Injectable()
export class DashboardService {
  constructor(
    private readonly repo: DashboardRepository,
    private readonly clock: Clock,
  ) {}

  async get(): Promise<DashboardView> {
    const today = this.clock.today();
    const year = Number(today.slice(0, 4));
    // May of `year` is when the modificación reporting year-1 is due (Normas, Cuarta).
    const rows = await this.repo.tallies(today, `${year}-01-01`, `${year}-12-31`, String(year - 1));
    const areas = rows.filter((r) => r.byArea);
    const rest = rows.filter((r) => !r.byArea);
    const byState = total(rest);
    return {
      today,
      total: sum(byState),
      byState,
      byArea: areas
        .map((r) => ({ area: r.area, counts: counts(r), total: sum(r) }))
        .sort((a, b) => b.total - a.total || (a.area ?? '￿').localeCompare(b.area ?? '￿', 'es')),
      byMonth: Array.from({ length: 12 }, (_, i) => {
        const c = total(rest.filter((r) => r.month === i + 1));
        return { month: `${year}-${String(i + 1).padStart(2, '0')}`, counts: c, total: sum(c) };
      }),
      may: mayRate(year, today, total(rest.filter((r) => r.may))),
    };
  }
}

/** The May of `year`: modificación reporting year-1, due 31 May. */
export function mayRate(year: number, today: string, c: StateCounts): MayRateView {
  const dueDate = `${year}-05-31`;
  const due = sum(c);
  return {
    year,
    dueDate,
    due,
    onTime: c.PRESENTADA_EN_TIEMPO,
    late: c.PRESENTADA_EXTEMPORANEA,
    omisas: c.OMISA,
    pending: c.PENDIENTE,
    onTimeRate: due ? c.PRESENTADA_EN_TIEMPO / due : null,
    phase: today < `${year}-05-01` ? 'ANTES' : today <= dueDate ? 'EN_CURSO' : 'CERRADO',
  };
}

function counts(r: StateCounts): StateCounts {
  return Object.fromEntries(OBLIGATION_STATES.map((s) => [s, Number(r[s])])) as StateCounts;
}

function total(rows: StateCounts[]): StateCounts {
  const out = counts({ PENDIENTE: 0, PRESENTADA_EN_TIEMPO: 0, PRESENTADA_EXTEMPORANEA: 0, OMISA: 0 });
  for (const r of rows) for (const s of OBLIGATION_STATES) out[s] += Number(r[s]);
  return out;
}

function sum(c: StateCounts): number {
  return OBLIGATION_STATES.reduce((n, s) => n + Number(c[s]), 0);
}
