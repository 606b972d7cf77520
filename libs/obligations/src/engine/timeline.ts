import { isValidDate } from './dates';
import type { Movement } from './types';

/** An uninterrupted hold of the encargo in this ente: from a toma de posesión to a baja (or today). */
export interface Stretch {
  start: string;
  startKind: 'ALTA' | 'REINGRESO';
  end: string | null;
  /** Licencias or suspensions inside the stretch; `until` is the day the person came back. */
  licencias: { from: string; until: string | null }[];
  /** Whether the stretch ended while the person was on licencia (a licencia ending in a definitive baja). */
  endedOnLicencia: boolean;
  cambios: string[];
}

export type Timeline = { stretches: Stretch[]; problems: [] } | { stretches: []; problems: string[] };

type Status = 'NINGUNO' | 'ACTIVO' | 'LICENCIA' | 'BAJA';

/**
 * Reads the movements in date order (same-day movements keep the order they were recorded in) and
 * checks they make sense; contradictory data yields the reasons instead of stretches.
 */
export function buildTimeline(movements: Movement[]): Timeline {
  const problems: string[] = [];
  for (const m of movements) {
    if (!isValidDate(m.date)) problems.push(`El movimiento ${m.kind} tiene una fecha inválida («${m.date}»).`);
  }
  if (problems.length) return { stretches: [], problems };
  if (movements.length === 0) return { stretches: [], problems: ['La persona no tiene movimientos en el padrón.'] };

  const ordered = movements.map((m, i) => ({ ...m, i })).sort((a, b) => (a.date === b.date ? a.i - b.i : a.date < b.date ? -1 : 1));
  const stretches: Stretch[] = [];
  let status: Status = 'NINGUNO';
  let current: Stretch | null = null;

  for (const m of ordered) {
    const fail = (why: string) => problems.push(`${m.kind} del ${m.date}: ${why}`);
    switch (m.kind) {
      case 'ALTA':
      case 'REINGRESO':
        if (status === 'ACTIVO') {
          fail('la persona ya estaba en funciones.');
        } else if (status === 'LICENCIA' && current) {
          if (m.kind === 'ALTA') {
            fail('la persona estaba de licencia; su regreso es un reingreso, no un alta.');
          } else {
            current.licencias[current.licencias.length - 1].until = m.date;
            status = 'ACTIVO';
          }
        } else {
          current = { start: m.date, startKind: m.kind, end: null, licencias: [], endedOnLicencia: false, cambios: [] };
          stretches.push(current);
          status = 'ACTIVO';
        }
        break;
      case 'CAMBIO':
        if (!current || status === 'BAJA') fail('la persona no estaba en funciones.');
        else current.cambios.push(m.date);
        break;
      case 'LICENCIA':
        if (!current || status !== 'ACTIVO') fail('solo puede salir de licencia quien está en funciones.');
        else {
          current.licencias.push({ from: m.date, until: null });
          status = 'LICENCIA';
        }
        break;
      case 'BAJA':
        if (!current || status === 'BAJA') fail('la persona no estaba en funciones.');
        else {
          current.end = m.date;
          current.endedOnLicencia = status === 'LICENCIA';
          status = 'BAJA';
        }
        break;
      default:
        fail('movimiento desconocido.');
    }
  }
  return problems.length ? { stretches: [], problems } : { stretches, problems: [] };
}
