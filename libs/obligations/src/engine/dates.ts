/** Calendar arithmetic on Mexico City dates written YYYY-MM-DD (no time zone: they are days). */

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isValidDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

function toUtc(value: string): number {
  return Date.parse(`${value}T00:00:00Z`);
}

/** `days` natural days after `value` (day 1 is the day after). */
export function addDays(value: string, days: number): string {
  return new Date(toUtc(value) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Natural days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

export function yearOf(value: string): number {
  return Number(value.slice(0, 4));
}

export function monthOf(value: string): number {
  return Number(value.slice(5, 7));
}

export const maxDate = (a: string, b: string): string => (a > b ? a : b);
export const minDate = (a: string, b: string): string => (a < b ? a : b);
