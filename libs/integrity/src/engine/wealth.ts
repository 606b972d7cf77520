import type { DeclarationTipo, RiskRuleCode, WealthPoint } from '@veraz/contracts';
import { INCOME_TOTALS } from '@veraz/standards';
import { itemsOf, WEALTH_SECTIONS, type AssetItem, type FilingItems, type WealthSection } from './items';
import { clave, dayNumber, isoDay, ISO_DATE, situacionOf, yearOf } from './json';
import { RecentMemo } from './memo';
import { readAmount, toMxn } from './money';
import type { FilingFacts, RateTable } from './types';

/**
 * A filing's wealth in pesos, in the declarant's share (see AssetItem.share) and in the household's
 * (AssetItem.householdShare): goods at acquisition value (BAJA items are not held), investment balances,
 * debts, and the net income. An amount whose rate is missing is left out and its currency and year
 * listed, never guessed.
 */

export interface SectionTotal {
  /** False when the filing does not carry the section: it cannot be compared with another filing. */
  present: boolean;
  mxn: number;
  /** "USD 2024" for each amount left out. */
  missing: string[];
  /** The items left out, for the explanation's sources. */
  missingItems: Array<{ index: number; field: string }>;
  /** The amounts left out, in their own currency and in this holder's share, by "USD 2024". */
  unconverted: Record<string, number>;
}

export interface IncomeFacts {
  /** The declared figure in pesos, and its field in `ingresos` (`ingresoAnualNetoDeclarante`, `totalIngresosAnualesNetos`). */
  declared: number;
  field: string;
  /** The window the figure covers (INICIAL: one month at the toma de posesión). */
  from: string;
  to: string;
  months: number;
  monthly: number;
  /** The declared figure for a full MODIFICACIÓN year; otherwise annualised (monthly × 12). */
  annual: number;
}

export interface LiquidItem {
  index: number;
  field: string;
  mxn: number;
}

/** One holder's figures: the declarant's, or the household's. */
export interface HolderWealth {
  sections: Record<WealthSection, SectionTotal>;
  /** Goods plus investments. */
  activos: number;
  adeudos: number;
  patrimonioNeto: number;
  /** The declarant's net income (A), or the household's (C = A + B: declarant, pareja and dependientes). */
  income: IncomeFacts | null;
  /** The income's missing rate, when its currency has none. */
  incomeMissing: string[];
}

/** The declarant's figures at the top level (the chart and groups 1–3 read them), the household's apart. */
export interface WealthSummary extends HolderWealth {
  filingId: string;
  folio: string;
  tipo: DeclarationTipo;
  fecha: string;
  /** Cash and cash-like investments (see CASH_LIKE) in the declarant's share: a subset of `inversiones`. */
  liquidez: SectionTotal & { items: LiquidItem[] };
  /** Every missing rate of the declarant's figures, sorted. */
  missing: string[];
  /** Declarant, pareja and dependientes económicos together (AssetItem.householdShare, income C). */
  household: HolderWealth;
}

/**
 * Cash-like investments (catalogs tipoInversion/subTipoInversion): every bank account and deposit,
 * cash, foreign currency, coins, metals and crypto, savings funds and money-market paper. Not shares
 * of companies, insurance, AFORES, trusts, equities or loans to third parties.
 */
const CASH_LIKE_TIPOS = new Set(['BANC', 'POMM']);
const CASH_LIKE_SUBTIPOS = new Set(['FINV/SOIN', 'FINV/IFEX', 'ORPM/CSAH', 'VBUR/BGUB', 'VBUR/ABAN', 'VBUR/PCOM', 'AFOT/CTES']);

export function isCashLike(raw: Record<string, unknown>): boolean {
  const tipo = clave(raw.tipoInversion);
  if (!tipo) return false;
  return CASH_LIKE_TIPOS.has(tipo) || CASH_LIKE_SUBTIPOS.has(`${tipo}/${clave(raw.subTipoInversion) ?? ''}`);
}

const DAYS_PER_MONTH = 365.25 / 12;

/**
 * Months between two YYYY-MM-DD dates: whole calendar months when both fall on the same day of the
 * month (31 Dec 2022 → 31 Dec 2023 is 12), otherwise days over an average month; null when not dates.
 */
export function monthsBetween(from: string, to: string): number | null {
  const a = ISO_DATE.exec(from);
  const b = ISO_DATE.exec(to);
  if (!a || !b) return null;
  if (a[3] === b[3]) return (Number(b[1]) - Number(a[1])) * 12 + (Number(b[2]) - Number(a[2]));
  const days = (dayNumber(to) ?? 0) - (dayNumber(from) ?? 0);
  return days / DAYS_PER_MONTH;
}

/** The next day's YYYY-MM-DD (a window's end is inclusive). */
function dayAfter(date: string): string {
  const day = dayNumber(date);
  return day === null ? date : isoDay(day + 1);
}

const CACHE = new RecentMemo<FilingFacts, { rates: RateTable; summary: WealthSummary }>();

export function wealthOf(filing: FilingFacts, rates: RateTable): WealthSummary {
  const cached = CACHE.get(filing);
  if (cached && cached.rates === rates) return cached.summary;
  const summary = compute(filing, rates);
  CACHE.set(filing, { rates, summary });
  return summary;
}

function compute(filing: FilingFacts, rates: RateTable): WealthSummary {
  const items = itemsOf(filing);
  const { own, family } = holdings(items, rates);
  const liquidez: WealthSummary['liquidez'] = { present: items.inversiones.present, mxn: 0, missing: [], missingItems: [], unconverted: {}, items: [] };
  for (const item of items.inversiones.items) {
    if (!isCashLike(item.raw)) continue;
    const value = counted(item, rates);
    if (value === null) continue;
    if (typeof value === 'number') {
      liquidez.mxn += value;
      liquidez.items.push({ index: item.index, field: item.field, mxn: value });
    } else {
      liquidez.missing.push(value);
      liquidez.missingItems.push({ index: item.index, field: item.field });
    }
  }
  const { own: income, family: householdIncome } = incomesOf(filing, rates);
  const missing = new Set<string>();
  for (const section of WEALTH_SECTIONS) for (const m of own[section].missing) missing.add(m);
  if (typeof income === 'string') missing.add(income);
  return {
    filingId: filing.id,
    folio: filing.folio,
    tipo: filing.tipo,
    fecha: filing.fecha,
    ...holderView(own, income),
    liquidez,
    missing: [...missing].sort(),
    household: holderView(family, householdIncome),
  };
}

function holderView(sections: Record<WealthSection, SectionTotal>, income: IncomeFacts | string | null): HolderWealth {
  const activos = sections.bienesInmuebles.mxn + sections.vehiculos.mxn + sections.bienesMuebles.mxn + sections.inversiones.mxn;
  return {
    sections,
    activos,
    adeudos: sections.adeudos.mxn,
    patrimonioNeto: activos - sections.adeudos.mxn,
    income: typeof income === 'string' ? null : income,
    incomeMissing: typeof income === 'string' ? [income] : [],
  };
}

/** Each section's total in the declarant's share and in the household's, each amount converted once. */
function holdings(items: FilingItems, rates: RateTable): Record<'own' | 'family', Record<WealthSection, SectionTotal>> {
  const own = {} as Record<WealthSection, SectionTotal>;
  const family = {} as Record<WealthSection, SectionTotal>;
  for (const section of WEALTH_SECTIONS) {
    const mine: SectionTotal = { present: items[section].present, mxn: 0, missing: [], missingItems: [], unconverted: {} };
    const ours: SectionTotal = { present: items[section].present, mxn: 0, missing: [], missingItems: [], unconverted: {} };
    for (const item of items[section].items) {
      if (!item.held || !item.amount || item.householdShare === 0) continue;
      const converted = toMxn(item.amount, item.year, rates);
      for (const [total, share] of [[mine, item.share], [ours, item.householdShare]] as const) {
        if (share === 0) continue;
        if (converted.ok) {
          total.mxn += converted.mxn * share;
          continue;
        }
        total.missing.push(converted.missing);
        total.missingItems.push({ index: item.index, field: item.field });
        total.unconverted[converted.missing] = (total.unconverted[converted.missing] ?? 0) + item.amount.valor * share;
      }
    }
    own[section] = mine;
    family[section] = ours;
  }
  return { own, family };
}

/** The declarant's part of an item in pesos; null when it does not count; the missing rate otherwise. */
function counted(item: AssetItem, rates: RateTable): number | string | null {
  if (!item.held || item.share === 0 || !item.amount) return null;
  const converted = toMxn(item.amount, item.year, rates);
  return converted.ok ? converted.mxn * item.share : converted.missing;
}

interface IncomeWindow {
  from: string;
  months: number;
  /** A whole MODIFICACIÓN year: its declared figure is the annual income as declared. */
  fullYear: boolean;
}

/**
 * The window the filing's ingresos cover. INICIAL: the month at the toma de posesión. MODIFICACIÓN: the
 * calendar year; a first year that began after January (toma de posesión more than a month into it)
 * covers only the months served. CONCLUSIÓN: 1 January to the conclusión.
 */
function incomeWindow(filing: FilingFacts, year: number): IncomeWindow {
  if (filing.tipo === 'INICIAL') return { from: filing.fecha, months: 1, fullYear: false };
  const january = `${year}-01-01`;
  let from = january;
  const toma = (situacionOf(filing).datosEmpleoCargoComision as Record<string, unknown> | undefined)?.fechaTomaPosesion;
  if (filing.tipo === 'MODIFICACIÓN' && typeof toma === 'string' && yearOf(toma) === year && toma.slice(0, 10) < filing.fecha) {
    if ((monthsBetween(january, toma.slice(0, 10)) ?? 0) > 1) from = toma.slice(0, 10);
  }
  // At least one day: a MODIFICACIÓN of someone who took office on 27 December covers five days.
  const months = Math.max(1 / DAYS_PER_MONTH, monthsBetween(from, dayAfter(filing.fecha)) ?? 12);
  return { from, months, fullYear: filing.tipo === 'MODIFICACIÓN' && from === january };
}

/**
 * The declarant's net income (A, S1-NOTES a.4) and the household's (C = A + B), each with the window it
 * covers; a missing rate as a string; null when absent.
 */
function incomesOf(filing: FilingFacts, rates: RateTable): Record<'own' | 'family', IncomeFacts | string | null> {
  const ingresos = situacionOf(filing).ingresos as Record<string, unknown> | undefined;
  const year = yearOf(filing.fecha);
  let window: IncomeWindow | null = null;
  const read = (field: string): IncomeFacts | string | null => {
    const amount = readAmount(ingresos?.[field]);
    if (!amount || year === null) return null;
    const converted = toMxn(amount, year, rates);
    if (!converted.ok) return converted.missing;
    const declared = converted.mxn;
    window ??= incomeWindow(filing, year);
    const monthly = declared / window.months;
    // A full year's declared figure is the annual income as declared; a part of a year is annualised.
    const annual = filing.tipo === 'INICIAL' ? declared * 12 : window.fullYear ? declared : monthly * 12;
    return { declared, field, from: window.from, to: filing.fecha, months: window.months, monthly, annual };
  };
  const totals = INCOME_TOTALS[filing.tipo];
  return { own: read(totals.filer), family: read(totals.total) };
}

/** Net worth over some sections only (those both filings carry, when two are compared). */
export function netWorthOver(summary: Pick<HolderWealth, 'sections'>, sections: readonly WealthSection[]): number {
  let total = 0;
  for (const section of sections) total += section === 'adeudos' ? -summary.sections.adeudos.mxn : summary.sections[section].mxn;
  return total;
}

/** Missing rates of some sections (sorted, distinct). */
export function missingOver(summary: Pick<HolderWealth, 'sections'>, sections: readonly WealthSection[]): string[] {
  const set = new Set<string>();
  for (const section of sections) for (const m of summary.sections[section].missing) set.add(m);
  return [...set].sort();
}

/** One point of a person's evolution chart (the persistence side adds the flags and score it stored). */
export function wealthPoint(filing: FilingFacts, rates: RateTable, scored: { flags: RiskRuleCode[]; score: number | null }): WealthPoint {
  const summary = wealthOf(filing, rates);
  return {
    filingId: filing.id,
    folio: filing.folio,
    tipo: filing.tipo,
    fecha: filing.fecha,
    activos: Math.round(summary.activos),
    adeudos: Math.round(summary.adeudos),
    ingresoAnual: summary.income ? Math.round(summary.income.annual) : null,
    patrimonioNeto: Math.round(summary.patrimonioNeto),
    tiposDeCambioFaltantes: summary.missing,
    flags: scored.flags,
    score: scored.score,
  };
}
