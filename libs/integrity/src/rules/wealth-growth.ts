import type { RiskSource } from '@veraz/contracts';
import { INCOME_TOTALS } from '@veraz/standards';
import { decimal, filingLabel, folioLabel, itemWhere, percent, round, sourceOf } from '../engine/explain';
import { describeItem } from '../engine/identity';
import { amountFieldOf, itemsOf, SECTION_NAMES, WEALTH_SECTIONS, type AssetItem, type WealthSection } from '../engine/items';
import { fechaCorta } from '../engine/json';
import { RecentMemo } from '../engine/memo';
import { pesos, toMxn } from '../engine/money';
import type { FilingFacts, Rule, RuleResult, ScoringInput } from '../engine/types';
import { missingOver, monthsBetween, netWorthOver, wealthOf, type HolderWealth, type IncomeFacts } from '../engine/wealth';

/**
 * Group 1: unexplained growth of net worth between consecutive filings of the same person.
 *   what could be saved = the period's declared net income − the estimated living cost (a share of it)
 *   unexplained         = rise in net worth − what could be saved
 * It flags when the unexplained part exceeds `crecimientoMesesDeIngreso` months of declared income
 * (Mongolia's rule: six). Only the sections both filings carry are compared (a simplified filing has no
 * assets). Evaluated twice: on the declarant's own share and income (A), then, when that does not flag,
 * on the household's — declarant, pareja and dependientes económicos, with their income C = A + B —
 * because a purchase in the spouse's name is the classic way to hide wealth. One flag per filing.
 * Severity: always ALTA — this is the signal the PDN exists for, and the institution's threshold
 * already says how much growth it tolerates (a MEDIA tied with one foreign account or boat in the queue).
 */

export type Holder = 'declarante' | 'hogar';

export interface Growth {
  holder: Holder;
  previous: HolderWealth;
  current: HolderWealth;
  sections: WealthSection[];
  income: IncomeFacts;
  months: number;
  /** Household only: amounts without a rate that are the same in both filings, so they cancel out ("USD 2020"). */
  cancelled: Array<{ rate: string; amount: number }>;
}

export interface GrowthFigures {
  before: number;
  after: number;
  rise: number;
  periodIncome: number;
  livingCost: number;
  savings: number;
  unexplained: number;
  threshold: number;
}

/** What rule 1 compares for one holder, the missing rates that keep it from being evaluated, or null when it does not apply. */
export function growthInputs(input: ScoringInput, holder: Holder = 'declarante'): Growth | { missing: string[] } | null {
  const { filing, previous, rates } = input;
  if (!previous) return null;
  const currentSummary = wealthOf(filing, rates);
  const beforeSummary = wealthOf(previous, rates);
  const current = holder === 'declarante' ? currentSummary : currentSummary.household;
  const before = holder === 'declarante' ? beforeSummary : beforeSummary.household;
  const sections = WEALTH_SECTIONS.filter((s) => current.sections[s].present && before.sections[s].present);
  if (sections.length === 0) return null;
  const cancelled: Growth['cancelled'] = [];
  const missing = new Set(current.incomeMissing);
  if (holder === 'declarante') {
    for (const m of [...missingOver(current, sections), ...missingOver(before, sections)]) missing.add(m);
  } else {
    // The household holds the pareja's foreign goods too: one held unchanged adds the same to both net worths.
    for (const [rate, amounts] of unconvertedOver(before, current, sections)) {
      if (Math.abs(amounts[0] - amounts[1]) < 0.01) cancelled.push({ rate, amount: amounts[0] });
      else missing.add(rate);
    }
  }
  if (missing.size > 0) return { missing: [...missing].sort() };
  const months = monthsBetween(previous.fecha, filing.fecha);
  if (!current.income || months === null || months <= 0) return null;
  return { holder, previous: before, current, sections, income: current.income, months, cancelled };
}

/** Each missing rate's unconverted amount in the previous and the current filing. */
function unconvertedOver(before: HolderWealth, current: HolderWealth, sections: readonly WealthSection[]): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>();
  [before, current].forEach((holder, at) => {
    for (const s of sections) {
      for (const [rate, amount] of Object.entries(holder.sections[s].unconverted)) {
        const pair = out.get(rate) ?? [0, 0];
        pair[at] += amount;
        out.set(rate, pair);
      }
    }
  });
  return out;
}

export function growthFigures(growth: Growth, thresholds: ScoringInput['thresholds']): GrowthFigures {
  const before = netWorthOver(growth.previous, growth.sections);
  const after = netWorthOver(growth.current, growth.sections);
  const rise = after - before;
  const periodIncome = growth.income.monthly * growth.months;
  const livingCost = thresholds.costoDeVidaProporcion * periodIncome;
  const savings = periodIncome - livingCost;
  const threshold = thresholds.crecimientoMesesDeIngreso * growth.income.monthly;
  return { before, after, rise, periodIncome, livingCost, savings, unexplained: rise - savings, threshold };
}

interface Verdict {
  /** The holder whose growth is unexplained, with its figures; null when neither's is (or it was not evaluated). */
  flagged: { growth: Growth; figures: GrowthFigures; own: GrowthFigures } | null;
  /** The missing rates that kept rule 1 from being evaluated (for TIPO_DE_CAMBIO_FALTANTE). */
  missing: string[];
  /** Whether they are the household's only (the declarant's own share was evaluated). */
  householdOnly: boolean;
}

// Rule 1 and the missing-rates notice read the same verdict for each input.
const VERDICTS = new RecentMemo<ScoringInput, Verdict>(2);

function verdictOf(input: ScoringInput): Verdict {
  const cached = VERDICTS.get(input);
  if (cached) return cached;
  return VERDICTS.set(input, judge(input));
}

function judge(input: ScoringInput): Verdict {
  const own = growthInputs(input);
  // A missing rate in the declarant's share stops both evaluations (the household holds those items too).
  if (!own) return { flagged: null, missing: [], householdOnly: false };
  if ('missing' in own) return { flagged: null, missing: own.missing, householdOnly: false };
  const ownFigures = growthFigures(own, input.thresholds);
  const none = { missing: [], householdOnly: false };
  if (ownFigures.unexplained > ownFigures.threshold) return { flagged: { growth: own, figures: ownFigures, own: ownFigures }, ...none };
  const household = growthInputs(input, 'hogar');
  if (!household) return { flagged: null, ...none };
  if ('missing' in household) return { flagged: null, missing: household.missing, householdOnly: true };
  const figures = growthFigures(household, input.thresholds);
  return { flagged: figures.unexplained > figures.threshold ? { growth: household, figures, own: ownFigures } : null, ...none };
}

/** The missing rates that keep rule 1 from being evaluated (for TIPO_DE_CAMBIO_FALTANTE; empty when it was), and whose they are. */
export function growthMissing(input: ScoringInput): Pick<Verdict, 'missing' | 'householdOnly'> {
  return verdictOf(input);
}

export const wealthGrowthRule: Rule = {
  codes: ['CRECIMIENTO_NO_EXPLICADO'],
  evaluate(input: ScoringInput): RuleResult[] {
    const { flagged } = verdictOf(input);
    if (!flagged) return [];
    const { growth, figures, own } = flagged;
    if (growth.holder === 'declarante') return [declarantFlag(input, growth, figures)];
    const others = othersItems(input, growth.sections);
    return [
      {
        code: 'CRECIMIENTO_NO_EXPLICADO',
        severity: 'ALTA',
        explanation: householdExplanation(input, growth, figures, own, others),
        figures: figureList(input, figures, growth.months, ' del hogar'),
        sources: [
          ...sourcesOf(input.previous as FilingFacts, input.filing, growth.sections, growth.income),
          ...others.map(({ item }) => sourceOf(input.filing, item.section, item.index, item.field)),
        ],
      },
    ];
  },
};

function declarantFlag(input: ScoringInput, growth: Growth, f: GrowthFigures): RuleResult {
  const { previous, current, sections, income, months } = growth;
  const { thresholds } = input;
  const prevFiling = input.previous as FilingFacts;
  const explanation =
    `El patrimonio neto del declarante pasó de ${pesos(f.before)} (${filingLabel(prevFiling)}) a ${pesos(f.after)} ` +
    `(${filingLabel(input.filing)}): aumentó ${pesos(f.rise)} en ${decimal(months)} meses. ` +
    `El ingreso neto declarado del periodo se estima en ${pesos(f.periodIncome)}: ${pesos(income.monthly)} al mes ` +
    `(${incomeOrigin(income, input.filing)}) por ${decimal(months)} meses. ` +
    `Menos el costo de vida estimado, ${pesos(f.livingCost)} (${percent(thresholds.costoDeVidaProporcion)} del ingreso), ` +
    `pudo ahorrar ${pesos(f.savings)}. El aumento no explicado, ${pesos(f.unexplained)}, supera el umbral de ` +
    `${decimal(thresholds.crecimientoMesesDeIngreso)} meses de ingreso (${pesos(f.threshold)}). ` +
    `Por sección, de la declaración anterior a esta: ${sectionLines(previous, current, sections)}. ` +
    'Patrimonio neto: bienes a valor de adquisición más inversiones y cuentas, menos adeudos, en la parte del ' +
    'declarante (su porcentaje de propiedad, o partes iguales entre los titulares); los bienes dados de baja no cuentan.';
  return {
    code: 'CRECIMIENTO_NO_EXPLICADO',
    severity: 'ALTA',
    explanation,
    figures: figureList(input, f, months, ''),
    sources: sourcesOf(prevFiling, input.filing, sections, income),
  };
}

/** At most this many of the pareja's and dependientes' items are named in a household flag: the largest. */
const OTHERS_NAMED = 5;

interface OthersItem {
  item: AssetItem;
  /** The part of its value (MXN) that is the household's beyond the declarant's own share. */
  part: number;
}

/**
 * The items of this filing that the household holds beyond the declarant's share (titled to the pareja or
 * dependientes, wholly or in part), largest first: where a reviewer looks first when only the household grew.
 */
function othersItems(input: ScoringInput, sections: readonly WealthSection[]): OthersItem[] {
  const items = itemsOf(input.filing);
  const found: OthersItem[] = [];
  for (const section of sections) {
    if (section === 'adeudos') continue;
    for (const item of items[section].items) {
      if (!item.held || !item.amount || item.householdShare <= item.share) continue;
      const value = toMxn(item.amount, item.year, input.rates);
      if (value.ok) found.push({ item, part: value.mxn * (item.householdShare - item.share) });
    }
  }
  return found.sort((a, b) => b.part - a.part).slice(0, OTHERS_NAMED);
}

function othersLine(input: ScoringInput, others: OthersItem[]): string {
  if (others.length === 0) return '';
  const named = others.map(({ item, part }) => `${describeItem(item)} (${itemWhere(item, input.filing)}): ${pesos(part)}`);
  return `${others.length === 1 ? 'El bien' : 'Los bienes'} de mayor valor a nombre de la pareja o de dependientes económicos en esta declaración, en la parte que no es del declarante: ${named.join('; ')}. `;
}

function householdExplanation(input: ScoringInput, growth: Growth, f: GrowthFigures, own: GrowthFigures, others: OthersItem[]): string {
  const { previous, current, sections, income, months, cancelled } = growth;
  const { thresholds } = input;
  const apart = cancelled.length
    ? ` Sin contar ${cancelled.map((c) => `${decimal(c.amount)} ${c.rate.replace(' ', ' de ')}`).join(', ')} sin tipo de cambio cargado, ` +
      'iguales en ambas declaraciones: no cambian el aumento.'
    : '';
  return (
    'Cuenta el patrimonio del hogar: declarante, pareja y dependientes económicos. ' +
    (own.rise > 0
      ? `En la parte del propio declarante el aumento, ${pesos(own.rise)}, no supera el umbral de sus ingresos; el del hogar sí. `
      : 'En la parte del propio declarante el patrimonio no aumentó; el del hogar sí. ') +
    `El patrimonio del hogar pasó de ${pesos(f.before)} (${filingLabel(input.previous as FilingFacts)}) ` +
    `a ${pesos(f.after)} (${filingLabel(input.filing)}): aumentó ${pesos(f.rise)} en ${decimal(months)} meses.${apart} ` +
    `El ingreso neto declarado del hogar (declarante más pareja y dependientes) en el periodo se estima en ` +
    `${pesos(f.periodIncome)}: ${pesos(income.monthly)} al mes (${incomeOrigin(income, input.filing)}) por ${decimal(months)} meses. ` +
    `Menos el costo de vida estimado, ${pesos(f.livingCost)} (${percent(thresholds.costoDeVidaProporcion)} del ingreso), ` +
    `el hogar pudo ahorrar ${pesos(f.savings)}. El aumento no explicado, ${pesos(f.unexplained)}, supera el umbral de ` +
    `${decimal(thresholds.crecimientoMesesDeIngreso)} meses de ingreso del hogar (${pesos(f.threshold)}). ` +
    `Por sección, de la declaración anterior a esta: ${sectionLines(previous, current, sections)}. ` +
    othersLine(input, others) +
    'Patrimonio del hogar: bienes a valor de adquisición más inversiones y cuentas, menos adeudos, a nombre del ' +
    'declarante, de su cónyuge, concubina o concubinario, conviviente o dependientes económicos; en copropiedad con ' +
    'terceros, solo la parte del hogar (en inmuebles, el porcentaje de propiedad del declarante y partes iguales del ' +
    'resto; en lo demás, partes iguales entre los titulares); los bienes dados de baja no cuentan.'
  );
}

/** The flag's figures; `whose` names the household (" del hogar") or nothing for the declarant. */
function figureList(input: ScoringInput, f: GrowthFigures, months: number, whose: string): RuleResult['figures'] {
  const worth = whose ? `Patrimonio${whose}` : 'Patrimonio neto';
  return [
    { label: `${worth} anterior (${folioLabel(input.previous as FilingFacts)})`, value: round(f.before) },
    { label: `${worth} actual (${folioLabel(input.filing)})`, value: round(f.after) },
    { label: whose ? `Aumento del patrimonio${whose}` : 'Aumento del patrimonio neto', value: round(f.rise) },
    { label: 'Meses del periodo', value: decimal(months) },
    { label: `Ingreso neto${whose} del periodo`, value: round(f.periodIncome) },
    { label: 'Costo de vida estimado', value: round(f.livingCost) },
    { label: 'Aumento no explicado', value: round(f.unexplained) },
    { label: `Umbral (${input.thresholds.crecimientoMesesDeIngreso} meses de ingreso${whose})`, value: round(f.threshold) },
  ];
}

/** "$1,613,200 en ingresos.ingresoAnualNetoDeclarante del folio F, del 01/01/2023 al 31/12/2023". */
export function incomeOrigin(income: IncomeFacts, filing: FilingFacts): string {
  const window = income.from === income.to ? 'ingreso mensual' : `del ${fechaCorta(income.from)} al ${fechaCorta(income.to)}`;
  return `${pesos(income.declared)} en ingresos.${income.field} del ${folioLabel(filing)}, ${window}`;
}

export function sectionLines(previous: HolderWealth, current: HolderWealth, sections: readonly WealthSection[]): string {
  return sections
    .map((s) => `${SECTION_NAMES[s]} ${pesos(previous.sections[s].mxn)} → ${pesos(current.sections[s].mxn)}`)
    .join('; ');
}

function sourcesOf(previous: FilingFacts, filing: FilingFacts, sections: readonly WealthSection[], income: IncomeFacts): RiskSource[] {
  const sources: RiskSource[] = [];
  for (const f of [previous, filing]) for (const s of sections) sources.push(sourceOf(f, s, null, amountFieldOf(s, f.tipo)));
  sources.push(sourceOf(filing, 'ingresos', null, income.field));
  // The household's income C adds the pareja's and dependientes' B: the reviewer checks both.
  if (income.field === INCOME_TOTALS[filing.tipo].total) sources.push(sourceOf(filing, 'ingresos', null, INCOME_TOTALS[filing.tipo].partner));
  return sources;
}
