/**
 * Helpers and constants shared by the projection (project-public.ts) and the guard (privacy.ts), so that
 * both read the b.4 rules (S1-NOTES) from one place.
 */

export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json =>
  !!value && typeof value === 'object' && !Array.isArray(value);

export const asObject = (value: unknown): Json => (isObject(value) ? value : {});

export const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** A deep copy of JSON data (never returns a reference into the input). */
export function deepCopy<T>(value: T): T {
  return value === undefined ? value : structuredClone(value);
}

/** Without accents or other combining marks, with single spaces; case untouched. */
export function foldText(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Upper case, without accents or other combining marks, with single spaces: for comparing names and values. */
export function normalizeText(value: string): string {
  return foldText(value).toUpperCase();
}

/** RFC of a persona física (13 characters: 4 letters, birth date, homoclave). */
export const RFC_FISICA = /^[A-ZÑ&]{4}\d{6}[A-Z0-9]{3}$/;
/** CURP (18 characters). */
export const CURP = /^[A-Z][AEIOUX][A-Z]{2}\d{6}[HMX][A-Z]{5}[A-Z0-9]\d$/;

export const isRfcFisica = (value: unknown): value is string =>
  typeof value === 'string' && RFC_FISICA.test(value.trim().toUpperCase());

/** Words of a free text that look like the RFC of a persona física or a CURP. */
export function personalIdTokens(value: string): string[] {
  const tokens = value.toUpperCase().split(/[^A-Z0-9Ñ&]+/u);
  return tokens.filter((token) => RFC_FISICA.test(token) || CURP.test(token));
}

/** Asset lists that are public only for items whose `titular` is exactly `[{clave: 'DEC'}]`. */
export const DEC_ONLY_LISTS: Readonly<Record<string, string>> = Object.freeze({
  bienesInmuebles: 'bienInmueble',
  vehiculos: 'vehiculo',
  bienesMuebles: 'bienMueble',
  inversiones: 'inversion',
  adeudos: 'adeudo',
});

/** Interest lists that are public only for items with `tipoRelacion = 'DECLARANTE'`. */
export const DECLARANTE_ONLY_LISTS: Readonly<Record<string, string>> = Object.freeze({
  participacion: 'participacion',
  participacionTomaDecisiones: 'participacion',
  representacion: 'representacion',
  clientesPrincipales: 'cliente',
  fideicomisos: 'fideicomiso',
});

/** The 7 parts of `interes` and their list keys. */
export const INTERES_LISTS: Readonly<Record<string, string>> = Object.freeze({
  participacion: 'participacion',
  participacionTomaDecisiones: 'participacion',
  apoyos: 'apoyo',
  representacion: 'representacion',
  clientesPrincipales: 'cliente',
  beneficiosPrivados: 'beneficio',
  fideicomisos: 'fideicomiso',
});

/** The `situacionPatrimonial` sections of the simplified format (Normas, Decimosegunda). */
export const SIMPLIFIED_SECTIONS: ReadonlySet<string> = new Set([
  'datosGenerales',
  'domicilioDeclarante',
  'datosCurricularesDeclarante',
  'datosEmpleoCargoComision',
  'experienciaLaboral',
  'ingresos',
  'actividadAnualAnterior',
]);

/** What is left of `datosGenerales` in public. */
export const DATOS_GENERALES_PUBLIC: ReadonlySet<string> = new Set([
  'nombre',
  'primerApellido',
  'segundoApellido',
  'correoElectronico',
]);

/** Keys that are never public, wherever they appear. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  'curp',
  'homoClave',
  'domicilioDeclarante',
  'datosPareja',
  'datosDependienteEconomico',
  'datosDependientesEconomicos',
  'numeroCuentaContrato',
  'datoIdentificacion',
  'numeroSerieRegistro',
  'lugarRegistro',
  'aclaracionesObservaciones',
  'relacionConTitular',
]);

/** saldo / saldoInsoluto of every tipo, and the partner's income (ingreso…NetoParejaDependiente, ingresoNetoAnualParejaDependiente). */
export const isForbiddenKeyName = (key: string): boolean =>
  FORBIDDEN_KEYS.has(key) || /^saldo/.test(key) || /ParejaDependiente$/.test(key);

/** Keys of a third party (tercero, transmisor, lender, owner, client, grantor…) that identify a person. */
export const PERSON_IDENTITY_KEYS: readonly string[] = Object.freeze([
  'nombreRazonSocial',
  'nombreInstitucion',
  'nombreTitular',
  'rfc',
]);

/** Object keys whose value (or whose array elements) is a third party, with the key that holds its FISICA/MORAL type. */
export const THIRD_PARTY_KEYS: Readonly<Record<string, string>> = Object.freeze({
  transmisor: 'tipoPersona',
  tercero: 'tipoPersona',
  otorganteCredito: 'tipoPersona',
  duenoTitular: 'tipoDuenoTitular',
  clientePrincipal: 'tipoPersona',
  otorgante: 'tipoPersona',
  fideicomitente: 'tipoPersona',
  fideicomisario: 'tipoPersona',
});

export const ADDRESS_KEYS: ReadonlySet<string> = new Set(['domicilioMexico', 'domicilioExtranjero']);

/** True when `titular` is exactly one element with clave DEC. */
export function isDecOnly(titular: unknown): boolean {
  return Array.isArray(titular) && titular.length === 1 && isObject(titular[0]) && titular[0].clave === 'DEC';
}

/** True when `beneficiario` is exactly one element with clave DC. */
export function isDcOnly(beneficiario: unknown): boolean {
  return (
    Array.isArray(beneficiario) &&
    beneficiario.length === 1 &&
    isObject(beneficiario[0]) &&
    beneficiario[0].clave === 'DC'
  );
}

/** The declarant as `datosGenerales` names them: normalized full name and 13-character RFC (when known). */
export interface Declarant {
  name: string | null;
  /** The name as written in datosGenerales, for display. */
  displayName: string | null;
  rfc: string | null;
}

export function declarantOf(datosGenerales: unknown): Declarant {
  const dg = asObject(datosGenerales);
  const parts = [dg.nombre, dg.primerApellido, dg.segundoApellido].filter(
    (p): p is string => typeof p === 'string' && p.trim() !== '',
  );
  const rfcObject = asObject(dg.rfc);
  const base = typeof rfcObject.rfc === 'string' ? rfcObject.rfc.trim().toUpperCase() : '';
  const homo = typeof rfcObject.homoClave === 'string' ? rfcObject.homoClave.trim().toUpperCase() : '';
  return {
    name: parts.length >= 2 ? normalizeText(parts.join(' ')) : null,
    displayName: parts.length >= 2 ? parts.join(' ') : null,
    rfc: base && homo ? base + homo : null,
  };
}

/** "Is the declarant": the name (ignoring accents and case) or the 13-character RFC matches datosGenerales. */
export function isDeclarant(person: Json, declarant: Declarant): boolean {
  const name = person.nombreRazonSocial;
  if (declarant.name && typeof name === 'string' && normalizeText(name) === declarant.name) return true;
  const rfc = person.rfc;
  return !!declarant.rfc && typeof rfc === 'string' && rfc.trim().toUpperCase() === declarant.rfc;
}
