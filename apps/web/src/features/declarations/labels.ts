import type { DeclarationSummary, DeclarationTipo, SectionChange, SectionStatus } from '@veraz/contracts';

/** Where filing deadlines run and where the times on acuses are read. */
export const MEXICO_TIME_ZONE = 'America/Mexico_City';

export const TIPO_LABELS: Record<DeclarationTipo, string> = {
  INICIAL: 'Declaración inicial',
  MODIFICACIÓN: 'Declaración de modificación',
  CONCLUSIÓN: 'Declaración de conclusión',
};

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

type Kind = Pick<DeclarationSummary, 'tipo' | 'actualizacionConflictoInteres'>;

/** "Declaración de modificación", or the interest-only update that travels as a MODIFICACIÓN. */
export function declarationTitle(d: Kind): string {
  if (d.actualizacionConflictoInteres) return 'Actualización de la declaración de intereses';
  return TIPO_LABELS[d.tipo];
}

/** The period a declaration covers, in words: "Año reportado: 2024". */
export function periodText(d: Pick<DeclarationSummary, 'tipo' | 'actualizacionConflictoInteres' | 'fechaTomaPosesion' | 'anioReportado' | 'fechaConclusion'>): string {
  if (d.actualizacionConflictoInteres) return 'Por posible conflicto de interés';
  if (d.tipo === 'INICIAL') return d.fechaTomaPosesion ? `Toma de posesión: ${formatDay(d.fechaTomaPosesion)}` : 'Toma de posesión sin fecha';
  if (d.tipo === 'CONCLUSIÓN') return d.fechaConclusion ? `Conclusión del cargo: ${formatDay(d.fechaConclusion)}` : 'Conclusión sin fecha';
  return d.anioReportado ? `Año reportado: ${d.anioReportado}` : 'Año reportado sin indicar';
}

export function formatText(completa: boolean): string {
  return completa ? 'Formato completo' : 'Formato simplificado';
}

const dayFormat = new Intl.DateTimeFormat('es-MX', { dateStyle: 'long', timeZone: 'UTC' });
const mexicoDateTime = new Intl.DateTimeFormat('es-MX', { dateStyle: 'long', timeStyle: 'short', timeZone: MEXICO_TIME_ZONE });
const mexicoDateTimeSeconds = new Intl.DateTimeFormat('es-MX', { dateStyle: 'long', timeStyle: 'medium', timeZone: MEXICO_TIME_ZONE });

/** A calendar day (YYYY-MM-DD), shown as written: no time zone may move it to the day before. */
export function formatDay(ymd: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd);
  if (!match) return ymd;
  return dayFormat.format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))));
}

/** An instant in Mexico City time, e.g. "15 de mayo de 2025, 10:30"; the caller says it is Mexico City time. */
export function formatMexicoDateTime(iso: string, withSeconds = false): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return (withSeconds ? mexicoDateTimeSeconds : mexicoDateTime).format(date);
}

/** Year, month (1–12) and day of `now` in Mexico City. */
export function mexicoToday(now: Date): { year: number; month: number; day: number; iso: string } {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: MEXICO_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  const [year, month, day] = parts.split('-').map(Number) as [number, number, number];
  return { year, month, day, iso: parts };
}
