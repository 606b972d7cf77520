import type { EmploymentLevel, RosterMovement, RosterPersonFields, RosterStatus } from '@veraz/contracts';
import type { RosterRow, RowError } from '../csv/roster-csv';

/** A person as the roster holds them now, with their movements still in force (not superseded). */
export interface CurrentPerson extends RosterPersonFields {
  id: string;
  status: RosterStatus;
  userId: string | null;
  events: Array<{ id: string; kind: RosterMovement; date: string }>;
}

/** The person's state after the row; also the snapshot its event records. */
export interface PersonState {
  nombres: string;
  primerApellido: string;
  segundoApellido: string | null;
  email: string | null;
  puesto: string | null;
  area: string | null;
  nivel: EmploymentLevel | null;
  fechaAlta: string;
  fechaBaja: string | null;
  status: RosterStatus;
}

export interface PlannedEvent {
  kind: RosterMovement;
  date: string;
  /** The event this one corrects (e.g. a baja date moved): it stays, marked superseded. */
  supersedes: string | null;
}

export type RowPlan =
  | { action: 'NUEVA'; state: PersonState; events: PlannedEvent[] }
  | { action: 'CAMBIO'; state: PersonState; events: PlannedEvent[] }
  | { action: 'SIN_CAMBIO' }
  | { action: 'ERROR'; errors: RowError[] };

const STATE_FIELDS: Array<keyof PersonState> = [
  'nombres', 'primerApellido', 'segundoApellido', 'email', 'puesto', 'area', 'nivel', 'fechaAlta', 'fechaBaja', 'status',
];

/**
 * What applying one valid line does to the person with its CURP. Empty optional cells keep what the
 * roster holds. Movements already recorded on the same date are not repeated (a re-import changes
 * nothing); a different date for the same alta or baja is a correction that supersedes the old event.
 */
export function planRow(line: number, row: RosterRow, current: CurrentPerson | undefined): RowPlan {
  const base = {
    nombres: row.nombres,
    primerApellido: row.primerApellido,
    segundoApellido: row.segundoApellido ?? current?.segundoApellido ?? null,
    email: row.email ?? current?.email ?? null,
    puesto: row.puesto ?? current?.puesto ?? null,
    area: row.area ?? current?.area ?? null,
    nivel: row.nivel ?? current?.nivel ?? null,
  };
  if (!current) {
    const events: PlannedEvent[] = [{ kind: 'ALTA', date: row.fechaAlta, supersedes: null }];
    if (row.motivo !== 'ALTA' && row.motivo !== 'REINGRESO') events.push({ kind: row.motivo, date: row.fechaMovimiento, supersedes: null });
    return { action: 'NUEVA', state: { ...base, ...datesFor(row, row.fechaAlta), status: statusFor(row.motivo) }, events };
  }

  const error = (column: RowError['column'], message: string): RowPlan => ({ action: 'ERROR', errors: [{ line, column, message }] });
  if (current.status === 'BAJA' && row.motivo !== 'BAJA' && row.motivo !== 'REINGRESO') {
    return error('motivo', 'La persona está dada de baja: para que vuelva, usa el motivo reingreso con la nueva fecha de alta.');
  }
  const reentry = row.motivo === 'REINGRESO' && current.status === 'BAJA';
  if (reentry && current.fechaBaja && row.fechaAlta <= current.fechaBaja) {
    return error('fecha_alta', 'El reingreso después de una baja necesita una fecha de alta posterior a la fecha de baja.');
  }
  // A return from a licencia keeps the toma de posesión; a re-entry after a baja starts a new one.
  const fechaAlta = row.motivo === 'REINGRESO' && !reentry ? current.fechaAlta : row.fechaAlta;
  const state: PersonState = { ...base, ...datesFor(row, fechaAlta), status: statusFor(row.motivo) };
  if (state.fechaBaja && state.fechaBaja < state.fechaAlta) return error('fecha_baja', 'La fecha de baja es anterior a la fecha de alta.');

  const inForce = (kind: RosterMovement, date?: string) => current.events.filter((e) => e.kind === kind && (!date || e.date === date));
  const events: PlannedEvent[] = [];
  const snapshotChanged = state.puesto !== current.puesto || state.area !== current.area || state.nivel !== current.nivel;
  switch (row.motivo) {
    case 'ALTA': {
      const same = inForce('ALTA', row.fechaAlta)[0];
      const previous = inForce('ALTA').at(-1);
      if (!same || snapshotChanged) events.push({ kind: 'ALTA', date: row.fechaAlta, supersedes: (same ?? previous)?.id ?? null });
      break;
    }
    case 'BAJA': {
      const previous = current.events.filter((e) => e.kind === 'BAJA' && e.date >= current.fechaAlta).at(-1);
      if (!previous || previous.date !== row.fechaMovimiento) events.push({ kind: 'BAJA', date: row.fechaMovimiento, supersedes: previous?.id ?? null });
      break;
    }
    default: {
      const same = inForce(row.motivo, row.fechaMovimiento)[0];
      if (!same || snapshotChanged) events.push({ kind: row.motivo, date: row.fechaMovimiento, supersedes: same?.id ?? null });
    }
  }
  const changed = STATE_FIELDS.some((f) => state[f] !== current[f]);
  if (!changed && !events.length) return { action: 'SIN_CAMBIO' };
  return { action: 'CAMBIO', state, events };
}

function statusFor(motivo: RosterMovement): RosterStatus {
  if (motivo === 'BAJA') return 'BAJA';
  if (motivo === 'LICENCIA') return 'LICENCIA';
  return 'ACTIVO';
}

function datesFor(row: RosterRow, fechaAlta: string): { fechaAlta: string; fechaBaja: string | null } {
  return { fechaAlta, fechaBaja: row.motivo === 'BAJA' ? row.fechaBaja : null };
}
