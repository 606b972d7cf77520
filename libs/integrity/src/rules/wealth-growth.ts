import type { RiskSource } from '@veraz/contracts';
import { decimal, filingLabel, folioLabel, percent, round, sourceOf } from '../engine/explain';
import { amountFieldOf, SECTION_NAMES, WEALTH_SECTIONS, type WealthSection } from '../engine/items';
import { fechaCorta } from '../engine/json';
import { pesos } from '../engine/money';
import type { FilingFacts, Rule, RuleResult, ScoringInput } from '../engine/types';
import { missingOver, monthsBetween, netWorthOver, wealthOf, type IncomeFacts, type WealthSummary } from '../engine/wealth';

/**
 * Group 1: unexplained growth of net worth between consecutive filings of the same person.
 *   what could be saved = the period's declared net income − the estimated living cost (a share of it)
 *   unexplained         = rise in net worth − what could be saved
 * It flags when the unexplained part exceeds `crecimientoMesesDeIngreso` months of declared income
 * (Mongolia's rule: six). Only the sections both filings carry are compared (a simplified filing has no
 * assets). Severity: always ALTA — this is the signal the PDN exists for, and the institution's threshold
 * already says how much growth it tolerates (a MEDIA tied with one foreign account or boat in the queue).
 */

interface Growth {
  previous: WealthSummary;
  current: WealthSummary;
  sections: WealthSection[];
  income: IncomeFacts;
  months: number;
}

/** What rule 1 compares, the missing rates that keep it from being evaluated, or null when it does not apply. */
export function growthInputs(input: ScoringInput): Growth | { missing: string[] } | null {
  const { filing, previous, rates } = input;
  if (!previous) return null;
  const current = wealthOf(filing, rates);
  const before = wealthOf(previous, rates);
  const sections = WEALTH_SECTIONS.filter((s) => current.sections[s].present && before.sections[s].present);
  if (sections.length === 0) return null;
  const missing = new Set([...missingOver(current, sections), ...missingOver(before, sections), ...current.incomeMissing]);
  if (missing.size > 0) return { missing: [...missing].sort() };
  const months = monthsBetween(previous.fecha, filing.fecha);
  if (!current.income || months === null || months <= 0) return null;
  return { previous: before, current, sections, income: current.income, months };
}

export const wealthGrowthRule: Rule = {
  codes: ['CRECIMIENTO_NO_EXPLICADO'],
  evaluate(input: ScoringInput): RuleResult[] {
    const growth = growthInputs(input);
    if (!growth || 'missing' in growth) return [];
    const { previous, current, sections, income, months } = growth;
    const { thresholds } = input;
    const before = netWorthOver(previous, sections);
    const after = netWorthOver(current, sections);
    const rise = after - before;
    const periodIncome = income.monthly * months;
    const livingCost = thresholds.costoDeVidaProporcion * periodIncome;
    const savings = periodIncome - livingCost;
    const unexplained = rise - savings;
    const threshold = thresholds.crecimientoMesesDeIngreso * income.monthly;
    if (unexplained <= threshold) return [];
    const prevFiling = input.previous as FilingFacts;
    const explanation =
      `El patrimonio neto del declarante pasó de ${pesos(before)} (${filingLabel(prevFiling)}) a ${pesos(after)} ` +
      `(${filingLabel(input.filing)}): aumentó ${pesos(rise)} en ${decimal(months)} meses. ` +
      `El ingreso neto declarado del periodo se estima en ${pesos(periodIncome)}: ${pesos(income.monthly)} al mes ` +
      `(${incomeOrigin(income, input.filing)}) por ${decimal(months)} meses. ` +
      `Menos el costo de vida estimado, ${pesos(livingCost)} (${percent(thresholds.costoDeVidaProporcion)} del ingreso), ` +
      `pudo ahorrar ${pesos(savings)}. El aumento no explicado, ${pesos(unexplained)}, supera el umbral de ` +
      `${decimal(thresholds.crecimientoMesesDeIngreso)} meses de ingreso (${pesos(threshold)}). ` +
      `Por sección, de la declaración anterior a esta: ${sectionLines(previous, current, sections)}. ` +
      'Patrimonio neto: bienes a valor de adquisición más inversiones y cuentas, menos adeudos, en la parte del ' +
      'declarante (su porcentaje de propiedad, o partes iguales entre los titulares); los bienes dados de baja no cuentan.';
    return [
      {
        code: 'CRECIMIENTO_NO_EXPLICADO',
        severity: 'ALTA',
        explanation,
        figures: [
          { label: `Patrimonio neto anterior (${folioLabel(prevFiling)})`, value: round(before) },
          { label: `Patrimonio neto actual (${folioLabel(input.filing)})`, value: round(after) },
          { label: 'Aumento del patrimonio neto', value: round(rise) },
          { label: 'Meses del periodo', value: decimal(months) },
          { label: 'Ingreso neto del periodo', value: round(periodIncome) },
          { label: 'Costo de vida estimado', value: round(livingCost) },
          { label: 'Aumento no explicado', value: round(unexplained) },
          { label: `Umbral (${thresholds.crecimientoMesesDeIngreso} meses de ingreso)`, value: round(threshold) },
        ],
        sources: sourcesOf(prevFiling, input.filing, sections, income),
      },
    ];
  },
};

/** "$1,613,200 en ingresos.ingresoAnualNetoDeclarante del folio F, del 01/01/2023 al 31/12/2023". */
export function incomeOrigin(income: IncomeFacts, filing: FilingFacts): string {
  const window = income.from === income.to ? 'ingreso mensual' : `del ${fechaCorta(income.from)} al ${fechaCorta(income.to)}`;
  return `${pesos(income.declared)} en ingresos.${income.field} del ${folioLabel(filing)}, ${window}`;
}

function sectionLines(previous: WealthSummary, current: WealthSummary, sections: readonly WealthSection[]): string {
  return sections
    .map((s) => `${SECTION_NAMES[s]} ${pesos(previous.sections[s].mxn)} → ${pesos(current.sections[s].mxn)}`)
    .join('; ');
}

function sourcesOf(previous: FilingFacts, filing: FilingFacts, sections: readonly WealthSection[], income: IncomeFacts): RiskSource[] {
  const sources: RiskSource[] = [];
  for (const f of [previous, filing]) for (const s of sections) sources.push(sourceOf(f, s, null, amountFieldOf(s, f.tipo)));
  sources.push(sourceOf(filing, 'ingresos', null, income.field));
  return sources;
}
