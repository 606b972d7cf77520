import { OBLIGATION_KIND_LABELS, type ObligationKind } from '@veraz/contracts';

const LONG_DATE = new Intl.DateTimeFormat('es-MX', { dateStyle: 'long', timeZone: 'UTC' });

/** «31 de mayo de 2026» for a YYYY-MM-DD date. */
export function longDate(date: string): string {
  return LONG_DATE.format(new Date(`${date}T00:00:00Z`));
}

/** «Declaración de modificación (año 2025)»: what a letter or a reminder says is owed. */
export function describeObligation(kind: ObligationKind, periodKey: string): string {
  const label = OBLIGATION_KIND_LABELS[kind];
  if (/^\d{4}$/.test(periodKey)) return kind === 'CONSTANCIA_FISCAL' ? `${label} (ejercicio fiscal ${periodKey})` : `${label} (año ${periodKey})`;
  return `${label} (por el movimiento del ${longDate(periodKey)})`;
}

export function personName(p: { nombres: string; primerApellido: string; segundoApellido: string | null }): string {
  return [p.nombres, p.primerApellido, p.segundoApellido].filter(Boolean).join(' ');
}
