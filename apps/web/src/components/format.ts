const dateTime = new Intl.DateTimeFormat('es-MX', { dateStyle: 'medium', timeStyle: 'short' });
const dateOnly = new Intl.DateTimeFormat('es-MX', { dateStyle: 'long' });

export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
}

export function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateOnly.format(date);
}

const calendarDay = new Intl.DateTimeFormat('es-MX', { dateStyle: 'long', timeZone: 'UTC' });

/** A calendar date (YYYY-MM-DD, e.g. a fecha de alta) as written, whatever the browser's time zone. */
export function formatCalendarDate(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : calendarDay.format(date);
}

const pesosFormat = new Intl.NumberFormat('es-MX', { style: 'currency', currency: 'MXN', maximumFractionDigits: 0 });

/** "$1,234,567" in pesos, or "USD 1,234.50" in another currency, as amounts are written in Mexico. */
export function formatMoney(amount: number, currency = 'MXN'): string {
  if (currency === 'MXN') return pesosFormat.format(Math.round(amount));
  try {
    return new Intl.NumberFormat('es-MX', { style: 'currency', currency }).format(amount);
  } catch {
    // Not an ISO 4217 code: the number with the code as declared.
    return `${new Intl.NumberFormat('es-MX', { maximumFractionDigits: 2 }).format(amount)} ${currency}`;
  }
}
