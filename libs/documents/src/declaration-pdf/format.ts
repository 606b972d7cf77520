import { catalogs } from '@veraz/standards';

type Json = Record<string, unknown>;

const MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** "2023-01-16" → "16 de enero de 2023"; anything that is not a calendar date comes back unchanged. */
export function longDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const month = MONTHS[Number(match[2]) - 1];
  const day = Number(match[3]);
  if (!month || day < 1 || day > 31) return iso;
  return `${day} de ${month} de ${match[1]}`;
}

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** 1234567 → "1,234,567" (the separators the DOF forms and Mexican banks use). */
export function formatNumber(value: number): string {
  return grouped.format(value);
}

/** {valor: 1234567, moneda: 'MXN'} → "$1,234,567 MXN". */
export function formatMoney(valor: number, moneda?: unknown): string {
  const sign = valor < 0 ? '-' : '';
  const amount = `${sign}$${formatNumber(Math.abs(valor))}`;
  return typeof moneda === 'string' && moneda ? `${amount} ${moneda}` : amount;
}

const UNITS: Record<string, string> = { m2: 'm²', km2: 'km²', ha: 'ha' };

/** Enumerated codes of the OAS written as the DOF forms print them. */
const ENUM_TEXT: Record<string, string> = {
  MUNICIPAL_ALCALDIA: 'MUNICIPAL / ALCALDÍA',
  ORGANO_AUTONOMO: 'ÓRGANO AUTÓNOMO',
  CONYUGE: 'CÓNYUGE',
  CONCUBINA_CONCUBINARIO_UNION_LIBRE: 'CONCUBINA / CONCUBINARIO / UNIÓN LIBRE',
  SOCIEDAD_DE_CONVIVENCIA: 'SOCIEDAD DE CONVIVENCIA',
  MEXICO: 'EN MÉXICO',
  EXTRANJERO: 'EN EL EXTRANJERO',
  SE_DESCONOCE: 'SE DESCONOCE',
  VEHICULO: 'VEHÍCULO',
  TITULO: 'TÍTULO',
  PUBLICO: 'PÚBLICO',
  COMITE_TECNICO: 'COMITÉ TÉCNICO',
  FISICA: 'PERSONA FÍSICA',
  MORAL: 'PERSONA MORAL',
  DEPENDIENTE_ECONOMICO: 'DEPENDIENTE ECONÓMICO',
  SIN_CAMBIOS: 'SIN CAMBIOS',
};

/** Properties whose value is "MX" or "EX" meaning in Mexico or abroad. */
const LOCATION_KEYS = new Set(['ubicacion', 'extranjero']);
/** Properties holding an ISO 3166 alpha-2 country code. */
const COUNTRY_KEYS = new Set(['pais', 'paisNacimiento', 'nacionalidad']);

let countryNames: Map<string, string> | undefined;
function countryName(code: string): string | undefined {
  if (!countryNames) countryNames = new Map(catalogs.paises().map((c) => [c.clave, c.valor]));
  return countryNames.get(code.toUpperCase());
}

function formatString(key: string, value: string): string {
  if (LOCATION_KEYS.has(key) && (value === 'MX' || value === 'EX')) return value === 'MX' ? 'EN MÉXICO' : 'EN EL EXTRANJERO';
  if (COUNTRY_KEYS.has(key) && /^[A-Za-z]{2}$/.test(value)) return countryName(value) ?? value;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return longDate(value);
  return ENUM_TEXT[value] ?? value;
}

function formatNumeric(key: string, value: number): string {
  if (key.startsWith('porcentaje')) return `${formatNumber(value)} %`;
  if (key === 'anio') return String(value);
  return formatNumber(value);
}

export function isCatalogEntry(value: unknown): value is { clave: string; valor: string } {
  return isObject(value) && typeof value.clave === 'string' && typeof value.valor === 'string';
}

export function isMoney(value: unknown): value is { valor: number; moneda?: string } {
  return isObject(value) && typeof value.valor === 'number' && 'moneda' in value && Object.keys(value).every((k) => k === 'valor' || k === 'moneda');
}

function isMeasure(value: unknown): value is { valor: number; unidad?: string } {
  return isObject(value) && typeof value.valor === 'number' && 'unidad' in value && Object.keys(value).every((k) => k === 'valor' || k === 'unidad');
}

/** `datosGenerales.rfc` is `{rfc, homoClave}`: printed as the full RFC. */
function isRfcWithHomoclave(key: string, value: unknown): value is { rfc?: string; homoClave?: string } {
  return key === 'rfc' && isObject(value) && Object.keys(value).every((k) => k === 'rfc' || k === 'homoClave');
}

/**
 * The printed text of a value that fits on one labelled line, or undefined for a value that is
 * itself a group of fields (an object with its own fields, or a list of such objects).
 */
export function formatLeaf(key: string, value: unknown): string | undefined {
  if (typeof value === 'boolean') return value ? 'Sí' : 'No';
  if (typeof value === 'number') return formatNumeric(key, value);
  if (typeof value === 'string') return formatString(key, value);
  if (isCatalogEntry(value)) return value.valor;
  if (isMoney(value)) return formatMoney(value.valor, value.moneda);
  if (isMeasure(value)) return `${formatNumber(value.valor)}${value.unidad ? ` ${UNITS[value.unidad] ?? value.unidad}` : ''}`;
  if (isRfcWithHomoclave(key, value)) return `${value.rfc ?? ''}${value.homoClave ?? ''}`;
  if (Array.isArray(value) && value.every((v) => !isObject(v) || isCatalogEntry(v))) {
    return value.map((v) => formatLeaf(key, v) ?? '').filter((v) => v !== '').join(', ');
  }
  return undefined;
}

/** Absent for printing: null, undefined, empty text, empty list or an object with nothing printable. */
export function isBlank(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.every(isBlank);
  if (isObject(value)) return Object.values(value).every(isBlank);
  return false;
}

const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
/** Latin letters that do not decompose into a base letter plus accents. */
const LATIN_BASE: Record<string, string> = { Ł: 'L', ł: 'l', Đ: 'D', đ: 'd', Ħ: 'H', ħ: 'h', ı: 'i', Ŀ: 'L', ŀ: 'l', Ŧ: 'T', ŧ: 't' };

/**
 * The built-in Helvetica only has the WinAnsi characters (all of Spanish, but not, say, emoji or
 * Greek). Anything else becomes its unaccented base letter or "?", so the PDF never shows garbage.
 */
export function printable(text: string): string {
  let out = '';
  for (const ch of text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ')) {
    const code = ch.codePointAt(0)!;
    if (ch === '\n' || (code >= 0x20 && code < 0x7f) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(ch)) {
      out += ch;
      continue;
    }
    if (code < 0x20 || (code >= 0x7f && code < 0xa0)) continue;
    if (LATIN_BASE[ch]) {
      out += LATIN_BASE[ch];
      continue;
    }
    const base = ch.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
    out += base && [...base].every((c) => c.codePointAt(0)! < 0x7f) ? base : '?';
  }
  return out;
}
