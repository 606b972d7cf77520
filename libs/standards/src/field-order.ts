import { resolveRef, sectionSchema, type Schema } from './oas-nav';
import type { Tipo } from './tipos';
import { oasDocument } from './validation';

/*
 * The order in which documents print the fields of an object. Stored JSON loses key order
 * (PostgreSQL's jsonb sorts keys by length), so a PDF cannot print keys as they come back: it would
 * start datos generales with RFC, CURP, Nombre. The official OAS lists each object's properties in the
 * order of the DOF form (Nombre, Primer apellido, Segundo apellido, CURP, RFC…; I, II, II.1…, A, B, C),
 * so that order is the one used. Aclaraciones / observaciones closes every section, as in the forms.
 */

const LAST = 'aclaracionesObservaciones';

/** The property names of each variant of the object at a label path (one list for a plain object). */
function variantsAt(tipo: Tipo, labelPath: string): string[][] {
  const oas = oasDocument(tipo);
  const [section, ...keys] = labelPath.split('.');
  let schema: Schema | undefined = sectionSchema(oas, section ?? '');
  const step = (s: Schema | undefined): Schema[] => {
    const resolved = resolveRef(oas, s);
    if (!resolved) return [];
    if (resolved.type === 'array') return step(resolved.items as Schema);
    if (Array.isArray(resolved.anyOf)) return (resolved.anyOf as Schema[]).flatMap(step);
    return [resolved];
  };
  let candidates = step(schema);
  for (const key of keys) {
    schema = candidates.map((c) => (c.properties as Record<string, Schema> | undefined)?.[key]).find(Boolean);
    candidates = step(schema);
  }
  return candidates.map((c) => Object.keys((c.properties ?? {}) as Record<string, Schema>)).filter((list) => list.length > 0);
}

const cache = new Map<string, string[][]>();

/**
 * `keys` (the properties of one object at `labelPath`: section and property names, no indexes) in the
 * order of the tipo's DOF form. Of several variants (experiencia laboral: público / privado) the one
 * that holds most of the keys decides; keys the standard does not list keep their order, after the rest.
 */
export function orderFields(tipo: Tipo, labelPath: string, keys: readonly string[]): string[] {
  const cacheKey = `${tipo}:${labelPath}`;
  let variants = cache.get(cacheKey);
  if (!variants) {
    variants = variantsAt(tipo, labelPath);
    cache.set(cacheKey, variants);
  }
  const order = variants.reduce<string[]>((best, v) => (v.filter((k) => keys.includes(k)).length > best.filter((k) => keys.includes(k)).length ? v : best), []);
  const rank = (key: string) => (key === LAST ? Number.MAX_SAFE_INTEGER : order.includes(key) ? order.indexOf(key) : order.length);
  return keys
    .map((key, index) => ({ key, index }))
    .sort((a, b) => rank(a.key) - rank(b.key) || a.index - b.index)
    .map(({ key }) => key);
}
