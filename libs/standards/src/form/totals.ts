/**
 * The amounts the DOF forms fill in automatically (Normas e instructivo, VIII and IX: «Este rubro se
 * llenará automáticamente»): in `ingresos` and `actividadAnualAnterior`, each II.n is the sum of its
 * items, II = II.1 + … + II.5, A = I + II and C = A + B. The web form shows them read-only and the API
 * stores what it computes, so both read this one definition.
 */

import type { Tipo } from '../tipos';

type Json = Record<string, unknown>;

/** Property names of I, II, A, B and C in one tipo's wording of a section. */
export interface IncomeTotalFields {
  /** I: the remuneration of the public office (typed by the filer). */
  own: string;
  /** II: other income of the filer (computed). */
  others: string;
  /** A = I + II (computed). */
  filer: string;
  /** B: the partner's and dependants' income (typed by the filer). */
  partner: string;
  /** C = A + B (computed). */
  total: string;
}

/** `ingresos` as each tipo words it (INICIAL a month, MODIFICACIÓN the previous year, CONCLUSIÓN the year to the conclusión). */
export const INCOME_TOTALS: Readonly<Record<Tipo, IncomeTotalFields>> = {
  INICIAL: { own: 'remuneracionMensualCargoPublico', others: 'otrosIngresosMensualesTotal', filer: 'ingresoMensualNetoDeclarante', partner: 'ingresoMensualNetoParejaDependiente', total: 'totalIngresosMensualesNetos' },
  MODIFICACIÓN: { own: 'remuneracionAnualCargoPublico', others: 'otrosIngresosAnualesTotal', filer: 'ingresoAnualNetoDeclarante', partner: 'ingresoAnualNetoParejaDependiente', total: 'totalIngresosAnualesNetos' },
  CONCLUSIÓN: { own: 'remuneracionConclusionCargoPublico', others: 'otrosIngresosConclusionTotal', filer: 'ingresoConclusionNetoDeclarante', partner: 'ingresoConclusionNetoParejaDependiente', total: 'totalIngresosConclusionNetos' },
};
/** `actividadAnualAnterior` (the same in every tipo). */
export const PREVIOUS_YEAR_TOTALS: IncomeTotalFields = { own: 'remuneracionNetaCargoPublico', others: 'otrosIngresosTotal', filer: 'ingresoNetoAnualDeclarante', partner: 'ingresoNetoAnualParejaDependiente', total: 'totalIngresosNetosAnuales' };

/** II.1 … II.5: each group's `remuneracionTotal` adds up the `remuneracion` of its list. */
export const INCOME_GROUPS: ReadonlyArray<readonly [group: string, list: string]> = [
  ['actividadIndustrialComercialEmpresarial', 'actividades'],
  ['actividadFinanciera', 'actividades'],
  ['serviciosProfesionales', 'servicios'],
  ['enajenacionBienes', 'bienes'],
  ['otrosIngresos', 'ingresos'],
];

export const TOTALS_SECTIONS: ReadonlySet<string> = new Set(['ingresos', 'actividadAnualAnterior']);

function totalsOf(section: string, tipo: string): IncomeTotalFields | undefined {
  if (section === 'actividadAnualAnterior') return PREVIOUS_YEAR_TOTALS;
  if (section === 'ingresos') return INCOME_TOTALS[tipo as Tipo];
  return undefined;
}

/**
 * Whether a field (label path: section + property names, no indexes) is computed by the app, so the
 * form shows it read-only.
 */
export function isComputedAmount(labelPath: string, tipo: string): boolean {
  const [section, ...rest] = labelPath.split('.');
  const totals = totalsOf(section ?? '', tipo);
  if (!totals) return false;
  const path = rest.join('.');
  return path === totals.others || path === totals.filer || path === totals.total || INCOME_GROUPS.some(([group]) => path === `${group}.remuneracionTotal`);
}

interface Money {
  valor: number;
  moneda?: string;
}

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function moneyOf(value: unknown): Money | undefined {
  if (!isObject(value) || typeof value.valor !== 'number' || !Number.isFinite(value.valor)) return undefined;
  return { valor: value.valor, ...(typeof value.moneda === 'string' && value.moneda ? { moneda: value.moneda } : {}) };
}

/** A sum, or 'mixed' when the parts are in different currencies (the form cannot add pesos to dollars). */
type Sum = Money | 'mixed';

function add(parts: Array<Money | undefined>): Sum {
  const present = parts.filter((p): p is Money => p !== undefined);
  const currencies = new Set(present.map((p) => p.moneda ?? 'MXN'));
  if (currencies.size > 1) return 'mixed';
  // Cents: 0.1 + 0.2 must print as 0.3.
  const valor = Math.round(present.reduce((acc, p) => acc + p.valor, 0) * 100) / 100;
  return { valor, moneda: [...currencies][0] ?? 'MXN' };
}

/** One computed amount: where it goes (relative to the section) and its value. */
export interface ComputedAmount {
  path: string;
  value: Sum;
}

/**
 * Every amount the app computes for this section's data, in the order they depend on each other.
 * Nothing is computed for a section the filer has not started (no I, B or II.n item), nor for the
 * previous year when the filer says they held no office.
 */
export function computedAmounts(section: string, tipo: string, data: unknown): ComputedAmount[] {
  const totals = totalsOf(section, tipo);
  if (!totals || !isObject(data)) return [];
  if (section === 'actividadAnualAnterior' && data.servidorPublicoAnioAnterior !== true) return [];
  const out: ComputedAmount[] = [];
  const groupSums: Sum[] = [];
  for (const [group, list] of INCOME_GROUPS) {
    const value = data[group];
    if (!isObject(value)) continue;
    const items = Array.isArray(value[list]) ? (value[list] as unknown[]) : [];
    const sum = add(items.map((item) => (isObject(item) ? moneyOf(item.remuneracion) : undefined)));
    out.push({ path: `${group}.remuneracionTotal`, value: sum });
    groupSums.push(sum);
  }
  const own = moneyOf(data[totals.own]);
  const partner = moneyOf(data[totals.partner]);
  if (!own && !partner && groupSums.length === 0) return out;
  const others = groupSums.includes('mixed') ? 'mixed' : add(groupSums as Money[]);
  out.push({ path: totals.others, value: others });
  if (!own) return out;
  const filer = others === 'mixed' ? 'mixed' : add([own, others]);
  out.push({ path: totals.filer, value: filer });
  out.push({ path: totals.total, value: filer === 'mixed' ? 'mixed' : add([filer, partner]) });
  return out;
}

function setAt(target: Json, path: string, value: Money): void {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) {
    if (!isObject(node[key])) node[key] = {};
    node = node[key] as Json;
  }
  node[keys.at(-1)!] = value;
}

function getAt(source: Json, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (isObject(node) ? node[key] : undefined), source);
}

/** A copy of the section's data with the computed amounts written in (those in mixed currencies are left as they are). */
export function withComputedAmounts<T>(section: string, tipo: string, data: T): T {
  const computed = computedAmounts(section, tipo, data);
  if (computed.length === 0) return data;
  const out = structuredClone(data) as Json;
  for (const { path, value } of computed) if (value !== 'mixed') setAt(out, path, value);
  return out as T;
}

/**
 * Where a section's stored amounts disagree with their sums (a document loaded or built elsewhere),
 * as `{path, message}` relative to the section, like the schema errors.
 */
export function computedAmountErrors(section: string, tipo: string, data: unknown): Array<{ path: string; message: string }> {
  const errors: Array<{ path: string; message: string }> = [];
  for (const { path, value } of computedAmounts(section, tipo, data)) {
    if (value === 'mixed') {
      errors.push({ path, message: 'los montos que se suman aquí deben estar en la misma moneda' });
      continue;
    }
    const stored = moneyOf(getAt(data as Json, path));
    if (!stored || Math.abs(stored.valor - value.valor) >= 0.005 || (stored.moneda ?? 'MXN') !== value.moneda) {
      errors.push({ path, message: `se calcula automáticamente y debe ser ${value.valor} ${value.moneda}` });
    }
  }
  return errors;
}
