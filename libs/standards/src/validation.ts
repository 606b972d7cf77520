import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { loadOas } from './data';
import { toFieldErrors, type FieldError } from './errors';
import { limitedOas } from './limited-oas';
import { sectionDef } from './sections';
import { assertTipo, type Tipo } from './tipos';

const OFFICIAL = 'oas';
/** The OAS with Veraz's capture limits (limites.json): what a filer may save. */
const CAPTURE = 'oas-capture';
/** The same without `required`: a section being filled in. */
const DRAFT = 'oas-draft';
type DocumentId = typeof OFFICIAL | typeof CAPTURE | typeof DRAFT;
const ITEM_POINTER = '#/components/schemas/resDeclaraciones/properties/results/items';
const RESPONSE_POINTER = '#/components/schemas/resDeclaraciones';

/** Deep copy of a schema document without any `required` array (names of properties are kept). */
export function withoutRequired(node: unknown, inPropertiesMap = false): unknown {
  if (Array.isArray(node)) return node.map((child) => withoutRequired(child));
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (!inPropertiesMap && key === 'required' && Array.isArray(value)) continue;
    out[key] = withoutRequired(value, !inPropertiesMap && (key === 'properties' || key === 'definitions'));
  }
  return out;
}

interface TipoValidators {
  ajv: Ajv;
  added: Set<DocumentId>;
  compiled: Map<string, ValidateFunction>;
}

const perTipo = new Map<Tipo, TipoValidators>();

/** One Ajv instance per tipo, created on first use; it holds the official OAS and, when needed, the capture copies. */
function validators(tipo: Tipo): TipoValidators {
  assertTipo(tipo);
  let v = perTipo.get(tipo);
  if (!v) {
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addSchema(structuredClone(loadOas(tipo)), OFFICIAL);
    v = { ajv, added: new Set([OFFICIAL]), compiled: new Map() };
    perTipo.set(tipo, v);
  }
  return v;
}

function validator(tipo: Tipo, document: DocumentId, pointer: string): ValidateFunction {
  const v = validators(tipo);
  const key = `${document}${pointer}`;
  let fn = v.compiled.get(key);
  if (!fn) {
    if (!v.added.has(document)) {
      const capture = limitedOas(loadOas(tipo));
      v.ajv.addSchema(document === DRAFT ? (withoutRequired(capture) as object) : capture, document);
      v.added.add(document);
    }
    fn = v.ajv.getSchema(key);
    if (!fn) throw new Error(`No se encontró el esquema ${key} en el OAS de ${tipo}`);
    v.compiled.set(key, fn);
  }
  return fn;
}

function sectionPointer(tipo: Tipo, name: string): string {
  const def = sectionDef(tipo, name);
  if (!def) throw new Error(`La sección ${JSON.stringify(name)} no existe en el formato ${tipo}`);
  return `${ITEM_POINTER}/properties/declaracion/properties/${def.group}/properties/${def.name}`;
}

function run(fn: ValidateFunction, data: unknown): FieldError[] {
  return fn(data) ? [] : toFieldErrors(fn.errors, data);
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  !!value && typeof value === 'object' && !Array.isArray(value);

const NOT_AN_OBJECT: FieldError[] = [{ path: '', message: 'debe ser un objeto' }];

/**
 * A section being filled in (autosave): the section's schema from the tipo's OAS, with the capture
 * limits of limites.json and every `required` removed, so only types, enums, formats, patterns and
 * limits are checked. Paths are relative to the section. Throws for a section that the tipo does not have.
 */
export function validateSectionDraft(tipo: Tipo, name: string, payload: unknown): FieldError[] {
  const pointer = sectionPointer(tipo, name);
  if (!isPlainObject(payload)) return NOT_AN_OBJECT.map((e) => ({ ...e }));
  return run(validator(tipo, DRAFT, pointer), payload);
}

/** A finished section: the official section schema (required included) plus the capture limits. Paths are relative to the section. */
export function validateSectionComplete(tipo: Tipo, name: string, payload: unknown): FieldError[] {
  const pointer = sectionPointer(tipo, name);
  if (!isPlainObject(payload)) return NOT_AN_OBJECT.map((e) => ({ ...e }));
  return run(validator(tipo, CAPTURE, pointer), payload);
}

/** A whole S1 result item `{id, metadata, declaracion}`; paths from the item root, e.g. 'metadata.tipo'. */
export function validateItem(tipo: Tipo, item: unknown): FieldError[] {
  return run(validator(tipo, OFFICIAL, ITEM_POINTER), item);
}

/**
 * A whole item against the official OAS with the capture limits on its sections, in one pass. The
 * OAS has no oneOf or not, so the limits only narrow it: no error here means none from validateItem
 * and none from validateSectionComplete on any section present (how a filing is checked once). With
 * errors, those two say where, with their own paths.
 */
export function validateItemWithLimits(tipo: Tipo, item: unknown): FieldError[] {
  return run(validator(tipo, CAPTURE, ITEM_POINTER), item);
}

/** A whole `POST /v2/declaraciones` response against `resDeclaraciones`, as the PDN validator does. */
export function validateResponse(tipo: Tipo, response: unknown): FieldError[] {
  return run(validator(tipo, OFFICIAL, RESPONSE_POINTER), response);
}

/** The parsed official OAS of a tipo. Deeply frozen: treat it as read-only. */
export function oasDocument(tipo: Tipo): Record<string, unknown> {
  assertTipo(tipo);
  return loadOas(tipo);
}
