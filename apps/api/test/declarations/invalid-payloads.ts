import { textLimit } from '@veraz/standards';
import type { Json } from './helpers';

/**
 * Invalid variants of a valid section payload, generated from the payload itself: one per kind of
 * mistake that the section allows (a catalog enum, a catalog key, a date, a boolean, a number, a
 * text, aclaraciones over their limit, a currency, an amount and a text beyond the capture limits), each at the first field of that kind. `path` is where the server must report it, relative
 * to the section.
 */
export interface InvalidVariant {
  kind: string;
  path: string;
  payload: Json;
  message: RegExp;
}

interface Leaf {
  path: string;
  key: string;
  value: unknown;
}

/**
 * Date fields that the official OAS declares as plain strings, without `format: date`. The schema
 * cannot reject a malformed value there, so they are not used for the date mutation.
 */
const DATES_WITHOUT_FORMAT = new Set(['datosEmpleoCargoComision.fechaTomaPosesion', 'datosPareja.fechaNacimiento', 'adeudos.adeudo[].fechaAdquisicion']);

const KINDS: Array<{ kind: string; applies: (leaf: Leaf, section: string) => boolean; bad: unknown; message: RegExp }> = [
  { kind: 'enum tipoOperacion', applies: (l) => l.key === 'tipoOperacion', bad: 'QUITAR', message: /^debe ser uno de los valores permitidos: AGREGAR, MODIFICAR, SIN_CAMBIOS, BAJA$/ },
  { kind: 'clave de catálogo', applies: (l) => l.key === 'clave' && typeof l.value === 'string', bad: 'ZZZ-9', message: /valores permitidos|exactamente \d+ dígitos/ },
  {
    kind: 'fecha',
    applies: (l, section) =>
      l.key.startsWith('fecha') && typeof l.value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(l.value) && !DATES_WITHOUT_FORMAT.has(`${section}.${l.path.replace(/\[\d+\]/g, '[]')}`),
    bad: '16/01/2023',
    message: /^debe ser una fecha válida con el formato AAAA-MM-DD$/,
  },
  { kind: 'booleano', applies: (l) => typeof l.value === 'boolean', bad: 'sí', message: /^debe ser verdadero o falso$/ },
  { kind: 'número', applies: (l) => typeof l.value === 'number', bad: 'mucho', message: /^debe ser un número( entero)?$/ },
  { kind: 'aclaraciones de más de 500 caracteres', applies: (l) => l.path === 'aclaracionesObservaciones', bad: 'Aclaro que '.repeat(46), message: /^debe tener como máximo 500 caracteres$/ },
  { kind: 'texto', applies: (l) => typeof l.value === 'string', bad: 12345, message: /^debe ser texto$/ },
  // Capture limits (standards/formulario/limites.json).
  { kind: 'moneda fuera de ISO 4217', applies: (l) => l.key === 'moneda', bad: 'ZZZ', message: /^no es uno de los valores permitidos del catálogo$/ },
  { kind: 'monto o superficie de 30 dígitos', applies: (l) => l.key === 'valor' && typeof l.value === 'number', bad: 123456789012345678901234567890, message: /^debe ser menor o igual a 9,999,999,999,999(\.99)?$/ },
  {
    kind: 'texto más largo que su límite',
    applies: (l, section) => typeof l.value === 'string' && l.key !== 'aclaracionesObservaciones' && l.key !== 'valor' && textLimit(`${section}.${l.path.replace(/\[\d+\]/g, '')}`) !== undefined,
    bad: 'x'.repeat(501),
    message: /^debe tener como máximo \d+ caracteres$/,
  },
];

function leaves(value: unknown, path: string, key: string, out: Leaf[]): Leaf[] {
  if (Array.isArray(value)) value.forEach((item, i) => leaves(item, `${path}[${i}]`, key, out));
  else if (value && typeof value === 'object') for (const [k, child] of Object.entries(value)) leaves(child, path ? `${path}.${k}` : k, k, out);
  else out.push({ path, key, value });
  return out;
}

function setAt(target: Json, path: string, value: unknown): void {
  const parts = path.match(/[^.[\]]+/g) ?? [];
  let node: any = target;
  for (const part of parts.slice(0, -1)) node = node[part];
  node[parts[parts.length - 1]!] = value;
}

export function invalidVariants(section: string, valid: Json): InvalidVariant[] {
  const all = leaves(valid, '', '', []);
  const out: InvalidVariant[] = [];
  for (const { kind, applies, bad, message } of KINDS) {
    const leaf = all.find((l) => applies(l, section));
    if (!leaf) continue;
    const payload = structuredClone(valid);
    setAt(payload, leaf.path, bad);
    out.push({ kind, path: leaf.path, payload, message });
  }
  return out;
}
