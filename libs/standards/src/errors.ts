import type { ErrorObject } from 'ajv';

/** A validation problem: dotted path with [i] indexes, and a Spanish (es-MX) message. */
export interface FieldError {
  /** e.g. 'bienInmueble[0].titular[0].clave'; '' for the validated value itself. */
  path: string;
  /** Never contains the offending value (it may be a CURP, an RFC or an account number). */
  message: string;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'texto',
  number: 'un número',
  integer: 'un número entero',
  boolean: 'verdadero o falso',
  object: 'un objeto',
  array: 'una lista',
  null: 'nulo',
};

const FORMAT_MESSAGES: Record<string, string> = {
  date: 'debe ser una fecha válida con el formato AAAA-MM-DD',
  'date-time': 'debe ser una fecha y hora válidas con el formato AAAA-MM-DDThh:mm:ssZ',
  time: 'debe ser una hora válida con el formato hh:mm:ss',
  email: 'debe ser un correo electrónico válido',
  uri: 'debe ser una dirección web válida',
};

/** At most this many allowed values are listed in an enum message. */
const MAX_LISTED_VALUES = 8;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const grouped = new Intl.NumberFormat('es-MX', { maximumFractionDigits: 2 });

/** 9999999999999.99 → "9,999,999,999,999.99"; years and percentages stay as written (2100, -100). */
function limitText(limit: unknown): string {
  return typeof limit === 'number' && Math.abs(limit) >= 10_000 ? grouped.format(limit) : String(limit);
}

/**
 * The Spanish message of one Ajv error. Built only from the schema (keyword parameters), never from
 * the data, so it cannot echo the invalid value.
 */
export function spanishMessage(error: ErrorObject): string {
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return 'es obligatorio';
    case 'type': {
      const types = String(p.type).split(',');
      return `debe ser ${types.map((t) => TYPE_NAMES[t] ?? t).join(' o ')}`;
    }
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]) ?? [];
      if (allowed.length > 0 && allowed.length <= MAX_LISTED_VALUES && allowed.every((v) => typeof v === 'string')) {
        return `debe ser uno de los valores permitidos: ${allowed.join(', ')}`;
      }
      return 'no es uno de los valores permitidos del catálogo';
    }
    case 'const':
      return 'no es el valor permitido';
    case 'format':
      return FORMAT_MESSAGES[String(p.format)] ?? 'no tiene el formato requerido';
    case 'pattern': {
      const digits = /^\^\\d\{(\d+)\}\$$/.exec(String(p.pattern));
      return digits ? `debe tener exactamente ${plural(Number(digits[1]), 'dígito', 'dígitos')}` : 'no tiene el formato requerido';
    }
    case 'minimum':
      return `debe ser mayor o igual a ${limitText(p.limit)}`;
    case 'maximum':
      return `debe ser menor o igual a ${limitText(p.limit)}`;
    case 'exclusiveMinimum':
      return `debe ser mayor que ${limitText(p.limit)}`;
    case 'exclusiveMaximum':
      return `debe ser menor que ${limitText(p.limit)}`;
    case 'multipleOf':
      return `debe ser múltiplo de ${p.multipleOf}`;
    case 'minLength': {
      const n = Number(p.limit);
      return n === 1 ? 'no debe estar vacío' : `debe tener al menos ${plural(n, 'carácter', 'caracteres')}`;
    }
    case 'maxLength':
      return `debe tener como máximo ${plural(Number(p.limit), 'carácter', 'caracteres')}`;
    case 'minItems':
      return `debe tener al menos ${plural(Number(p.limit), 'elemento', 'elementos')}`;
    case 'maxItems':
      return `debe tener como máximo ${plural(Number(p.limit), 'elemento', 'elementos')}`;
    case 'uniqueItems':
      return 'no debe tener elementos repetidos';
    case 'anyOf':
    case 'oneOf':
      return error.keyword === 'oneOf' && Array.isArray(p.passingSchemas)
        ? 'corresponde a más de una de las opciones permitidas'
        : 'no corresponde a ninguna de las opciones permitidas';
    case 'additionalProperties':
      return 'no es un campo permitido';
    default:
      return 'no es válido';
  }
}

/** JSON pointer segments of an Ajv instancePath. */
function segments(pointer: string): string[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * Dotted path with [i] indexes, walking the data so that a numeric key of an object is not taken for
 * an array index. `prefix` is the path of `data` itself.
 */
export function dottedPath(data: unknown, parts: string[], prefix = ''): string {
  let path = prefix;
  let node = data;
  for (const part of parts) {
    if (Array.isArray(node) && /^\d+$/.test(part)) path += `[${part}]`;
    else path += path ? `.${part}` : part;
    node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  }
  return path;
}

const isSpecific = (e: { keyword: string }) => e.keyword !== 'anyOf' && e.keyword !== 'oneOf';

/**
 * Ajv errors → FieldErrors. With `allErrors`, a failing anyOf/oneOf reports the errors of every
 * branch and then its own error. Identical (path, message) pairs are merged, the anyOf/oneOf error is
 * kept only when no more specific error was reported inside it, and a type error makes the other
 * errors of the same path (enum, format, pattern...) redundant.
 */
export function toFieldErrors(errors: readonly ErrorObject[] | null | undefined, data: unknown, prefix = ''): FieldError[] {
  if (!errors?.length) return [];
  const raw = errors.map((error) => {
    const parts = segments(error.instancePath);
    if (error.keyword === 'required') parts.push(String((error.params as { missingProperty: string }).missingProperty));
    if (error.keyword === 'additionalProperties') parts.push(String((error.params as { additionalProperty: string }).additionalProperty));
    return { keyword: error.keyword, pointer: error.instancePath, path: dottedPath(data, parts, prefix), message: spanishMessage(error) };
  });
  const typed = new Set(raw.filter((e) => e.keyword === 'type').map((e) => e.path));
  const kept = raw.filter((e) => {
    if (typed.has(e.path) && e.keyword !== 'type' && e.keyword !== 'required' && e.keyword !== 'additionalProperties') return false;
    if (isSpecific(e)) return true;
    // anyOf/oneOf: drop it when something more specific was reported at or below its path.
    return !raw.some((o) => o !== e && isSpecific(o) && (o.pointer === e.pointer || o.pointer.startsWith(`${e.pointer}/`)));
  });
  const seen = new Set<string>();
  const out: FieldError[] = [];
  for (const { path, message } of kept) {
    const key = `${path}\u0000${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ path, message });
  }
  return out;
}
