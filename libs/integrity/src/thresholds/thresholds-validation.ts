import type { FieldError, IntegrityThresholds } from '@veraz/contracts';
import { catalogs } from '@veraz/standards';

type NumberKey = { [K in keyof IntegrityThresholds]: IntegrityThresholds[K] extends number ? K : never }[keyof IntegrityThresholds];
type ListKey = { [K in keyof IntegrityThresholds]: IntegrityThresholds[K] extends string[] ? K : never }[keyof IntegrityThresholds];

/** Each number's accepted range; shares are 0–1 and counts whole numbers. */
const NUMBERS: Record<NumberKey, { min: number; max: number; integer?: boolean }> = {
  crecimientoMesesDeIngreso: { min: 0, max: 120 },
  costoDeVidaProporcion: { min: 0, max: 1 },
  activosVecesIngresoAnual: { min: 1, max: 1000 },
  adeudosProporcion: { min: 0, max: 1 },
  liquidezVeces: { min: 1, max: 100 },
  liquidezMesesDeIngreso: { min: 0, max: 120 },
  ventaSaldosProporcion: { min: 0, max: 1 },
  construccionM2: { min: 1, max: 100_000 },
  inmueblesPorAnio: { min: 1, max: 100, integer: true },
  ingresoExtraProporcion: { min: 0, max: 100 },
  salarioMensualMinimo: { min: 0, max: 100_000_000 },
  salarioMensualMaximo: { min: 1, max: 100_000_000 },
};
const LISTS: Record<ListKey, { max: number; itemMax: number; catalog?: string }> = {
  marcasDeLujo: { max: 200, itemMax: 60 },
  sectoresDeLaInstitucion: { max: 50, itemMax: 20, catalog: 'sector' },
};

const number = new Intl.NumberFormat('es-MX', { maximumFractionDigits: 2 });

/**
 * The thresholds an admin sends, checked field by field (Spanish messages with the field's path), or
 * the errors. Lists come back trimmed and without repeats.
 */
export function checkThresholds(body: unknown): { ok: true; thresholds: IntegrityThresholds } | { ok: false; errors: FieldError[] } {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return { ok: false, errors: [{ path: 'umbrales', message: 'envía los umbrales como un objeto' }] };
  const input = body as Record<string, unknown>;
  const errors: FieldError[] = [];
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(input)) {
    if (!(key in NUMBERS) && !(key in LISTS)) errors.push({ path: key, message: 'no es un umbral de las señales de riesgo' });
  }
  for (const [key, range] of Object.entries(NUMBERS)) {
    const value = input[key];
    if (value === undefined || value === null) errors.push({ path: key, message: 'es obligatorio' });
    else if (typeof value !== 'number' || !Number.isFinite(value)) errors.push({ path: key, message: 'debe ser un número' });
    else if (range.integer && !Number.isInteger(value)) errors.push({ path: key, message: 'debe ser un número entero' });
    else if (value < range.min || value > range.max) errors.push({ path: key, message: `debe estar entre ${number.format(range.min)} y ${number.format(range.max)}` });
    else out[key] = value;
  }
  for (const [key, rule] of Object.entries(LISTS)) {
    const value = input[key];
    if (!Array.isArray(value)) {
      errors.push({ path: key, message: 'debe ser una lista de textos' });
      continue;
    }
    if (value.length > rule.max) errors.push({ path: key, message: `admite a lo más ${rule.max} elementos` });
    const items: string[] = [];
    value.forEach((item, i) => {
      const text = typeof item === 'string' ? item.trim() : '';
      if (!text) errors.push({ path: `${key}[${i}]`, message: 'debe ser un texto no vacío' });
      else if (text.length > rule.itemMax) errors.push({ path: `${key}[${i}]`, message: `admite a lo más ${rule.itemMax} caracteres` });
      else if (rule.catalog && catalogs.valor(rule.catalog, text) === undefined) errors.push({ path: `${key}[${i}]`, message: `«${text}» no es una clave del catálogo ${rule.catalog} del S1` });
      else if (!items.includes(text)) items.push(text);
    });
    out[key] = items;
  }
  const min = out.salarioMensualMinimo as number | undefined;
  const max = out.salarioMensualMaximo as number | undefined;
  if (min !== undefined && max !== undefined && max <= min) {
    errors.push({ path: 'salarioMensualMaximo', message: 'debe ser mayor que salarioMensualMinimo' });
  }
  return errors.length ? { ok: false, errors } : { ok: true, thresholds: out as unknown as IntegrityThresholds };
}

/** The same ranges, for the HTTP body's declarative validation (one table, two checks). */
export { NUMBERS as THRESHOLD_NUMBER_RANGES, LISTS as THRESHOLD_LIST_RULES };
