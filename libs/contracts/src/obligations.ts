/**
 * The institution console's vocabulary: roster movements, obligation kinds and states. Codes are
 * stored as they are here; the labels are what people read.
 */

/** A dated movement in the roster (padrón), as the CSV's «motivo» column names it. */
export const ROSTER_MOVEMENTS = ['ALTA', 'BAJA', 'CAMBIO', 'LICENCIA', 'REINGRESO'] as const;
export type RosterMovement = (typeof ROSTER_MOVEMENTS)[number];
export const ROSTER_MOVEMENT_LABELS: Record<RosterMovement, string> = {
  ALTA: 'Alta (toma de posesión)',
  BAJA: 'Baja (conclusión del encargo)',
  CAMBIO: 'Cambio de puesto, nivel o adscripción',
  LICENCIA: 'Licencia o suspensión',
  REINGRESO: 'Reingreso',
};

export const ROSTER_STATUSES = ['ACTIVO', 'LICENCIA', 'BAJA'] as const;
export type RosterStatus = (typeof ROSTER_STATUSES)[number];
export const ROSTER_STATUS_LABELS: Record<RosterStatus, string> = {
  ACTIVO: 'Activo',
  LICENCIA: 'Con licencia',
  BAJA: 'Baja',
};

/** What a person must present: the three declarations, the aviso and the tax constancia. */
export const OBLIGATION_KINDS = ['INICIAL', 'MODIFICACIÓN', 'CONCLUSIÓN', 'AVISO_CAMBIO_ENTE', 'CONSTANCIA_FISCAL'] as const;
export type ObligationKind = (typeof OBLIGATION_KINDS)[number];
export const OBLIGATION_KIND_LABELS: Record<ObligationKind, string> = {
  INICIAL: 'Declaración inicial',
  MODIFICACIÓN: 'Declaración de modificación',
  CONCLUSIÓN: 'Declaración de conclusión',
  AVISO_CAMBIO_ENTE: 'Aviso por cambio de ente público',
  CONSTANCIA_FISCAL: 'Constancia de presentación de la declaración fiscal',
};

export const OBLIGATION_STATES = ['PENDIENTE', 'PRESENTADA_EN_TIEMPO', 'PRESENTADA_EXTEMPORANEA', 'OMISA'] as const;
export type ObligationState = (typeof OBLIGATION_STATES)[number];
export const OBLIGATION_STATE_LABELS: Record<ObligationState, string> = {
  PENDIENTE: 'Pendiente',
  PRESENTADA_EN_TIEMPO: 'Presentada en tiempo',
  PRESENTADA_EXTEMPORANEA: 'Presentada extemporánea',
  OMISA: 'Omisa',
};

/** Natural days a requerimiento gives after its notification (LGRA, art. 33). */
export const REQUERIMIENTO_DAYS = 30;
/** Natural days after the toma de posesión or the conclusión (Normas, Cuarta). */
export const FILING_WINDOW_DAYS = 60;

/** One obligation as the filer reads it on their home page (GET /api/declarations/obligations). */
export interface FilerObligationView {
  id: string;
  kind: ObligationKind;
  kindLabel: string;
  /** The trigger date (YYYY-MM-DD) or, for MODIFICACIÓN and the constancia, the reported year (YYYY). */
  periodKey: string;
  triggerDate: string;
  windowStart: string;
  dueDate: string;
  state: ObligationState;
  stateLabel: string;
  metOn: string | null;
  /** The rule applied, in Spanish (Normas, Cuarta and Séptima). */
  basis: string;
}

export interface FilerObligationsView {
  /** false when this account has no row in the institution's roster (padrón): nothing is derived. */
  onRoster: boolean;
  /** Missed first, then pending, then presented; by due date inside each. */
  items: FilerObligationView[];
}
