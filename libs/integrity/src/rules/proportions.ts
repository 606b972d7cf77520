import type { RiskRuleCode, RiskSource } from '@veraz/contracts';
import { decimal, filingLabel, folioLabel, percent, round, sourceOf } from '../engine/explain';
import { amountFieldOf, GOODS_SECTIONS, SECTION_NAMES, WEALTH_SECTIONS, type WealthSection } from '../engine/items';
import { pesos } from '../engine/money';
import type { FilingFacts, Rule, RuleResult, ScoringInput } from '../engine/types';
import { missingOver, wealthOf, type IncomeFacts, type WealthSummary } from '../engine/wealth';
import { incomeOrigin } from './wealth-growth';

/**
 * Group 2: proportions of one filing (and, for liquidity, against the previous one), in the
 * declarant's share. Severity MEDIA; ACTIVOS_VS_INGRESO is ALTA at twice its threshold or more.
 * A rule whose figures need a missing rate is not evaluated (see missing-rates.ts, which says so).
 */

const ASSET_SECTIONS: readonly WealthSection[] = [...GOODS_SECTIONS, 'inversiones'];

/** For each group-2 rule that applies to the input, the rates it lacks (empty when it can be evaluated). */
export function proportionNeeds(input: ScoringInput): Array<{ code: RiskRuleCode; missing: string[] }> {
  const current = wealthOf(input.filing, input.rates);
  const needs: Array<{ code: RiskRuleCode; missing: string[] }> = [];
  if (ASSET_SECTIONS.some((s) => current.sections[s].present)) {
    needs.push({ code: 'ACTIVOS_VS_INGRESO', missing: union(missingOver(current, ASSET_SECTIONS), current.incomeMissing) });
  }
  if (current.sections.adeudos.present) {
    needs.push({ code: 'ADEUDOS_VS_INGRESO_Y_ACTIVOS', missing: union(missingOver(current, WEALTH_SECTIONS), current.incomeMissing) });
  }
  const previous = input.previous ? wealthOf(input.previous, input.rates) : null;
  if (previous && current.liquidez.present && previous.liquidez.present) {
    needs.push({ code: 'SALTO_LIQUIDEZ', missing: union(current.liquidez.missing, previous.liquidez.missing, current.incomeMissing) });
  }
  return needs;
}

function union(...lists: string[][]): string[] {
  return [...new Set(lists.flat())].sort();
}

export const proportionsRule: Rule = {
  codes: ['ACTIVOS_VS_INGRESO', 'ADEUDOS_VS_INGRESO_Y_ACTIVOS', 'SALTO_LIQUIDEZ'],
  evaluate(input: ScoringInput): RuleResult[] {
    const current = wealthOf(input.filing, input.rates);
    const income = current.income;
    if (!income) return [];
    const results: RuleResult[] = [];
    for (const { code, missing } of proportionNeeds(input)) {
      if (missing.length > 0) continue;
      const result =
        code === 'ACTIVOS_VS_INGRESO'
          ? assetsVsIncome(input, current, income)
          : code === 'ADEUDOS_VS_INGRESO_Y_ACTIVOS'
            ? debtsVsIncomeAndAssets(input, current, income)
            : liquidityJump(input, current, wealthOf(input.previous as FilingFacts, input.rates), income);
      if (result) results.push(result);
    }
    return results;
  },
};

function annualText(income: IncomeFacts, filing: FilingFacts): string {
  const annualised = income.annual === income.declared ? '' : `${pesos(income.monthly)} al mes × 12; `;
  return `${pesos(income.annual)} (${annualised}${incomeOrigin(income, filing)})`;
}

function assetLines(summary: WealthSummary): string {
  return ASSET_SECTIONS.filter((s) => summary.sections[s].present)
    .map((s) => `${SECTION_NAMES[s]} ${pesos(summary.sections[s].mxn)}`)
    .join('; ');
}

function sectionSources(filing: FilingFacts, sections: readonly WealthSection[], summary: WealthSummary, income: IncomeFacts): RiskSource[] {
  const sources = sections.filter((s) => summary.sections[s].present).map((s) => sourceOf(filing, s, null, amountFieldOf(s, filing.tipo)));
  sources.push(sourceOf(filing, 'ingresos', null, income.field));
  return sources;
}

function assetsVsIncome(input: ScoringInput, current: WealthSummary, income: IncomeFacts): RuleResult | null {
  const times = input.thresholds.activosVecesIngresoAnual;
  const threshold = times * income.annual;
  if (current.activos <= threshold) return null;
  return {
    code: 'ACTIVOS_VS_INGRESO',
    severity: current.activos >= 2 * threshold ? 'ALTA' : 'MEDIA',
    explanation:
      `Los activos del declarante suman ${pesos(current.activos)} (${filingLabel(input.filing)}; ${assetLines(current)}), ` +
      `${income.annual > 0 ? `${decimal(current.activos / income.annual)} veces` : 'frente a'} su ingreso neto anual de ` +
      `${annualText(income, input.filing)}. El umbral es ${decimal(times)} veces el ingreso anual (${pesos(threshold)}). ` +
      'Activos: bienes a valor de adquisición más inversiones y cuentas, en la parte del declarante.',
    figures: [
      { label: 'Activos del declarante', value: round(current.activos) },
      { label: 'Ingreso neto anual', value: round(income.annual) },
      { label: `Umbral (${times} veces el ingreso anual)`, value: round(threshold) },
    ],
    sources: sectionSources(input.filing, ASSET_SECTIONS, current, income),
  };
}

function debtsVsIncomeAndAssets(input: ScoringInput, current: WealthSummary, income: IncomeFacts): RuleResult | null {
  const share = input.thresholds.adeudosProporcion;
  const base = income.annual + current.activos;
  const threshold = share * base;
  if (current.adeudos <= threshold) return null;
  return {
    code: 'ADEUDOS_VS_INGRESO_Y_ACTIVOS',
    severity: 'MEDIA',
    explanation:
      `Los adeudos del declarante suman ${pesos(current.adeudos)} (${filingLabel(input.filing)}, sección Adeudos), ` +
      `más del ${percent(share)} de su ingreso neto anual más sus activos: ${pesos(income.annual)} + ${pesos(current.activos)} = ` +
      `${pesos(base)}, cuyo ${percent(share)} es ${pesos(threshold)}. Ingreso anual: ${annualText(income, input.filing)}. ` +
      `Activos: ${assetLines(current) || 'ninguno declarado'}.`,
    figures: [
      { label: 'Adeudos del declarante', value: round(current.adeudos) },
      { label: 'Ingreso neto anual', value: round(income.annual) },
      { label: 'Activos del declarante', value: round(current.activos) },
      { label: `Umbral (${percent(share)} de ingreso más activos)`, value: round(threshold) },
    ],
    sources: sectionSources(input.filing, WEALTH_SECTIONS, current, income),
  };
}

function liquidityJump(input: ScoringInput, current: WealthSummary, previous: WealthSummary, income: IncomeFacts): RuleResult | null {
  const { liquidezVeces: times, liquidezMesesDeIngreso: months } = input.thresholds;
  const before = previous.liquidez.mxn;
  const after = current.liquidez.mxn;
  const growth = after - before;
  const minimum = months * income.monthly;
  if (growth <= 0 || after < times * before || growth < minimum) return null;
  const prevFiling = input.previous as FilingFacts;
  const ratio = before > 0 ? `${decimal(after / before)} veces lo anterior` : 'sin saldo líquido anterior';
  return {
    code: 'SALTO_LIQUIDEZ',
    severity: 'MEDIA',
    explanation:
      `El efectivo y las inversiones líquidas del declarante (cuentas bancarias, depósitos, divisas, metales, ` +
      `fondos y papel de corto plazo) pasaron de ${pesos(before)} (${filingLabel(prevFiling)}, ` +
      `${previous.liquidez.items.length} cuenta(s) en Inversiones y cuentas) a ${pesos(after)} (${filingLabel(input.filing)}, ` +
      `${current.liquidez.items.length} cuenta(s)): ${ratio}, un aumento de ${pesos(growth)}. ` +
      `Los umbrales son ${decimal(times)} veces el saldo anterior y un aumento de al menos ${decimal(months)} meses de ingreso ` +
      `(${pesos(minimum)}; ${pesos(income.monthly)} al mes, de ${incomeOrigin(income, input.filing)}).`,
    figures: [
      { label: `Saldo líquido anterior (${folioLabel(prevFiling)})`, value: round(before) },
      { label: `Saldo líquido actual (${folioLabel(input.filing)})`, value: round(after) },
      { label: 'Aumento', value: round(growth) },
      { label: `Umbral (${times} veces el saldo anterior)`, value: round(times * before) },
      { label: `Umbral (${months} meses de ingreso)`, value: round(minimum) },
    ],
    sources: [
      ...previous.liquidez.items.map((i) => sourceOf(prevFiling, 'inversiones', i.index, i.field)),
      ...current.liquidez.items.map((i) => sourceOf(input.filing, 'inversiones', i.index, i.field)),
      sourceOf(input.filing, 'ingresos', null, income.field),
    ],
  };
}
