/** Calendar dates as 'YYYY-MM-DD' strings, computed in UTC days so that no time zone shifts them. */
const DAY_MS = 86_400_000;

export function toDay(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}

export function fromDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return fromDay(toDay(date) + days);
}

/** Same month and day `years` later; 29 February becomes 1 March in a common year. */
export function addYears(date: string, years: number): string {
  const d = new Date(Date.UTC(Number(date.slice(0, 4)) + years, Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))));
  return d.toISOString().slice(0, 10);
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

export function daysBetween(from: string, to: string): number {
  return toDay(to) - toDay(from);
}

export function minDate(a: string, b: string): string {
  return a < b ? a : b;
}

export function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}

/** Whole years from `birth` to `on` (age on that date). */
export function age(birth: string, on: string): number {
  const years = yearOf(on) - yearOf(birth);
  return on.slice(5) < birth.slice(5) ? years - 1 : years;
}

/** Yesterday in UTC: every generated date then lies on or before today in Mexico City as well. */
export function defaultAsOf(now: Date = new Date()): string {
  return addDays(now.toISOString().slice(0, 10), -1);
}
