import { MEXICO_TIME_ZONE, type SectionChange, type SectionStatus } from '@veraz/contracts';

// Shared with the API (its CSV export says the same): see @veraz/contracts.
export {
  DECLARATION_TIPO_LABELS as TIPO_LABELS,
  MEXICO_TIME_ZONE,
  declarationTitle,
  periodText,
  formatText,
  formatDay,
  formatMexicoDateTime,
  filingStateText,
} from '@veraz/contracts';

/** The statuses in words, so the sidebar never relies on color alone. */
export const STATUS_LABELS: Record<SectionStatus, string> = {
  vacía: 'Sin capturar',
  'en captura': 'En captura',
  completa: 'Completa',
  ninguno: 'Ninguno',
};

/** Compared with the filing the draft started from; VACIA (nothing captured) shows no badge. */
export const CHANGE_LABELS: Partial<Record<SectionChange['change'], string>> = {
  SIN_CAMBIOS: 'Sin cambios',
  MODIFICADA: 'Modificada',
  NUEVA: 'Nueva',
};

/** A section is done when it is complete or the filer stated there is nothing to report. */
export function isSectionDone(status: SectionStatus): boolean {
  return status === 'completa' || status === 'ninguno';
}

/** Year, month (1–12) and day of `now` in Mexico City. */
export function mexicoToday(now: Date): { year: number; month: number; day: number; iso: string } {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: MEXICO_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  const [year, month, day] = parts.split('-').map(Number) as [number, number, number];
  return { year, month, day, iso: parts };
}
