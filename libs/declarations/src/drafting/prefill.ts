import type { SectionChange } from '@veraz/contracts';
import { canonicalJson } from '@veraz/crypto';
import { pruneToSchema, type SectionDef, type Tipo } from '@veraz/standards';

type Json = Record<string, unknown>;

/** A section as it appears in a filed S1 document, found by its group and response name. */
export function sectionOfDocument(document: Json, def: Pick<SectionDef, 'group' | 'name'>): Json | undefined {
  const declaracion = document.declaracion as Json | undefined;
  const group = declaracion?.[def.group] as Json | undefined;
  const value = group?.[def.name];
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined;
}

/**
 * What a new declaration starts with for one section of the previous filing: items reported as
 * BAJA are gone (a BAJA is reported once), every carried item becomes SIN_CAMBIOS, and keys that
 * the new tipo does not define (e.g. INICIAL saldos in a MODIFICACIÓN) are dropped.
 */
export function carryForward(tipo: Tipo, def: SectionDef, previous: Json): Json {
  const copy = structuredClone(previous);
  if ('tipoOperacion' in copy) copy.tipoOperacion = 'SIN_CAMBIOS';
  for (const [key, value] of Object.entries(copy)) {
    if (!Array.isArray(value) || !value.every((item) => item && typeof item === 'object')) continue;
    copy[key] = (value as Json[])
      .filter((item) => item.tipoOperacion !== 'BAJA')
      .map((item) => ({ ...item, tipoOperacion: 'SIN_CAMBIOS' }));
  }
  return pruneToSchema(tipo, def.name, copy) as Json;
}

/** Per section, what changed in a draft against the filing it started from (tipoOperacion ignored). */
export function compareSection(def: SectionDef, current: Json | undefined, previous: Json | undefined): SectionChange {
  if (!current) return { section: def.name, change: 'VACIA' };
  if (!previous) return { section: def.name, change: 'NUEVA' };
  const change: SectionChange = {
    section: def.name,
    change: canonicalJson(withoutOperation(current)) === canonicalJson(withoutOperation(previous)) ? 'SIN_CAMBIOS' : 'MODIFICADA',
  };
  if (def.listKey) change.items = compareItems(listOf(current, def.listKey), listOf(previous, def.listKey));
  return change;
}

function compareItems(current: unknown[], previous: unknown[]): { added: number; removed: number; unchanged: number } {
  const remaining = new Map<string, number>();
  for (const item of previous) {
    const key = canonicalJson(withoutOperation(item));
    remaining.set(key, (remaining.get(key) ?? 0) + 1);
  }
  let unchanged = 0;
  let added = 0;
  for (const item of current) {
    if ((item as Json)?.tipoOperacion === 'BAJA') continue;
    const key = canonicalJson(withoutOperation(item));
    const left = remaining.get(key) ?? 0;
    if (left > 0) {
      unchanged++;
      remaining.set(key, left - 1);
    } else {
      added++;
    }
  }
  return { added, removed: previous.length - unchanged, unchanged };
}

function listOf(section: Json, key: string): unknown[] {
  const list = section[key];
  return Array.isArray(list) ? list : [];
}

/** The content that matters for "what changed": no tipoOperacion, and an empty list is the same as none. */
function withoutOperation(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutOperation);
  if (value && typeof value === 'object') {
    const out: Json = {};
    for (const [k, v] of Object.entries(value)) {
      if (k === 'tipoOperacion' || (Array.isArray(v) && v.length === 0)) continue;
      out[k] = withoutOperation(v);
    }
    return out;
  }
  return value;
}
