import type { S1Scope } from './s1-query.repository';
import type { RangeFilter, S1Request } from './s1-request';

// Pieces of the S1 search SQL (columns, conditions, patterns), for S1QueryRepository only.

const SORT_COLUMNS: Record<string, string | [string, string]> = {
  nombres: 'p.nombres_norm',
  primerApellido: 'p.primer_apellido_norm',
  segundoApellido: 'p.segundo_apellido_norm',
  escolaridadNivel: ['p.escolaridad_min', 'p.escolaridad_max'],
  'datosEmpleoCargoComision.nombreEntePublico': 'p.ente_norm',
  'datosEmpleoCargoComision.entidadFederativa': 'p.entidad_federativa',
  'datosEmpleoCargoComision.municipioAlcaldia': 'p.municipio_alcaldia',
  'datosEmpleoCargoComision.empleoCargoComision': 'p.empleo_norm',
  'datosEmpleoCargoComision.nivelEmpleoCargoComision': 'p.nivel_empleo_norm',
  'datosEmpleoCargoComision.nivelOrdenGobierno': 'p.nivel_orden_gobierno',
  totalIngresosNetos: 'p.total_ingresos_netos',
  // Array paths sort like Mongo: ascending by the smallest element, descending by the largest.
  'bienesInmuebles.superficieConstruccion': ['p.sc_min', 'p.sc_max'],
  'bienesInmuebles.superficieTerreno': ['p.st_min', 'p.st_max'],
  'bienesInmuebles.valorAdquisicion': ['p.va_min', 'p.va_max'],
  'bienesInmuebles.formaAdquisicion': ['p.fa_min', 'p.fa_max'],
};

/** The name columns in the order the full-name facet joins them (migration 1764758000000-S1SearchCombos). */
export const FULL_NAME_PARTS = ['nombres_norm', 'primer_apellido_norm', 'segundo_apellido_norm'];
export const FULL_NAME_FACET = FULL_NAME_PARTS.join(',');
const FULL_NAME_SEPARATOR = '\x1f';

/** `%a%␟%b%␟%`: the full names whose parts contain what each name condition asks (one per part); null without any. */
export function namePattern(conditions: S1Request['text']): string | null {
  if (!conditions.length) return null;
  return FULL_NAME_PARTS.map((column) => {
    const wanted = conditions.find((t) => t.column === column);
    return wanted ? `%${escapeLike(wanted.value)}%` : '%';
  }).join(FULL_NAME_SEPARATOR);
}

export function hasInmueble(r: S1Request): boolean {
  return !!(r.inmueble.sc || r.inmueble.st || r.inmueble.va || r.inmueble.fa);
}

export function rangeClauses(col: string, range: RangeFilter, p: (v: unknown) => string): string[] {
  const out: string[] = [];
  if (range.min !== null) out.push(`${col} >= ${p(range.min)}`);
  if (range.max !== null) out.push(`${col} <= ${p(range.max)}`);
  return out;
}

export function column(key: string, dir: 'asc' | 'desc'): string {
  const col = SORT_COLUMNS[key];
  return Array.isArray(col) ? col[dir === 'asc' ? 0 : 1] : col;
}

export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** `alias.institution_id` limited to the scope: one institution (a parameter from `p`) or every opted-in one. */
export function inScope(scope: S1Scope, alias: string, p: (v: unknown) => string): string {
  return scope.kind === 'institution' ? `${alias}.institution_id = ${p(scope.institutionId)}` : `${alias}.institution_id IN (SELECT id FROM institutions WHERE s1_shared)`;
}
