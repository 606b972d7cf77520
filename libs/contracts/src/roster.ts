import type { EmploymentLevel } from './declarations';
import type { RosterMovement, RosterStatus } from './obligations';

/** The roster CSV's columns (headers are case- and accent-insensitive); README and the Padrón page list them. */
export const ROSTER_COLUMNS = [
  'curp',
  'nombres',
  'primer_apellido',
  'segundo_apellido',
  'correo',
  'puesto',
  'area',
  'nivel',
  'fecha_alta',
  'fecha_baja',
  'motivo',
  'fecha_movimiento',
] as const;
export type RosterColumn = (typeof ROSTER_COLUMNS)[number];
export const REQUIRED_ROSTER_COLUMNS: RosterColumn[] = ['curp', 'nombres', 'primer_apellido', 'fecha_alta', 'motivo'];

/** What applying a previewed line does. */
export type RosterImportAction = 'NUEVA' | 'CAMBIO' | 'SIN_CAMBIO' | 'ERROR';
export const ROSTER_IMPORT_ACTION_LABELS: Record<RosterImportAction, string> = {
  NUEVA: 'Nueva',
  CAMBIO: 'Con cambios',
  SIN_CAMBIO: 'Sin cambios',
  ERROR: 'Con errores',
};
export type RosterImportStatus = 'PREVISTA' | 'APLICADA' | 'DESCARTADA';

export interface RosterRowError {
  line: number;
  column: RosterColumn | null;
  message: string;
}

export interface RosterImportSummary {
  id: string;
  fileName: string;
  status: RosterImportStatus;
  rowsTotal: number;
  counts: Record<RosterImportAction, number>;
  createdAt: string;
  appliedAt: string | null;
}

export interface RosterImportLine {
  line: number;
  data: Record<string, string | null>;
  errors: RosterRowError[];
  action: RosterImportAction;
}

export interface RosterImportDetail extends RosterImportSummary {
  rows: RosterImportLine[];
}

/** What a roster line and a person on the roster share: the roster's columns, parsed. */
export interface RosterPersonFields {
  curp: string;
  nombres: string;
  primerApellido: string;
  segundoApellido: string | null;
  email: string | null;
  puesto: string | null;
  area: string | null;
  nivel: EmploymentLevel | null;
  fechaAlta: string;
  fechaBaja: string | null;
}

export interface RosterPersonView extends RosterPersonFields {
  id: string;
  status: RosterStatus;
  /** The person already has an account in the institution. */
  joined: boolean;
}

export interface RosterEventView {
  id: string;
  kind: RosterMovement;
  effectiveDate: string;
  puesto: string | null;
  area: string | null;
  nivel: EmploymentLevel | null;
  source: 'IMPORTACION' | 'EDICION';
  recordedAt: string;
  /** The event that corrects this one (e.g. a baja date moved). */
  supersededBy: string | null;
}

export interface RosterPersonDetail extends RosterPersonView {
  events: RosterEventView[];
}
