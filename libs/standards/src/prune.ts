import { loadOas } from './data';
import { groupProperties, resolveRef } from './oas-nav';
import { sectionDef } from './sections';
import { assertTipo, type Tipo } from './tipos';

type Schema = Record<string, unknown>;

/** The schema itself and, recursively, its anyOf/oneOf/allOf branches, with `$ref`s followed. */
function branches(oas: Schema, schemas: readonly unknown[]): Schema[] {
  const out: Schema[] = [];
  const visit = (schema: unknown, depth: number) => {
    const resolved = resolveRef(oas, schema);
    if (!resolved || depth > 16 || out.includes(resolved)) return;
    out.push(resolved);
    for (const keyword of ['anyOf', 'oneOf', 'allOf']) {
      const list = resolved[keyword];
      if (Array.isArray(list)) for (const branch of list) visit(branch, depth + 1);
    }
  };
  for (const schema of schemas) visit(schema, 0);
  return out;
}

function deepCopy(value: unknown): unknown {
  return value === undefined ? undefined : structuredClone(value);
}

function prune(oas: Schema, schemas: readonly unknown[], value: unknown): unknown {
  const all = branches(oas, schemas);
  if (Array.isArray(value)) {
    const items = all.map((s) => s.items).filter((i) => i && typeof i === 'object' && !Array.isArray(i));
    if (!items.length) return deepCopy(value);
    return value.map((element) => prune(oas, items, element));
  }
  if (value && typeof value === 'object') {
    const withProperties = all.filter((s) => s.properties && typeof s.properties === 'object');
    if (!withProperties.length) return deepCopy(value);
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) {
      if (child === undefined) continue;
      const defining = withProperties.filter((s) => Object.prototype.hasOwnProperty.call(s.properties, key));
      if (!defining.length) continue;
      out[key] = prune(oas, defining.map((s) => (s.properties as Schema)[key]), child);
    }
    return out;
  }
  return value;
}

/**
 * Deep copy of a section payload keeping only the keys that the section's schema in the tipo's OAS
 * defines (follows $ref, arrays and anyOf/oneOf/allOf: a key is kept if any branch defines it).
 * Used when a declaration is prefilled from one of another tipo, e.g. `inversion[].saldoSituacionActual`
 * of an INICIAL is dropped for a MODIFICACIÓN. Throws for a section that the tipo does not have.
 */
export function pruneToSchema(tipo: Tipo, name: string, payload: unknown): unknown {
  assertTipo(tipo);
  const def = sectionDef(tipo, name);
  if (!def) throw new Error(`La sección ${JSON.stringify(name)} no existe en el formato ${tipo}`);
  const oas = loadOas(tipo);
  return prune(oas, [groupProperties(oas, def.group)[def.name]], payload);
}
