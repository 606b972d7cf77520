import type { IntegrityThresholds, RiskRuleGroup } from '@veraz/contracts';

/**
 * The risk thresholds as an admin reads them: one entry per IntegrityThresholds field, with its
 * Spanish label, what the figure means, and how it is typed. Shares (0–1) are shown as percentages.
 */
export type NumericKey = { [K in keyof IntegrityThresholds]: IntegrityThresholds[K] extends number ? K : never }[keyof IntegrityThresholds];
type Unit = 'meses' | 'veces' | 'porcentaje' | 'm2' | 'inmuebles' | 'pesos';

export interface NumberFieldDef {
  key: NumericKey;
  group: RiskRuleGroup;
  label: string;
  help: string;
  unit: Unit;
  integer?: boolean;
  /** Smallest accepted value, in the unit shown (a percentage for shares). */
  min: number;
}

export const NUMBER_FIELDS: NumberFieldDef[] = [
  {
    key: 'crecimientoMesesDeIngreso',
    group: 1,
    label: 'Crecimiento no explicado: meses de ingreso',
    help: 'Se señala cuando el aumento del patrimonio neto entre dos declaraciones, menos el ingreso neto declarado del periodo y el costo de vida estimado, supera estos meses de ingreso declarado (regla de Mongolia: 6).',
    unit: 'meses',
    min: 0,
  },
  {
    key: 'costoDeVidaProporcion',
    group: 1,
    label: 'Costo de vida estimado (% del ingreso)',
    help: 'Parte del ingreso neto declarado del periodo que se supone gastada en vivir; se descuenta antes de comparar el crecimiento del patrimonio.',
    unit: 'porcentaje',
    min: 0,
  },
  {
    key: 'activosVecesIngresoAnual',
    group: 2,
    label: 'Activos frente al ingreso anual (veces)',
    help: 'Se señala cuando los activos declarados superan este múltiplo del ingreso neto anual (valor de referencia de dragnet: 10).',
    unit: 'veces',
    min: 0,
  },
  {
    key: 'adeudosProporcion',
    group: 2,
    label: 'Adeudos frente a ingresos y activos (%)',
    help: 'Se señala cuando los adeudos superan este porcentaje de la suma del ingreso anual y los activos.',
    unit: 'porcentaje',
    min: 0,
  },
  {
    key: 'liquidezVeces',
    group: 2,
    label: 'Aumento de liquidez (veces)',
    help: 'Se señala cuando el efectivo y las inversiones líquidas se multiplican al menos por este factor entre dos declaraciones…',
    unit: 'veces',
    min: 0,
  },
  {
    key: 'liquidezMesesDeIngreso',
    group: 2,
    label: 'Aumento de liquidez (meses de ingreso)',
    help: '…y además crecen al menos estos meses de ingreso, para que los saldos pequeños no se señalen.',
    unit: 'meses',
    min: 0,
  },
  {
    key: 'ventaSaldosProporcion',
    group: 3,
    label: 'Venta explicada por los saldos (% del valor)',
    help: 'Una venta sin ingreso por enajenación no se señala si las inversiones y cuentas subieron al menos este porcentaje del valor de adquisición de la parte vendida.',
    unit: 'porcentaje',
    min: 0,
  },
  {
    key: 'construccionM2',
    group: 4,
    label: 'Superficie de construcción (m²)',
    help: 'Se señala un inmueble con más metros cuadrados de construcción que este valor.',
    unit: 'm2',
    min: 0,
  },
  {
    key: 'inmueblesPorAnio',
    group: 4,
    label: 'Inmuebles adquiridos en un año',
    help: 'Se señala cuando se adquieren este número de inmuebles o más en un mismo año calendario.',
    unit: 'inmuebles',
    integer: true,
    min: 1,
  },
  {
    key: 'ingresoExtraProporcion',
    group: 5,
    label: 'Ingresos no salariales (% del sueldo anual)',
    help: 'Se señalan donativos, apoyos, premios u «otros ingresos» que superen este porcentaje del sueldo anual.',
    unit: 'porcentaje',
    min: 0,
  },
  {
    key: 'salarioMensualMinimo',
    group: 7,
    label: 'Sueldo mensual neto mínimo plausible (pesos)',
    help: 'Una remuneración mensual en cero o menor que esta cantidad se señala como dato por revisar.',
    unit: 'pesos',
    min: 0,
  },
  {
    key: 'salarioMensualMaximo',
    group: 7,
    label: 'Sueldo mensual neto máximo plausible (pesos)',
    help: 'Una remuneración mensual mayor que esta cantidad se señala como dato por revisar.',
    unit: 'pesos',
    min: 0,
  },
];

export const LIST_FIELDS = {
  marcasDeLujo: {
    group: 4 as RiskRuleGroup,
    label: 'Marcas de vehículos de lujo',
    help: 'Una marca (o marca y modelo) por línea. Se comparan sin acentos ni mayúsculas con la marca de cada vehículo declarado.',
  },
  sectoresDeLaInstitucion: {
    group: 6 as RiskRuleGroup,
    label: 'Sectores de la institución',
    help: 'Marca los sectores del catálogo S1 en que actúa tu institución. Se señalan participaciones en empresas, órganos de decisión, clientes o representaciones del mismo sector; si no marcas ninguno, esta regla no señala nada.',
  },
} as const;

/** The groups with a threshold, in the order the page shows them. */
export const THRESHOLD_GROUPS: RiskRuleGroup[] = [1, 2, 3, 4, 5, 6, 7];

/** What the form edits: numbers as typed text, the brands as one per line. */
export type ThresholdValues = Record<NumericKey, string> & { marcasDeLujo: string; sectoresDeLaInstitucion: string[] };

const isShare = (def: NumberFieldDef) => def.unit === 'porcentaje';
// 0.3 × 100 is 30.000000000000004: shares are rounded to a few decimals when shown.
const round = (n: number) => Math.round(n * 1e6) / 1e6;
// Shown with thousands separators ("1,000,000"), which parseNumber reads back; six decimals keep every share exact.
const fieldNumber = new Intl.NumberFormat('es-MX', { maximumFractionDigits: 6 });

export function toValues(t: IntegrityThresholds): ThresholdValues {
  const numbers = Object.fromEntries(NUMBER_FIELDS.map((def) => [def.key, fieldNumber.format(isShare(def) ? round(t[def.key] * 100) : t[def.key])]));
  return { ...(numbers as Record<NumericKey, string>), marcasDeLujo: t.marcasDeLujo.join('\n'), sectoresDeLaInstitucion: [...t.sectoresDeLaInstitucion] };
}

/** "1,000,000" or "1 000 000" → 1000000; NaN when it is not a number. */
export function parseNumber(text: string): number {
  const clean = text.replace(/[\s,]/g, '');
  return clean === '' || !/^-?\d*\.?\d+$/.test(clean) ? Number.NaN : Number(clean);
}

export function brandsOf(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const brand = line.trim().replace(/\s+/g, ' ');
    if (brand && !seen.has(brand.toLocaleLowerCase('es-MX'))) {
      seen.add(brand.toLocaleLowerCase('es-MX'));
      out.push(brand);
    }
  }
  return out;
}

export function toThresholds(values: ThresholdValues): IntegrityThresholds {
  const numbers = Object.fromEntries(
    NUMBER_FIELDS.map((def) => {
      const n = parseNumber(values[def.key]);
      return [def.key, isShare(def) ? round(n / 100) : n];
    }),
  ) as Record<NumericKey, number>;
  return { ...numbers, marcasDeLujo: brandsOf(values.marcasDeLujo), sectoresDeLaInstitucion: [...values.sectoresDeLaInstitucion] };
}

/** The client-side check of one figure; the API checks again and its answer lands on the same field. */
export function checkNumber(def: NumberFieldDef, text: string, values: ThresholdValues): true | string {
  const n = parseNumber(text);
  if (Number.isNaN(n)) return 'Escribe un número.';
  if (def.integer && !Number.isInteger(n)) return 'Escribe un número entero.';
  if (n < def.min) return def.min === 0 ? 'Escribe un número mayor o igual a 0.' : `Escribe un número mayor o igual a ${def.min}.`;
  if (isShare(def) && n > 100) return 'Escribe un porcentaje entre 0 y 100.';
  if (def.key === 'salarioMensualMaximo') {
    const min = parseNumber(values.salarioMensualMinimo);
    if (!Number.isNaN(min) && n < min) return 'El máximo no puede ser menor que el mínimo.';
  }
  return true;
}

const numberFormat = new Intl.NumberFormat('es-MX', { maximumFractionDigits: 4 });
// Whole pesos without «.00», as amounts read everywhere else («$1,000,000»).
const pesoFormat = new Intl.NumberFormat('es-MX', { style: 'currency', currency: 'MXN', minimumFractionDigits: 0, maximumFractionDigits: 2 });

/** A stored figure as a reader sees it: «6 meses», «30 %», «$1,000,000.00», «300 m²». */
export function formatThreshold(def: NumberFieldDef, value: number): string {
  switch (def.unit) {
    case 'porcentaje':
      return `${numberFormat.format(round(value * 100))} %`;
    case 'pesos':
      return pesoFormat.format(value);
    case 'm2':
      return `${numberFormat.format(value)} m²`;
    case 'meses':
      return `${numberFormat.format(value)} ${value === 1 ? 'mes' : 'meses'}`;
    case 'veces':
      return `${numberFormat.format(value)} ${value === 1 ? 'vez' : 'veces'}`;
    case 'inmuebles':
      return `${numberFormat.format(value)} ${value === 1 ? 'inmueble' : 'inmuebles'}`;
  }
}

/** API paths («thresholds.liquidezVeces», «marcasDeLujo[3]») → the form's field names. */
export function formPath(path: string): string {
  return path.replace(/^thresholds\./, '');
}
