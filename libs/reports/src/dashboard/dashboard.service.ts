import { Injectable } from '@nestjs/common';
import { Clock } from '@veraz/config';
import { OBLIGATION_STATES, type DashboardView, type MayRateView, type StateCounts } from '@veraz/contracts';
import { DashboardRepository, type StateCountRow } from './dashboard.repository';

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
    // Sequential: the queries share the request's one transaction (one connection).
    const byState = await this.repo.byState(today);
    const byArea = await this.repo.byArea(today);
    const byMonth = await this.repo.byMonth(today, `${year}-01-01`, `${year}-12-31`);
    const may = await this.repo.modificacion(today, String(year - 1));
    const stateCounts = group(byState).get(null) ?? emptyCounts();
    const months = group(byMonth);
    return {
      today,
      total: sum(stateCounts),
      byState: stateCounts,
      byArea: [...group(byArea)]
        .map(([area, counts]) => ({ area, counts, total: sum(counts) }))
        .sort((a, b) => b.total - a.total || (a.area ?? '￿').localeCompare(b.area ?? '￿', 'es')),
      byMonth: Array.from({ length: 12 }, (_, i) => {
        const month = `${year}-${String(i + 1).padStart(2, '0')}`;
        const counts = months.get(month) ?? emptyCounts();
        return { month, counts, total: sum(counts) };
      }),
      may: mayRate(year, today, group(may).get(null) ?? emptyCounts()),
    };
  }
}

/** The May of `year`: modificación reporting year-1, due 31 May (Normas, Cuarta). */
export function mayRate(year: number, today: string, counts: StateCounts): MayRateView {
  const dueDate = `${year}-05-31`;
  const due = sum(counts);
  return {
    year,
    dueDate,
    due,
    onTime: counts.PRESENTADA_EN_TIEMPO,
    late: counts.PRESENTADA_EXTEMPORANEA,
    omisas: counts.OMISA,
    pending: counts.PENDIENTE,
    onTimeRate: due ? counts.PRESENTADA_EN_TIEMPO / due : null,
    phase: today < `${year}-05-01` ? 'ANTES' : today <= dueDate ? 'EN_CURSO' : 'CERRADO',
  };
}

function emptyCounts(): StateCounts {
  return Object.fromEntries(OBLIGATION_STATES.map((s) => [s, 0])) as StateCounts;
}

function sum(counts: StateCounts): number {
  return OBLIGATION_STATES.reduce((total, s) => total + counts[s], 0);
}

function group(rows: StateCountRow[]): Map<string | null, StateCounts> {
  const out = new Map<string | null, StateCounts>();
  for (const row of rows) {
    const counts = out.get(row.key) ?? emptyCounts();
    counts[row.state] += row.count;
    out.set(row.key, counts);
  }
  return out;
}
