import { CONTROL_CHARACTERS } from '@veraz/contracts';
import { S1Error } from '../s1-error';
import { searchText } from '../publication/search-text';

export type SortDir = 'asc' | 'desc';

export interface RangeFilter {
  min: number | null;
  max: number | null;
}

/** A PDN request (reqDeclaraciones) read the tolerant way S1-NOTES a.3–a.4 describes. */
export interface S1Request {
  page: number;
  pageSize: number;
  id: string | null;
  text: Array<{ column: string; value: string }>;
  exact: Array<{ column: string; value: string }>;
  escolaridadNivel: string | null;
  totalIngresosNetos: RangeFilter | null;
  inmueble: { sc: RangeFilter | null; st: RangeFilter | null; va: RangeFilter | null; fa: string | null };
  sort: Array<{ key: string; dir: SortDir }>;
}

export const DEFAULT_PAGE_SIZE = 10;
export const MAX_PAGE_SIZE = 200;
/** Any safe integer is a page (past the end: empty); its offset stays inside PostgreSQL's bigint. */
export const MAX_PAGE = Number.MAX_SAFE_INTEGER;
/** Range bounds beyond this are not amounts or surfaces, and are not read exactly. */
export const MAX_RANGE_BOUND = Number.MAX_SAFE_INTEGER;
/** Longer than any name, ente, cargo or id the standard holds. */
export const MAX_FILTER_LENGTH = 200;

/** Sort keys of the standard; anything else is ignored like other unknown fields. */
export const SORT_KEYS = new Set([
  'nombres',
  'primerApellido',
  'segundoApellido',
  'escolaridadNivel',
  'datosEmpleoCargoComision.nombreEntePublico',
  'datosEmpleoCargoComision.entidadFederativa',
  'datosEmpleoCargoComision.municipioAlcaldia',
  'datosEmpleoCargoComision.empleoCargoComision',
  'datosEmpleoCargoComision.nivelEmpleoCargoComision',
  'datosEmpleoCargoComision.nivelOrdenGobierno',
  'totalIngresosNetos',
  'bienesInmuebles.superficieConstruccion',
  'bienesInmuebles.superficieTerreno',
  'bienesInmuebles.formaAdquisicion',
  'bienesInmuebles.valorAdquisicion',
]);

type Json = Record<string, unknown>;

export function parseS1Request(body: unknown): S1Request {
  const b: Json = body && typeof body === 'object' && !Array.isArray(body) ? (body as Json) : {};
  const query: Json = isObject(b.query) ? b.query : {};
  const empleo: Json = isObject(query.datosEmpleoCargoComision) ? query.datosEmpleoCargoComision : {};
  const inmuebles: Json = isObject(query.bienesInmuebles) ? query.bienesInmuebles : {};

  const text: S1Request['text'] = [];
  const exact: S1Request['exact'] = [];
  const empleoPath = 'query.datosEmpleoCargoComision';
  const inmueblesPath = 'query.bienesInmuebles';
  addText(text, 'nombres_norm', query.nombres, 'query.nombres');
  addText(text, 'primer_apellido_norm', query.primerApellido, 'query.primerApellido');
  addText(text, 'segundo_apellido_norm', query.segundoApellido, 'query.segundoApellido');
  addText(text, 'ente_norm', empleo.nombreEntePublico, `${empleoPath}.nombreEntePublico`);
  addText(text, 'empleo_norm', empleo.empleoCargoComision, `${empleoPath}.empleoCargoComision`);
  addText(text, 'nivel_empleo_norm', empleo.nivelEmpleoCargoComision, `${empleoPath}.nivelEmpleoCargoComision`);
  addExact(exact, 'entidad_federativa', empleo.entidadFederativa, /^\d{1,2}$/, (v) => v.padStart(2, '0'));
  addExact(exact, 'municipio_alcaldia', empleo.municipioAlcaldia, /^\d{1,3}$/, (v) => v.padStart(3, '0'));
  addExact(exact, 'nivel_orden_gobierno', empleo.nivelOrdenGobierno, /^[A-Z_]+$/i, (v) => v.toUpperCase());

  return {
    page: positiveInt(b.page, 1, 'page'),
    pageSize: Math.min(MAX_PAGE_SIZE, Math.max(1, positiveIntOrDefault(b.pageSize))),
    id: filled(query.id, 'query.id'),
    text,
    exact,
    escolaridadNivel: filled(query.escolaridadNivel, 'query.escolaridadNivel')?.toUpperCase() ?? null,
    totalIngresosNetos: range(query.totalIngresosNetos, 'query.totalIngresosNetos'),
    inmueble: {
      sc: range(inmuebles.superficieConstruccion, `${inmueblesPath}.superficieConstruccion`),
      st: range(inmuebles.superficieTerreno, `${inmueblesPath}.superficieTerreno`),
      va: range(inmuebles.valorAdquisicion, `${inmueblesPath}.valorAdquisicion`),
      fa: filled(inmuebles.formaAdquisicion, `${inmueblesPath}.formaAdquisicion`)?.toUpperCase() ?? null,
    },
    sort: parseSort(b.sort),
  };
}

function isObject(v: unknown): v is Json {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

/** "Todos" arrives as '', 0 or '0': no filter. Text PostgreSQL cannot hold, or far too long, is a 400. */
function filled(v: unknown, path: string): string | null {
  if (typeof v === 'number' && v !== 0 && Number.isFinite(v)) return String(v);
  if (typeof v !== 'string') return null;
  if (CONTROL_CHARACTERS.test(v)) throw new S1Error(400, 'e_8001', `Valor inválido: ${path} no puede contener caracteres de control`);
  const t = v.trim();
  if (t.length > MAX_FILTER_LENGTH) throw new S1Error(400, 'e_8001', `Valor inválido: ${path} debe tener como máximo ${MAX_FILTER_LENGTH} caracteres`);
  return t === '' || t === '0' ? null : t;
}

function addText(out: S1Request['text'], column: string, v: unknown, path: string): void {
  const value = filled(v, path);
  if (value) out.push({ column, value: searchText(value) });
}

function addExact(out: S1Request['exact'], column: string, v: unknown, shape: RegExp, normalize: (v: string) => string): void {
  const value = filled(v, `query.datosEmpleoCargoComision.${exactName(column)}`);
  if (!value) return;
  if (!shape.test(value)) throw new S1Error(400, 'e_8001', `Valor inválido para el filtro ${exactName(column)}`);
  out.push({ column, value: normalize(value) });
}

function exactName(column: string): string {
  return column === 'nivel_orden_gobierno' ? 'nivelOrdenGobierno' : column === 'entidad_federativa' ? 'entidadFederativa' : 'municipioAlcaldia';
}

/**
 * `{min, max}` of numbers or numeric strings. The PDN's client sends `{min: N, max: 0}` when only a
 * minimum was typed (S1-NOTES a.4): max 0 with a positive min means no upper bound.
 */
function range(v: unknown, path: string): RangeFilter | null {
  if (!isObject(v)) return null;
  const min = number(v.min, `${path}.min`);
  let max = number(v.max, `${path}.max`);
  if (max === 0 && min !== null && min > 0) max = null;
  if (min === null && max === null) return null;
  return { min, max };
}

function number(v: unknown, path: string): number | null {
  if (v === '' || v === null || v === undefined) return null;
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v.trim()) : NaN;
  if (!Number.isFinite(n) || Math.abs(n) > MAX_RANGE_BOUND) {
    throw new S1Error(400, 'e_8001', `Rango inválido: ${path} debe ser un número entre -${MAX_RANGE_BOUND} y ${MAX_RANGE_BOUND}`);
  }
  return n;
}

/** page: a positive safe integer, numeric strings accepted (the reference casts); otherwise 400. */
function positiveInt(v: unknown, fallback: number, name: string): number {
  if (v === undefined || v === null || v === '') return fallback;
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > MAX_PAGE) throw new S1Error(400, 'e_8001', `Página inválida: ${name} debe ser un entero entre 1 y ${MAX_PAGE}`);
  return n;
}

/** pageSize is clamped, not refused, like the reference: unreadable → the default. */
function positiveIntOrDefault(v: unknown): number {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isFinite(n) && n >= 1 ? Math.floor(n) : DEFAULT_PAGE_SIZE;
}

function parseSort(v: unknown): S1Request['sort'] {
  if (!isObject(v)) return [];
  const out: S1Request['sort'] = [];
  // Keys may come flat ("datosEmpleoCargoComision.nombreEntePublico") or nested, as the OAS shows.
  const visit = (obj: Json, prefix: string) => {
    for (const [key, value] of Object.entries(obj)) {
      const path = prefix ? `${prefix}.${key}` : key;
      if (isObject(value)) {
        visit(value, path);
        continue;
      }
      if (!SORT_KEYS.has(path)) continue;
      const dir = typeof value === 'string' ? value.toLowerCase() : '';
      if (dir !== 'asc' && dir !== 'desc') throw new S1Error(400, 'e_8001', `Orden inválido para ${path}: usa "asc" o "desc"`);
      out.push({ key: path, dir });
    }
  };
  visit(v, '');
  return out;
}
