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
  addText(text, 'nombres_norm', query.nombres);
  addText(text, 'primer_apellido_norm', query.primerApellido);
  addText(text, 'segundo_apellido_norm', query.segundoApellido);
  addText(text, 'ente_norm', empleo.nombreEntePublico);
  addText(text, 'empleo_norm', empleo.empleoCargoComision);
  addText(text, 'nivel_empleo_norm', empleo.nivelEmpleoCargoComision);
  addExact(exact, 'entidad_federativa', empleo.entidadFederativa, /^\d{1,2}$/, (v) => v.padStart(2, '0'));
  addExact(exact, 'municipio_alcaldia', empleo.municipioAlcaldia, /^\d{1,3}$/, (v) => v.padStart(3, '0'));
  addExact(exact, 'nivel_orden_gobierno', empleo.nivelOrdenGobierno, /^[A-Z_]+$/i, (v) => v.toUpperCase());

  return {
    page: positiveInt(b.page, 1, 'page'),
    pageSize: Math.min(MAX_PAGE_SIZE, Math.max(1, positiveIntOrDefault(b.pageSize))),
    id: filled(query.id),
    text,
    exact,
    escolaridadNivel: filled(query.escolaridadNivel)?.toUpperCase() ?? null,
    totalIngresosNetos: range(query.totalIngresosNetos),
    inmueble: {
      sc: range(inmuebles.superficieConstruccion),
      st: range(inmuebles.superficieTerreno),
      va: range(inmuebles.valorAdquisicion),
      fa: filled(inmuebles.formaAdquisicion)?.toUpperCase() ?? null,
    },
    sort: parseSort(b.sort),
  };
}

function isObject(v: unknown): v is Json {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

/** "Todos" arrives as '', 0 or '0': no filter. */
function filled(v: unknown): string | null {
  if (typeof v === 'number' && v !== 0 && Number.isFinite(v)) return String(v);
  if (typeof v !== 'string') return null;
  const t = v.trim();
  return t === '' || t === '0' ? null : t;
}

function addText(out: S1Request['text'], column: string, v: unknown): void {
  const value = filled(v);
  if (value) out.push({ column, value: searchText(value) });
}

function addExact(out: S1Request['exact'], column: string, v: unknown, shape: RegExp, normalize: (v: string) => string): void {
  const value = filled(v);
  if (!value) return;
  if (!shape.test(value)) throw new S1Error(400, 'e_8001', `Valor inválido para el filtro ${column === 'nivel_orden_gobierno' ? 'nivelOrdenGobierno' : column === 'entidad_federativa' ? 'entidadFederativa' : 'municipioAlcaldia'}`);
  out.push({ column, value: normalize(value) });
}

/**
 * `{min, max}` of numbers or numeric strings. The PDN's client sends `{min: N, max: 0}` when only a
 * minimum was typed (S1-NOTES a.4): max 0 with a positive min means no upper bound.
 */
function range(v: unknown): RangeFilter | null {
  if (!isObject(v)) return null;
  const min = number(v.min);
  let max = number(v.max);
  if (max === 0 && min !== null && min > 0) max = null;
  if (min === null && max === null) return null;
  return { min, max };
}

function number(v: unknown): number | null {
  if (v === '' || v === null || v === undefined) return null;
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v.trim()) : NaN;
  if (!Number.isFinite(n)) throw new S1Error(400, 'e_8001', 'Los rangos min y max deben ser números');
  return n;
}

/** page: a positive integer, numeric strings accepted (the reference casts); otherwise 400. */
function positiveInt(v: unknown, fallback: number, name: string): number {
  if (v === undefined || v === null || v === '') return fallback;
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : NaN;
  if (!Number.isInteger(n) || n < 1) throw new S1Error(400, 'e_8001', `Página inválida: ${name} debe ser un entero positivo`);
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
