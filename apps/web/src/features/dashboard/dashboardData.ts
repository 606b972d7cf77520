import { OBLIGATION_STATE_LABELS, OBLIGATION_STATES, type DashboardView, type MayRateView, type ObligationState, type StateCounts } from '@veraz/contracts';

/** One chart's numbers: a row per category, a column per obligation state (the table fallback shows the same). */
export interface StateSeries {
  categories: string[];
  rows: StateCounts[];
}

const MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];

export const NO_AREA = 'Sin área registrada';

export function monthName(month: string): string {
  return MONTHS[Number(month.slice(5, 7)) - 1] ?? month;
}

export function byStateSeries(d: DashboardView): StateSeries {
  return { categories: ['Todas las obligaciones'], rows: [d.byState] };
}

export function byAreaSeries(d: DashboardView): StateSeries {
  return { categories: d.byArea.map((a) => a.area ?? NO_AREA), rows: d.byArea.map((a) => a.counts) };
}

export function byMonthSeries(d: DashboardView): StateSeries {
  return { categories: d.byMonth.map((m) => monthName(m.month)), rows: d.byMonth.map((m) => m.counts) };
}

export function count(n: number, one: string, many: string): string {
  return n === 1 ? `1 ${one}` : `${n.toLocaleString('es-MX')} ${many}`;
}

export function percent(rate: number): string {
  return `${(rate * 100).toLocaleString('es-MX', { maximumFractionDigits: 1 })} %`;
}

/** «De 7 obligaciones: 2 pendientes, 2 presentadas en tiempo, 1 presentada extemporánea y 2 omisas.» */
export function stateSummary(counts: StateCounts): string {
  const total = OBLIGATION_STATES.reduce((n, s) => n + counts[s], 0);
  if (total === 0) return 'Todavía no hay obligaciones calculadas.';
  const parts = OBLIGATION_STATES.filter((s) => counts[s] > 0).map((s) => `${counts[s].toLocaleString('es-MX')} ${stateWord(s, counts[s])}`);
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} y ${parts[parts.length - 1]}` : parts[0];
  return `De ${count(total, 'obligación', 'obligaciones')}: ${list}.`;
}

function stateWord(state: ObligationState, n: number): string {
  const label = OBLIGATION_STATE_LABELS[state].toLowerCase();
  if (n === 1) return label;
  // «presentada en tiempo» → «presentadas en tiempo»; «omisa» → «omisas».
  return label.replace(/^(\w+)/u, '$1s').replace(/ extemporánea$/, ' extemporáneas');
}

export function areaSummary(d: DashboardView): string {
  if (d.byArea.length === 0) return 'Todavía no hay obligaciones por área.';
  const withOmisas = d.byArea.filter((a) => a.counts.OMISA > 0).sort((a, b) => b.counts.OMISA - a.counts.OMISA);
  const areas = count(d.byArea.length, 'área', 'áreas');
  if (withOmisas.length === 0) return `${areas}; ninguna tiene omisos.`;
  const top = withOmisas[0]!;
  return `${areas}; la de más omisos es ${top.area ?? NO_AREA} (${count(top.counts.OMISA, 'omisa', 'omisas')} de ${top.total.toLocaleString('es-MX')}).`;
}

export function monthSummary(d: DashboardView): string {
  const year = d.today.slice(0, 4);
  const busiest = [...d.byMonth].sort((a, b) => b.total - a.total)[0];
  if (!busiest || busiest.total === 0) return `Ninguna obligación vence en ${year}.`;
  const total = d.byMonth.reduce((n, m) => n + m.total, 0);
  return `${count(total, 'obligación vence', 'obligaciones vencen')} en ${year}; el mes con más vencimientos es ${monthName(busiest.month)} (${busiest.total.toLocaleString('es-MX')}).`;
}

/** The May rate in words: what is due, what was presented in time, and whether May is over. */
export function maySummary(may: MayRateView): string {
  const subject = `Declaraciones de modificación de mayo de ${may.year}`;
  if (may.due === 0) return `${subject}: todavía no hay obligaciones calculadas.`;
  const rate = percent(may.onTimeRate ?? 0);
  const inTime = `${may.onTime.toLocaleString('es-MX')} de ${may.due.toLocaleString('es-MX')} presentadas en tiempo (${rate})`;
  switch (may.phase) {
    case 'ANTES':
      return `${subject}: el plazo abre el 1 de mayo; ${inTime}.`;
    case 'EN_CURSO':
      return `${subject}: el plazo corre hasta el 31 de mayo; van ${inTime} y ${count(may.pending, 'pendiente', 'pendientes')}.`;
    case 'CERRADO':
      return `${subject}: plazo cerrado; ${inTime}, ${count(may.late, 'extemporánea', 'extemporáneas')} y ${count(may.omisas, 'omisa', 'omisas')}.`;
  }
}

const CALENDAR = new Intl.DateTimeFormat('es-MX', { dateStyle: 'long', timeZone: 'UTC' });

/** A calendar day (YYYY-MM-DD) in words, the same day wherever the browser is. */
export function calendarDate(day: string): string {
  return CALENDAR.format(new Date(`${day}T00:00:00Z`));
}
