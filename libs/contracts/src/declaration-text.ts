import type { DeclarationSummary, DeclarationTipo, FilingSummary } from './declarations';

/**
 * How declarations and filings read in Spanish, shared by the web app and the API's exports so both
 * say the same thing.
 */

/** Where filing deadlines run and where the times on acuses are read. */
export const MEXICO_TIME_ZONE = 'America/Mexico_City';

export const DECLARATION_TIPO_LABELS: Record<DeclarationTipo, string> = {
  INICIAL: 'Declaración inicial',
  MODIFICACIÓN: 'Declaración de modificación',
  CONCLUSIÓN: 'Declaración de conclusión',
};

type Kind = Pick<DeclarationSummary, 'tipo' | 'actualizacionConflictoInteres'>;
type Period = Kind & Pick<DeclarationSummary, 'fechaTomaPosesion' | 'anioReportado' | 'fechaConclusion'>;

/** "Declaración de modificación", or the interest-only update that travels as a MODIFICACIÓN. */
export function declarationTitle(d: Kind): string {
  if (d.actualizacionConflictoInteres) return 'Actualización de la declaración de intereses';
  return DECLARATION_TIPO_LABELS[d.tipo];
}

/** The period a declaration covers, in words: "Año reportado: 2024". */
export function periodText(d: Period): string {
  if (d.actualizacionConflictoInteres) return 'Por posible conflicto de interés';
  if (d.tipo === 'INICIAL') return d.fechaTomaPosesion ? `Toma de posesión: ${formatDay(d.fechaTomaPosesion)}` : 'Toma de posesión sin fecha';
  if (d.tipo === 'CONCLUSIÓN') return d.fechaConclusion ? `Conclusión del cargo: ${formatDay(d.fechaConclusion)}` : 'Conclusión sin fecha';
  return d.anioReportado ? `Año reportado: ${d.anioReportado}` : 'Año reportado sin indicar';
}

export function formatText(completa: boolean): string {
  return completa ? 'Formato completo' : 'Formato simplificado';
}

/** What a reviewer needs to tell at a glance: in force, corrected later, or withheld from publication. */
export function filingStateText(filing: Pick<FilingSummary, 'isLatest' | 'reserved'>): string {
  const state = filing.isLatest ? 'Vigente' : 'Sustituida por una nota aclaratoria';
  return filing.reserved ? `${state} · reservada (no se publica)` : state;
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
