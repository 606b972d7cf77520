import type { RiskFigure } from '@veraz/contracts';
import { pesos } from '../engine/money';
import { dayNumber, isObj, partOf, type Json } from '../engine/json';
import type { FilingFacts } from '../engine/types';

/**
 * Small readers over the S1 `declaracion` object shared by the rules of groups 4–8, on top of the
 * engine's JSON readers (re-exported here so a rule imports its readers from one place).
 */

export { clave, dayNumber, isObj, isoDay, label, situacionOf, text, type Json } from '../engine/json';

export const interes = (filing: FilingFacts): Json => partOf(filing, 'interes');

/** The items of `parent[section][list]` (objects only; the index is kept by the caller's loop). */
export function items(parent: Json, section: string, list: string): Json[] {
  const sec = parent[section];
  if (!isObj(sec)) return [];
  const arr = sec[list];
  return Array.isArray(arr) ? (arr as Json[]) : [];
}

/** An item reported as gone (sold, donated…) in this filing: not held on the filing's date. */
export const isBaja = (item: Json): boolean => item.tipoOperacion === 'BAJA';

const NON_ASCII = /[^\x00-\x7f]/;

/** Lower case, no accents, every run of non-letters/digits one space: "Land-Rover" → "land rover". */
export function fold(value: string): string {
  // Most values are plain ASCII: skip the (costly) Unicode decomposition for them.
  const ascii = NON_ASCII.test(value) ? value.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : value;
  return ascii.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/** `FISICA` as the OAS spells it, `FÍSICA` as the catalog does. */
export const isFisica = (value: unknown): boolean => typeof value === 'string' && fold(value) === 'fisica';

/** Where a figure comes from (the engine's one definition). */
export { sourceOf as source } from '../engine/explain';

const MEXICO_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Mexico_City', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The Mexico City calendar day (as a day number) of a UTC instant: due dates are Mexico City days. */
export function mexicoDay(instant: string): number | null {
  const t = Date.parse(instant);
  if (Number.isNaN(t)) return dayNumber(instant);
  // Mexico City is UTC−6, or UTC−5 in summer before 2023: when both offsets give the same day (all
  // but one hour a day) no time-zone lookup is needed.
  const a = Math.floor((t - 6 * 3_600_000) / 86_400_000);
  const b = Math.floor((t - 5 * 3_600_000) / 86_400_000);
  return a === b ? a : dayNumber(MEXICO_DAY.format(new Date(t)));
}

/** The year a filing reports on (for exchange rates). */
export const filingYear = (filing: FilingFacts): number => Number(filing.fecha.slice(0, 4));

/** "3,450,000" (plain number, es-MX grouping) for figures that are not pesos (m², %). */
const NUMBER = new Intl.NumberFormat('es-MX', { maximumFractionDigits: 2 });
export const num = (value: number): string => NUMBER.format(value);

/** An S1 amount as people read it: "$1,234,567" in pesos, "250,000 USD" otherwise. */
export function amountWords(amount: { valor: number; moneda: string }): string {
  return amount.moneda === 'MXN' ? pesos(amount.valor) : `${num(amount.valor)} ${amount.moneda}`;
}

/** A money figure: pesos unless the amount says otherwise. */
export function moneyFigure(labelText: string, amount: { valor: number; moneda: string }): RiskFigure {
  return amount.moneda === 'MXN' ? { label: labelText, value: amount.valor } : { label: labelText, value: amount.valor, currency: amount.moneda };
}
