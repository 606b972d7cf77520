import type { ObligationKind } from './obligations';

/**
 * Requerimientos (LGRA, art. 33): the written demand the OIC sends an omiso, with its tracking
 * states. Shared by the API, the web console and the CLI.
 */

/** Where a requerimiento stands: not notified yet, inside its 30 days, or past them. */
export const REQUERIMIENTO_STATUSES = ['SIN_NOTIFICAR', 'EN_PLAZO', 'VENCIDO', 'ATENDIDO'] as const;
export type RequerimientoStatus = (typeof REQUERIMIENTO_STATUSES)[number];
export const REQUERIMIENTO_STATUS_LABELS: Record<RequerimientoStatus, string> = {
  SIN_NOTIFICAR: 'Sin notificar',
  EN_PLAZO: 'En plazo',
  VENCIDO: 'Vencido (sigue omiso)',
  ATENDIDO: 'Atendido (ya presentó)',
};

export const NOTIFICATION_METHODS = ['CORREO', 'EN_PERSONA'] as const;
export type NotificationMethod = (typeof NOTIFICATION_METHODS)[number];
export const NOTIFICATION_METHOD_LABELS: Record<NotificationMethod, string> = {
  CORREO: 'Por correo electrónico',
  EN_PERSONA: 'En persona',
};

/** An omitted obligation (state OMISA) with its requerimiento, if one was issued. */
export interface OmisoView {
  obligationId: string;
  personId: string;
  nombreCompleto: string;
  area: string | null;
  email: string | null;
  kind: ObligationKind;
  periodKey: string;
  dueDate: string;
  /** Natural days since the due date, on the deadline clock. */
  diasDeAtraso: number;
  requerimiento: { id: string; folio: string; status: RequerimientoStatus } | null;
}

export interface RequerimientoView {
  id: string;
  folio: string;
  obligationId: string;
  personId: string;
  nombreCompleto: string;
  kind: ObligationKind;
  periodKey: string;
  dueDate: string;
  issuedAt: string;
  /** Date (Mexico City) of the notification, null while not notified. */
  notifiedOn: string | null;
  notifiedBy: NotificationMethod | null;
  notifiedTo: string | null;
  /** Notified date + REQUERIMIENTO_DAYS natural days. */
  deadline: string | null;
  /** Natural days until the deadline (negative once past it); null while not notified. */
  diasRestantes: number | null;
  /** The obligation's current state: OMISA until the person files. */
  obligationState: string;
  status: RequerimientoStatus;
  sha256: string | null;
}

export interface RequerimientoBatchResult {
  generated: RequerimientoView[];
  /** Obligations asked for that were skipped, with the reason in Spanish. */
  skipped: Array<{ obligationId: string; motivo: string }>;
}

/** Natural days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** A YYYY-MM-DD date plus some natural days. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
