import { DECLARATION_TIPO_LABELS, RISK_RULES, type RiskRuleCode, type WealthPoint } from '@veraz/contracts';
import { formatCalendarDate, formatMoney } from '../../components/format';

/** A filing on the chart's axis: the date it reports on, then its tipo (two lines). */
export function pointLabel(point: WealthPoint): string[] {
  return [formatCalendarDate(point.fecha), DECLARATION_TIPO_LABELS[point.tipo]];
}

const monthYear = new Intl.DateTimeFormat('es-MX', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const SHORT_TIPO: Record<WealthPoint['tipo'], string> = { INICIAL: 'Inicial', MODIFICACIÓN: 'Modificación', CONCLUSIÓN: 'Conclusión' };

/** The same on a phone: "ene 2023" over "Inicial", so the labels fit flat instead of slanting over the plot. */
export function shortPointLabel(point: WealthPoint): string[] {
  const date = new Date(`${point.fecha}T00:00:00Z`);
  return [Number.isNaN(date.getTime()) ? point.fecha : monthYear.format(date), SHORT_TIPO[point.tipo]];
}

export function flagTitle(code: RiskRuleCode): string {
  return RISK_RULES[code]?.title ?? code;
}

/** What the chart shows, in one paragraph: the span, the net worth at both ends and the flagged filings. */
export function evolutionSummary(points: WealthPoint[]): string {
  if (points.length === 0) return 'Esta persona no tiene declaraciones presentadas.';
  const first = points[0]!;
  const last = points.at(-1)!;
  const span =
    points.length === 1
      ? `Una declaración, al ${formatCalendarDate(first.fecha)}, con un patrimonio neto de ${formatMoney(first.patrimonioNeto)}.`
      : `${points.length} declaraciones, del ${formatCalendarDate(first.fecha)} al ${formatCalendarDate(last.fecha)}; el patrimonio neto pasó de ${formatMoney(first.patrimonioNeto)} a ${formatMoney(last.patrimonioNeto)}.`;
  const flagged = points.filter((p) => p.flags.length > 0);
  const flags =
    flagged.length === 0
      ? 'Ninguna tiene señales de riesgo.'
      : `${flagged.length === 1 ? 'Una tiene' : `${flagged.length} tienen`} señales de riesgo (marcadas con un rombo rojo): ${flagged.map((p) => `folio ${p.folio}`).join(', ')}.`;
  return `${span} ${flags}`;
}
