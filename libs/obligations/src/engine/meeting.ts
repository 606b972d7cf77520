import type { ObligationState } from '@veraz/contracts';
import type { DerivedObligation } from './types';

/** A filing or record that may meet an obligation. */
export interface Candidate {
  id: string;
  on: string;
}

/**
 * Gives each obligation the earliest unused candidate inside its range [from, to) (null = open).
 * Ranges follow employment periods, not exact dates, so a filing keeps meeting its obligation when
 * the roster is corrected backwards (an alta or baja date moved past the filing).
 */
export function assignInRanges<T extends { from: string | null; to: string | null }>(slots: T[], candidates: Candidate[]): (Candidate | null)[] {
  const pool = [...candidates].sort((a, b) => (a.on === b.on ? (a.id < b.id ? -1 : 1) : a.on < b.on ? -1 : 1));
  const used = new Set<string>();
  return slots.map((slot) => {
    const hit = pool.find((c) => !used.has(c.id) && (slot.from === null || c.on >= slot.from) && (slot.to === null || c.on < slot.to));
    if (hit) used.add(hit.id);
    return hit ?? null;
  });
}

/** Normas, Cuarta and LGRA art. 33: in time up to the due date, late after it, omisa while missing after it. */
export function stateOf(dueDate: string, metOn: string | null, today: string): ObligationState {
  if (metOn !== null) return metOn <= dueDate ? 'PRESENTADA_EN_TIEMPO' : 'PRESENTADA_EXTEMPORANEA';
  return dueDate < today ? 'OMISA' : 'PENDIENTE';
}

export function pending(kind: DerivedObligation['kind'], periodKey: string, windowStart: string, dueDate: string, basis: string): DerivedObligation {
  return { kind, periodKey, triggerDate: periodKey.length === 4 ? windowStart : periodKey, windowStart, dueDate, state: 'PENDIENTE', metBy: null, metOn: null, basis };
}

/** Fills metBy/metOn and the state of each slot's obligation. */
export function meet(slots: { obligation: DerivedObligation; from: string | null; to: string | null }[], candidates: { id: string; on: string }[], today: string): void {
  const hits = assignInRanges(slots, candidates);
  slots.forEach(({ obligation }, i) => {
    obligation.metBy = hits[i]?.id ?? null;
    obligation.metOn = hits[i]?.on ?? null;
    obligation.state = stateOf(obligation.dueDate, obligation.metOn, today);
  });
}
