import type { FilingFacts } from './types';

/**
 * Readers over the S1 `declaracion` object (plain JSON, any field may be missing), shared by the engine
 * and the rules. Field names are the OAS response names.
 */

export type Json = Record<string, unknown>;

export const isObj = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

const EMPTY: Json = Object.freeze({}) as Json;

/** A top-level part of the filing's `declaracion` (or an empty object). */
export function partOf(filing: FilingFacts, key: 'situacionPatrimonial' | 'interes'): Json {
  const part = filing.declaracion[key];
  return isObj(part) ? part : EMPTY;
}

/** The filing's situacionPatrimonial (or an empty object). */
export const situacionOf = (filing: FilingFacts): Json => partOf(filing, 'situacionPatrimonial');

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

/** The `valor` of a catalog pair, or null. */
export function valorOf(value: unknown): string | null {
  return isObj(value) ? text(value.valor) : null;
}

/** The `valor` label of a catalog pair, else its clave. */
export function label(value: unknown): string | null {
  return valorOf(value) ?? clave(value);
}

/** A `YYYY-MM-DD` date, or the date part of an ISO date-time. */
export const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days since 1970-01-01 of a `YYYY-MM-DD` (or ISO date-time, read by its date part); null if not a real date. */
export function dayNumber(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const m = ISO_DATE.exec(value);
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

export function yearOf(date: string | null | undefined): number | null {
  const match = date ? ISO_DATE.exec(date) : null;
  return match ? Number(match[1]) : null;
}

/** "16/01/2023" for explanations. */
export function fechaCorta(date: string): string {
  const match = ISO_DATE.exec(date);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : date;
}
