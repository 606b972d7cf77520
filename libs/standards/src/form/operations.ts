import type { ObjectNode } from './tree';

type Json = Record<string, unknown>;

export type Operation = 'AGREGAR' | 'MODIFICAR' | 'SIN_CAMBIOS' | 'BAJA';

/**
 * Who decides an item's tipoOperacion:
 * - `inicial`: everything is new (AGREGAR); the form shows no operation fields.
 * - `derived`: the draft started from a previous filing; the app compares each copied item with it.
 * - `stated`: a MODIFICACIÓN/CONCLUSIÓN without a previous filing in Veraz; the filer states it.
 */
export type OperationMode = 'inicial' | 'derived' | 'stated';

export function operationMode(tipo: string, hasPrevious: boolean): OperationMode {
  if (tipo === 'INICIAL') return 'inicial';
  return hasPrevious ? 'derived' : 'stated';
}

/** Keys that describe the operation, never the declared good itself. */
const OPERATION_KEYS = new Set(['tipoOperacion', 'motivoBaja']);

/** What an item declares: no operation keys, and an empty list is the same as none. */
export function contentOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(contentOf);
  if (value && typeof value === 'object') {
    const out: Json = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Json)[key];
      if (OPERATION_KEYS.has(key) || v === undefined || (Array.isArray(v) && v.length === 0)) continue;
      out[key] = contentOf(v);
    }
    return out;
  }
  return value;
}

export function sameContent(a: unknown, b: unknown): boolean {
  return JSON.stringify(contentOf(a)) === JSON.stringify(contentOf(b));
}

/** Values of the period a declaration reports: balances at its date and their yearly change. */
const PERIOD_FIELD = /^(saldo|porcentajeIncrementoDecremento$)/;

/**
 * Whether a copied item still says what the previous filing's item said. A balance the previous
 * item lacks (its tipo reported another date, e.g. an INICIAL's saldoSituacionActual) is the new
 * period's value, asked of every item, not a modification of the good.
 */
export function unchangedFrom(item: Json, previous: Json): boolean {
  const own = Object.fromEntries(Object.entries(item).filter(([k]) => !PERIOD_FIELD.test(k) || k in previous));
  return sameContent(own, previous);
}

/**
 * The previous filing's item each current item was copied from. Copied items are never deleted
 * (they become BAJA) and keep their order, so the k-th non-AGREGAR item is the k-th previous one.
 */
export function pairItems(current: readonly unknown[], previous: readonly unknown[]): Array<Json | null> {
  let k = 0;
  return current.map((item) => {
    const op = (item as Json | null)?.tipoOperacion;
    if (op === 'AGREGAR' || op === undefined || k >= previous.length) return null;
    return previous[k++] as Json;
  });
}

/** The section-level lists whose items carry a tipoOperacion (bienInmueble, vehiculo, escolaridad…). */
export function operationLists(root: ObjectNode): string[] {
  return root.children.filter((c) => c.kind === 'list' && c.item.children.some((i) => i.key === 'tipoOperacion')).map((c) => c.key);
}

const hasKey = (node: ObjectNode, key: string) => node.children.some((c) => c.key === key);

/**
 * The section with every tipoOperacion set the way the standard means it: AGREGAR for what is new,
 * SIN_CAMBIOS while a copied item equals the previous filing's, MODIFICAR once it differs, BAJA
 * (with the previous content and its motivoBaja) for a copied item the filer removed.
 */
export function applyOperations(root: ObjectNode, mode: OperationMode, data: Json, previous?: Json | null): Json {
  const out: Json = { ...data };
  if (hasKey(root, 'tipoOperacion') && Object.keys(data).some((k) => !OPERATION_KEYS.has(k))) {
    if (mode === 'inicial') out.tipoOperacion = 'AGREGAR';
    else if (mode === 'derived') out.tipoOperacion = !previous || Object.keys(previous).length === 0 ? 'AGREGAR' : sameContent(withoutLists(root, data), withoutLists(root, previous)) ? 'SIN_CAMBIOS' : 'MODIFICAR';
  }
  for (const key of operationLists(root)) {
    const list = data[key];
    if (!Array.isArray(list)) continue;
    const item = (root.children.find((c) => c.key === key) as { item: ObjectNode }).item;
    const before = Array.isArray(previous?.[key]) ? (previous![key] as Json[]) : [];
    const pairs = pairItems(list, before);
    out[key] = list.map((raw, i) => operateItem(item, mode, (raw ?? {}) as Json, pairs[i] ?? null));
  }
  return out;
}

function operateItem(item: ObjectNode, mode: OperationMode, value: Json, previous: Json | null): Json {
  // Spreading keeps each key where it was, so an untouched copy saves byte for byte what it loaded.
  const as = (tipoOperacion: Operation | unknown, keepMotivo = false): Json => {
    const out: Json = { ...value, tipoOperacion };
    if (tipoOperacion === undefined) delete out.tipoOperacion;
    if (!keepMotivo) delete out.motivoBaja;
    return out;
  };
  const op = value.tipoOperacion;
  if (mode === 'inicial') return as('AGREGAR');
  if (mode === 'stated') return as(op, op === 'BAJA');
  if (!previous) return as('AGREGAR');
  if (op === 'BAJA') {
    // A BAJA reports the good as it was declared, plus why it left.
    const { tipoOperacion: _op, motivoBaja: _m, ...was } = previous;
    return { tipoOperacion: 'BAJA', ...was, ...(hasKey(item, 'motivoBaja') && value.motivoBaja !== undefined ? { motivoBaja: value.motivoBaja } : {}) };
  }
  return as(unchangedFrom(value, previous) ? 'SIN_CAMBIOS' : 'MODIFICAR');
}

/** A section's own fields, without its item lists (those carry their own operation). */
function withoutLists(root: ObjectNode, data: Json): Json {
  const lists = new Set(operationLists(root));
  return Object.fromEntries(Object.entries(data).filter(([k]) => !lists.has(k)));
}
