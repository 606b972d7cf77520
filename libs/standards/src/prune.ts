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

/**
 * What pruning needs of a set of schemas (a value's place in the OAS): the item schemas of an array
 * and the schemas each key of an object has. Built once per place and kept, since the OAS documents
 * are loaded once and never change; only keys the schemas define are kept, whatever the data holds.
 */
class Place {
  private readonly all: Schema[];
  private itemPlace: Place | null | undefined;
  private readonly children = new Map<string, Place>();
  readonly hasProperties: boolean;

  constructor(
    private readonly oas: Schema,
    schemas: readonly unknown[],
  ) {
    this.all = branches(oas, schemas);
    this.hasProperties = this.all.some((s) => s.properties && typeof s.properties === 'object');
  }

  /** The place of an array's elements; null when no schema says what they are. */
  items(): Place | null {
    if (this.itemPlace === undefined) {
      const items = this.all.map((s) => s.items).filter((i) => i && typeof i === 'object' && !Array.isArray(i));
      this.itemPlace = items.length ? new Place(this.oas, items) : null;
    }
    return this.itemPlace;
  }

  /** The place of an object's `key`; null when no schema defines it. */
  child(key: string): Place | null {
    const known = this.children.get(key);
    if (known) return known;
    const defining = this.all.filter((s) => s.properties && typeof s.properties === 'object' && Object.prototype.hasOwnProperty.call(s.properties, key));
    if (!defining.length) return null;
    const place = new Place(this.oas, defining.map((s) => (s.properties as Schema)[key]));
    this.children.set(key, place);
    return place;
  }
}

function prune(place: Place, value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = place.items();
    if (!items) return deepCopy(value);
    return value.map((element) => prune(items, element));
  }
  if (value && typeof value === 'object') {
    if (!place.hasProperties) return deepCopy(value);
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) {
      if (child === undefined) continue;
      const childPlace = place.child(key);
      if (!childPlace) continue;
      out[key] = prune(childPlace, child);
    }
    return out;
  }
  return value;
}

const sectionPlaces = new Map<string, Place>();

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
  const key = `${tipo}/${def.name}`;
  let place = sectionPlaces.get(key);
  if (!place) {
    const oas = loadOas(tipo);
    place = new Place(oas, [groupProperties(oas, def.group)[def.name]]);
    sectionPlaces.set(key, place);
  }
  return prune(place, payload);
}
