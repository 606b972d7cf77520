import { contentOf, operationLists, pairItems, type Operation } from './operations';
import type { ObjectNode } from './tree';

type Json = Record<string, unknown>;

/** One field that differs from the previous filing: its form name, label path and both values. */
export interface FieldChange {
  /** Form-style name from the section root, e.g. 'vehiculo.0.marca'. */
  name: string;
  /** Names without indexes and the section in front: the key of the labels file. */
  labelPath: string;
  before: unknown;
  after: unknown;
}

export interface ItemChange {
  listKey: string;
  /** Position in the current list (0-based). */
  index: number;
  operation: Operation;
  /** For MODIFICAR: what differs; for BAJA: the motivo; empty for AGREGAR (all of it is new). */
  changes: FieldChange[];
}

export interface SectionDiff {
  /** The section's own fields (not in an item list) that differ. */
  fields: FieldChange[];
  /** Items that are not SIN_CAMBIOS. */
  items: ItemChange[];
}

/** What a section (with its operations applied) changes against the filing it was copied from. */
export function sectionDiff(sectionName: string, root: ObjectNode, current: Json, previous: Json): SectionDiff {
  const lists = operationLists(root);
  const rest = (data: Json) => Object.fromEntries(Object.entries(data).filter(([k]) => !lists.includes(k)));
  const fields = leafChanges(sectionName, '', rest(current), rest(previous));
  const items: ItemChange[] = [];
  for (const listKey of lists) {
    const list = Array.isArray(current[listKey]) ? (current[listKey] as Json[]) : [];
    const pairs = pairItems(list, Array.isArray(previous[listKey]) ? (previous[listKey] as Json[]) : []);
    list.forEach((item, index) => {
      const operation = (item?.tipoOperacion ?? 'AGREGAR') as Operation;
      if (operation === 'SIN_CAMBIOS') return;
      const name = `${listKey}.${index}`;
      let changes: FieldChange[] = [];
      if (operation === 'MODIFICAR') changes = leafChanges(sectionName, name, item, pairs[index] ?? {});
      if (operation === 'BAJA' && item.motivoBaja !== undefined) changes = [{ name: `${name}.motivoBaja`, labelPath: labelPath(sectionName, `${name}.motivoBaja`), before: undefined, after: item.motivoBaja }];
      items.push({ listKey, index, operation, changes });
    });
  }
  return { fields, items };
}

function leafChanges(sectionName: string, base: string, current: unknown, previous: unknown): FieldChange[] {
  const after = leaves(contentOf(current), base);
  const before = leaves(contentOf(previous), base);
  const names = [...new Set([...before.keys(), ...after.keys()])];
  return names
    .filter((n) => JSON.stringify(before.get(n)) !== JSON.stringify(after.get(n)))
    .map((n) => ({ name: n, labelPath: labelPath(sectionName, n), before: before.get(n), after: after.get(n) }));
}

/** A declared value a person reads as one thing: text, number, {clave, valor}, {valor, moneda|unidad}, a list of claves. */
function isLeaf(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true;
  if (Array.isArray(value)) return value.every((v) => isLeaf(v));
  const keys = Object.keys(value);
  return keys.includes('clave') || (keys.includes('valor') && keys.every((k) => k === 'valor' || k === 'moneda' || k === 'unidad'));
}

function leaves(value: unknown, base: string, out = new Map<string, unknown>()): Map<string, unknown> {
  if (isLeaf(value)) {
    if (base) out.set(base, value);
    return out;
  }
  if (Array.isArray(value)) value.forEach((v, i) => leaves(v, `${base}.${i}`, out));
  else for (const [k, v] of Object.entries(value as Json)) leaves(v, base ? `${base}.${k}` : k, out);
  return out;
}

function labelPath(sectionName: string, name: string): string {
  return [sectionName, ...name.split('.').filter((p) => p && !/^\d+$/.test(p))].join('.');
}
