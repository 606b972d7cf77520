import { limitedLeaf } from '../limits';
import { resolveRef, sectionSchema, type Schema } from '../oas-nav';

/**
 * The capture form of a section, derived from the section's schema in the official OAS of a tipo.
 * The form never carries its own copy of the S1 shape: every field, nesting, list, enum and required
 * marker comes from the OAS; only widgets are chosen here.
 */
export type FormNode =
  | TextNode
  | NumberNode
  | BooleanNode
  | DateNode
  | EnumNode
  | CatalogNode
  | CatalogListNode
  | GeoNode
  | MoneyNode
  | ObjectNode
  | ListNode;

interface BaseNode {
  /** Property name in the S1 JSON. */
  key: string;
  /** Section name and property names without indexes, e.g. 'bienesInmuebles.bienInmueble.tercero'. */
  labelPath: string;
  /** In its parent's `required` list of the official schema. */
  required: boolean;
  /** The OAS description, a fallback help text. */
  description?: string;
}

export interface TextNode extends BaseNode {
  kind: 'text';
  maxLength?: number;
  /** Long free text (aclaraciones, descripciones). */
  multiline: boolean;
  inputType: 'text' | 'email' | 'tel';
}
export interface NumberNode extends BaseNode {
  kind: 'number';
  integer: boolean;
  minimum?: number;
  maximum?: number;
}
export interface BooleanNode extends BaseNode {
  kind: 'boolean';
}
export interface DateNode extends BaseNode {
  kind: 'date';
}
/** A plain string enum (tipoPersona, formaPago, tipoOperacion...). */
export interface EnumNode extends BaseNode {
  kind: 'enum';
  values: string[];
}
/** A `{clave, valor}` object whose clave is an enum of an official catalog. */
export interface CatalogNode extends BaseNode {
  kind: 'catalog';
  claves: string[];
  /** Length limit of the text typed when the code asks to specify (OTRO): its `valor`. */
  valorMaxLength?: number;
}
/** An array of `{clave, valor}` (titular): several codes may apply at once. */
export interface CatalogListNode extends BaseNode {
  kind: 'catalogList';
  claves: string[];
}
/** INEGI state or municipality `{clave, valor}`, an ISO country code, or an ISO 4217 currency code. */
export interface GeoNode extends BaseNode {
  kind: 'entidad' | 'municipio' | 'pais' | 'moneda';
}
/** `{valor, moneda}` (the OAS `monto`); the amount's range comes from limites.json. */
export interface MoneyNode extends BaseNode {
  kind: 'money';
  minimum?: number;
  maximum?: number;
}
export interface ObjectNode extends BaseNode {
  kind: 'object';
  children: FormNode[];
  /**
   * Items of `anyOf` variants (experiencia laboral: sector público / privado): the key that tells
   * them apart and, for each child key that belongs to only one variant, that variant's index.
   */
  variants?: { discriminator: string; childVariant: Record<string, number> };
}
export interface ListNode extends BaseNode {
  kind: 'list';
  item: ObjectNode;
}

export interface SectionForm {
  name: string;
  root: ObjectNode;
}

const LONG_TEXT = /^(aclaracionesObservaciones|descripcion|descripcionGeneralBien|funcionPrincipal|especifiqueApoyo)$/;

function enumOf(oas: Schema, schema: Schema | undefined): string[] | undefined {
  const resolved = resolveRef(oas, schema);
  return Array.isArray(resolved?.enum) ? (resolved!.enum as string[]) : undefined;
}

function isClaveValor(schema: Schema): boolean {
  const props = schema.properties as Record<string, Schema> | undefined;
  return !!props && 'clave' in props && Object.keys(props).every((k) => k === 'clave' || k === 'valor');
}

function geoKind(oas: Schema, schema: Schema): 'entidad' | 'municipio' | undefined {
  const clave = resolveRef(oas, (schema.properties as Record<string, Schema>).clave);
  if (clave?.pattern === '^\\d{2}$') return 'entidad';
  if (clave?.pattern === '^\\d{3}$') return 'municipio';
  return undefined;
}

const numberOrUndefined = (value: unknown) => (typeof value === 'number' ? value : undefined);

function build(oas: Schema, raw: unknown, key: string, labelPath: string, required: boolean): FormNode {
  // The same limits the API checks (limites.json), so the inputs stop where the server would refuse.
  const schema = limitedLeaf(resolveRef(oas, raw) ?? {}, labelPath);
  const description = typeof schema.description === 'string' ? schema.description : undefined;
  const base = { key, labelPath, required, description };

  if (Array.isArray(schema.anyOf)) return objectFromVariants(oas, schema.anyOf as Schema[], base);
  if (schema.type === 'object' || schema.properties) {
    const props = (schema.properties ?? {}) as Record<string, Schema>;
    if (isClaveValor(schema)) {
      const geo = geoKind(oas, schema);
      if (geo) return { ...base, kind: geo };
      const valor = limitedLeaf(resolveRef(oas, props.valor) ?? {}, `${labelPath}.valor`);
      return { ...base, kind: 'catalog', claves: enumOf(oas, props.clave) ?? [], valorMaxLength: numberOrUndefined(valor.maxLength) };
    }
    const keys = Object.keys(props);
    if (keys.length === 2 && keys.includes('valor') && keys.includes('moneda')) {
      const valor = limitedLeaf(resolveRef(oas, props.valor) ?? {}, `${labelPath}.valor`);
      return { ...base, kind: 'money', minimum: numberOrUndefined(valor.minimum), maximum: numberOrUndefined(valor.maximum) };
    }
    return objectNode(oas, schema, base);
  }
  if (schema.type === 'array') {
    const items = resolveRef(oas, schema.items) ?? {};
    if (isClaveValor(items)) {
      return { ...base, kind: 'catalogList', claves: enumOf(oas, (items.properties as Record<string, Schema>).clave) ?? [] };
    }
    const item = build(oas, items, key, labelPath, false);
    if (item.kind !== 'object') throw new Error(`Lista sin objetos en ${labelPath}`);
    return { ...base, kind: 'list', item };
  }
  if (schema.type === 'boolean') return { ...base, kind: 'boolean' };
  if (schema.type === 'number' || schema.type === 'integer') {
    return {
      ...base,
      kind: 'number',
      integer: schema.type === 'integer',
      minimum: numberOrUndefined(schema.minimum),
      maximum: numberOrUndefined(schema.maximum),
    };
  }
  if (key === 'moneda') return { ...base, kind: 'moneda' };
  if (Array.isArray(schema.enum)) return { ...base, kind: 'enum', values: schema.enum as string[] };
  if (schema.format === 'date' || /^fecha/.test(key)) return { ...base, kind: 'date' };
  if (schema.maxLength === 2 && /pais|nacionalidad/i.test(key)) return { ...base, kind: 'pais' };
  const inputType = labelPath.includes('.correoElectronico.') ? 'email' : /telefono|celular/i.test(labelPath) ? 'tel' : 'text';
  return {
    ...base,
    kind: 'text',
    maxLength: numberOrUndefined(schema.maxLength),
    multiline: LONG_TEXT.test(key),
    inputType,
  };
}

function objectNode(oas: Schema, schema: Schema, base: BaseNode): ObjectNode {
  const props = (schema.properties ?? {}) as Record<string, Schema>;
  const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
  return {
    ...base,
    kind: 'object',
    children: stateBeforeMunicipality(Object.entries(props)).map(([k, v]) => build(oas, v, k, `${base.labelPath}.${k}`, required.has(k))),
  };
}

/** The OAS lists the municipality before the state; a person picks the state first (it filters the list). */
function stateBeforeMunicipality(entries: Array<[string, Schema]>): Array<[string, Schema]> {
  const m = entries.findIndex(([k]) => k === 'municipioAlcaldia');
  const e = entries.findIndex(([k]) => k === 'entidadFederativa');
  if (m < 0 || e < 0 || e < m) return entries;
  const out = [...entries];
  const [state] = out.splice(e, 1);
  out.splice(m, 0, state!);
  return out;
}

/**
 * `anyOf` of objects (the only one in S1 v2 is experiencia laboral): one form with the union of the
 * variants' fields, in first-seen order. The discriminator is the first property every variant shares
 * that is a catalog (ambitoSector); fields that only one variant has are shown for that variant.
 */
function objectFromVariants(oas: Schema, variants: Schema[], base: BaseNode): ObjectNode {
  const resolved = variants.map((v) => resolveRef(oas, v) ?? {});
  const seen = new Map<string, Schema>();
  const owners = new Map<string, number[]>();
  const required = new Set<string>();
  resolved.forEach((variant, index) => {
    for (const [k, v] of Object.entries((variant.properties ?? {}) as Record<string, Schema>)) {
      if (!seen.has(k)) seen.set(k, v);
      owners.set(k, [...(owners.get(k) ?? []), index]);
    }
    for (const r of (variant.required as string[] | undefined) ?? []) required.add(r);
  });
  const shared = [...owners].filter(([, who]) => who.length === resolved.length).map(([k]) => k);
  const discriminator = shared.find((k) => {
    const s = resolveRef(oas, seen.get(k));
    return !!s && isClaveValor(s);
  });
  if (!discriminator) throw new Error(`anyOf sin discriminador en ${base.labelPath}`);
  const childVariant: Record<string, number> = {};
  for (const [k, who] of owners) if (who.length === 1) childVariant[k] = who[0]!;
  return {
    ...base,
    kind: 'object',
    children: [...seen].map(([k, v]) => build(oas, v, k, `${base.labelPath}.${k}`, required.has(k))),
    variants: { discriminator, childVariant },
  };
}

/** The form of one section of a tipo's OAS; throws when the OAS has no such section. */
export function sectionForm(oas: Schema, name: string): SectionForm {
  const schema = sectionSchema(oas, name);
  if (!schema) throw new Error(`La sección ${name} no existe en este OAS`);
  const root = build(oas, schema, name, name, true);
  if (root.kind !== 'object') throw new Error(`La sección ${name} no es un objeto`);
  return { name, root };
}

/** Every node of a tree, depth first (the node itself first). */
export function* walkNodes(node: FormNode): Generator<FormNode> {
  yield node;
  if (node.kind === 'object') for (const child of node.children) yield* walkNodes(child);
  if (node.kind === 'list') yield* walkNodes(node.item);
}
