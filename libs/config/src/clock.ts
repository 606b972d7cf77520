import type { VerazConfig } from './load-config';

/**
 * The clock deadlines are judged by (obligations, reminders, requerimientos). Real time, unless
 * VERAZ_CLOCK (refused in production) starts it at another instant; from there it runs forward, so a
 * test or a drill can stand after a deadline without touching the machine's time. Timestamps of
 * records (filed_at, audit entries) keep using the real time.
 */
/** Provided by VerazConfigModule (inject it by class). */
export class Clock {
  private readonly offsetMs: number;

  constructor(config: Pick<VerazConfig, 'clockStart'>) {
    this.offsetMs = config.clockStart ? new Date(config.clockStart).getTime() - Date.now() : 0;
  }

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** Today's date in Mexico City (YYYY-MM-DD): legal deadlines are calendar days there. */
  today(): string {
    return mexicoCityDate(this.now());
  }
}

// Built once: constructing an Intl formatter costs far more than formatting, and every request's
// principal asks for today's date (it showed in the signing profile).
const MEXICO_CITY_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Mexico_City', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar date (YYYY-MM-DD) an instant falls on in Mexico City. */
export function mexicoCityDate(instant: Date): string {
  return MEXICO_CITY_DAY.format(instant);
}
