import type { RiskFigure } from '@veraz/contracts';
import { pesos } from '../engine/money';
import type { FilingFacts } from '../engine/types';

/**
 * Small readers over the S1 `declaracion` object (plain JSON, any field may be missing) shared by the
 * rules of groups 4–8. Field names are the OAS response names (`inversiones`, `prestamoOComodato`…).
 */

export type Json = Record<string, unknown>;

export const isObj = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

const EMPTY: Json = Object.freeze({}) as Json;

export function situacion(filing: FilingFacts): Json {
  const sp = filing.declaracion.situacionPatrimonial;
  return isObj(sp) ? sp : EMPTY;
}

export function interes(filing: FilingFacts): Json {
  const it = filing.declaracion.interes;
  return isObj(it) ? it : EMPTY;
}

/** The items of `parent[section][list]` (objects only; the index is kept by the caller's loop). */
export function items(parent: Json, section: string, list: string): Json[] {
  const sec = parent[section];
  if (!isObj(sec)) return [];
  const arr = sec[list];
  return Array.isArray(arr) ? (arr as Json[]) : [];
}

/** A trimmed non-empty string, or null. */
export function text(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const t = value.trim();
  return t ? t : null;
}

/** The `clave` of a catalog pair `{clave, valor}`, or null. */
export function clave(value: unknown): string | null {
  return isObj(value) ? text(value.clave) : null;
}

/** The `valor` label of a catalog pair, else its clave. */
export function label(value: unknown): string | null {
  return isObj(value) ? (text(value.valor) ?? text(value.clave)) : null;
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

const DATE = /^(\d{4})-(\d{2})-(\d{2})/;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days since 1970-01-01 of a `YYYY-MM-DD` (or ISO date-time, read by its date part); null if not a real date. */
export function dayNumber(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const m = DATE.exec(value);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  if (mo < 1 || mo > 12 || d < 1 || d > MONTH_DAYS[mo - 1]! + (mo === 2 && leap ? 1 : 0)) return null;
  // Days from civil (H. Hinnant's algorithm): arithmetic only, no Date object per call.
  const yy = mo <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (mo + (mo > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  return era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719_468;
}

/** `YYYY-MM-DD` of a day number. */
export function isoDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

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
