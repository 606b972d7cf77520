import currencyCodes from 'currency-codes';
import LIMITS from '@veraz/standards-data/formulario/limites.json';

/**
 * Limits Veraz adds to the official OAS, which bounds almost no text or amount. The numbers live in
 * standards/formulario/limites.json (its README says where each comes from); the API validators and
 * the web form both read them through this module, so they enforce the same values. Browser-safe.
 */

type Schema = Record<string, unknown>;

interface NumberKind {
  minimo: number;
  maximo: number;
}

interface LimitsFile {
  textos: { tipos: Record<string, number>; campos: Record<string, string> };
  numeros: { tipos: Record<string, NumberKind>; campos: Record<string, string> };
  monedas: { campos: string[]; excluidas: string[] };
}

const limits = LIMITS as LimitsFile;

/**
 * The entry of `campos` for a field: a key is a property name, or property names joined by dots,
 * matched against the end of the field's path (section and property names, no indexes); the
 * longest matching key wins, so 'domicilioExtranjero.codigoPostal' beats 'codigoPostal'.
 */
function entryFor(campos: Record<string, string>, labelPath: string): string | undefined {
  let best: string | undefined;
  for (const key of Object.keys(campos)) {
    if ((labelPath === key || labelPath.endsWith(`.${key}`)) && (!best || key.length > best.length)) best = key;
  }
  return best === undefined ? undefined : campos[best];
}

/** The maximum length of a free-text field from limites.json, or undefined when the file does not list it. */
export function textLimit(labelPath: string): number | undefined {
  const kind = entryFor(limits.textos.campos, labelPath);
  return kind === undefined ? undefined : limits.textos.tipos[kind];
}

/** The range of a numeric field from limites.json, or undefined when the file does not list it. */
export function numberBounds(labelPath: string): NumberKind | undefined {
  const kind = entryFor(limits.numeros.campos, labelPath);
  return kind === undefined ? undefined : limits.numeros.tipos[kind];
}

/** Aclaraciones/observaciones of a section (500, as on the capture forms in use, SESNA's included). */
export const ACLARACIONES_MAX = textLimit('aclaracionesObservaciones')!;

/** The longest text limit: what a free-text field that limites.json forgot still gets. */
export const TEXT_FALLBACK_MAX = Math.max(...Object.values(limits.textos.tipos));

/**
 * The ISO 4217 currency codes an S1 `moneda` may hold (package currency-codes, which tracks the
 * maintenance agency's list), less the codes that name no currency (XXX) or are for testing (XTS).
 */
export const MONEDAS: readonly string[] = Object.freeze(currencyCodes.codes().filter((code) => !limits.monedas.excluidas.includes(code)).sort());

/** Whether a string field holds a currency code (the `moneda` of an S1 monto). */
export function isCurrencyField(labelPath: string): boolean {
  const key = labelPath.slice(labelPath.lastIndexOf('.') + 1);
  return limits.monedas.campos.includes(key);
}

const isFreeText = (schema: Schema) => schema.type === 'string' && !Array.isArray(schema.enum) && schema.const === undefined;

/**
 * A leaf schema (string, number or integer) of the OAS with Veraz's limits added: the smaller of
 * the OAS's and the file's maxLength, the narrower range, and the ISO 4217 enum for currencies.
 * Any other schema comes back unchanged. `labelPath` is the field's path without indexes.
 */
export function limitedLeaf(schema: Schema, labelPath: string): Schema {
  if (schema.type === 'number' || schema.type === 'integer') {
    const bounds = numberBounds(labelPath);
    if (!bounds) return schema;
    const min = typeof schema.minimum === 'number' ? Math.max(schema.minimum, bounds.minimo) : bounds.minimo;
    const max = typeof schema.maximum === 'number' ? Math.min(schema.maximum, bounds.maximo) : bounds.maximo;
    return { ...schema, minimum: min, maximum: max };
  }
  if (!isFreeText(schema)) return schema;
  if (isCurrencyField(labelPath)) return { ...schema, enum: [...MONEDAS] };
  // Dates and fixed patterns (INEGI claves) are bounded by their own format.
  if (schema.format !== undefined || typeof schema.pattern === 'string') return schema;
  const limit = textLimit(labelPath) ?? TEXT_FALLBACK_MAX;
  return { ...schema, maxLength: typeof schema.maxLength === 'number' ? Math.min(schema.maxLength, limit) : limit };
}
