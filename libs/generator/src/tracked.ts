import type { ClaveValor, Json } from './catalog';

/** How an item changed since the previous filing; it becomes its `tipoOperacion`. */
export type Change = 'new' | 'same' | 'changed' | 'gone';

const OPERATION: Record<Change, string> = { new: 'AGREGAR', same: 'SIN_CAMBIOS', changed: 'MODIFICAR', gone: 'BAJA' };

/**
 * An item a person declares year after year (a house, an account, a school degree). `data` holds the S1
 * fields that do not depend on the tipo and is replaced, never mutated, so yielded filings stay intact.
 */
export interface Tracked {
  data: Json;
  status: Change;
  /** Inversiones and adeudos: the balance now and at the previous filing (for porcentajeIncrementoDecremento). */
  balance?: number;
  prevBalance?: number;
  currency?: string;
  /** Set when the item leaves: the reason and, for a sale, what it was sold for (ingresos: enajenación). */
  motivoBaja?: ClaveValor;
  soldFor?: number;
  enajenado?: 'MUEBLE' | 'INMUEBLE' | 'VEHICULO';
  /** Internal tags (never emitted): e.g. the end date of a degree in progress, an asset's current value. */
  meta?: Record<string, unknown>;
}

export function track(data: Json, extra: Partial<Tracked> = {}): Tracked {
  return { data, status: 'new', ...extra };
}

export function operation(item: Tracked): string {
  return OPERATION[item.status];
}

/** Marks a change; an item not yet declared stays 'new'. */
export function update(item: Tracked, patch: Json): void {
  item.data = { ...item.data, ...patch };
  if (item.status === 'same') item.status = 'changed';
}

export function remove(item: Tracked, motivoBaja?: ClaveValor, soldFor?: number): void {
  item.status = 'gone';
  if (motivoBaja) item.motivoBaja = motivoBaja;
  if (soldFor !== undefined) item.soldFor = soldFor;
}

/** After a filing: items that left are dropped, the rest count as already declared. */
export function settle(list: Tracked[]): Tracked[] {
  const kept = list.filter((item) => item.status !== 'gone');
  for (const item of kept) {
    item.status = 'same';
    item.prevBalance = item.balance;
    delete item.motivoBaja;
    delete item.soldFor;
  }
  return kept;
}

/** A list section holds at most 4 items (BAJA ones included), which keeps filings of a realistic size. */
export const MAX_ITEMS = 4;

export function room(list: readonly Tracked[]): boolean {
  return list.length < MAX_ITEMS;
}

export function live(list: readonly Tracked[]): Tracked[] {
  return list.filter((item) => item.status !== 'gone');
}
