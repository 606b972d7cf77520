import type { DeclarationTipo } from '@veraz/contracts';
import { clave, ISO_DATE, situacionOf, yearOf, type Json } from './json';
import { RecentMemo } from './memo';
import { readAmount, type Amount } from './money';
import type { FilingFacts } from './types';

/**
 * The asset and debt sections of a filing, read once per filing object (cached): each item with its
 * operation, the declarant's and the household's share, its amount field and the keys that find it again in another filing.
 */

export type WealthSection = 'bienesInmuebles' | 'vehiculos' | 'bienesMuebles' | 'inversiones' | 'adeudos';
export const WEALTH_SECTIONS: readonly WealthSection[] = ['bienesInmuebles', 'vehiculos', 'bienesMuebles', 'inversiones', 'adeudos'];
/** Sections whose items are things held at acquisition value (the ones group 3 reconciles). */
export const GOODS_SECTIONS: readonly WealthSection[] = ['bienesInmuebles', 'vehiculos', 'bienesMuebles'];

/** Each section's list key in the OAS. */
export const LIST_KEYS: Readonly<Record<WealthSection, string>> = {
  bienesInmuebles: 'bienInmueble',
  vehiculos: 'vehiculo',
  bienesMuebles: 'bienMueble',
  inversiones: 'inversion',
  adeudos: 'adeudo',
};

/** Short Spanish names of the sections for explanations (the DOF titles, shortened). */
export const SECTION_NAMES: Readonly<Record<WealthSection | 'ingresos', string>> = {
  bienesInmuebles: 'Bienes inmuebles',
  vehiculos: 'Vehículos',
  bienesMuebles: 'Bienes muebles',
  inversiones: 'Inversiones y cuentas',
  adeudos: 'Adeudos',
  ingresos: 'Ingresos',
};

/** The balance field each tipo's OAS names (INICIAL: at the toma de posesión; MOD: 31 Dec; CONCLUSIÓN: at the end). */
const BALANCE_FIELDS: Readonly<Record<'inversiones' | 'adeudos', Record<DeclarationTipo, string>>> = {
  inversiones: { INICIAL: 'saldoSituacionActual', MODIFICACIÓN: 'saldoDiciembreAnterior', CONCLUSIÓN: 'saldoFechaConclusion' },
  adeudos: {
    INICIAL: 'saldoInsolutoSituacionActual',
    MODIFICACIÓN: 'saldoInsolutoDiciembreAnterior',
    CONCLUSIÓN: 'saldoInsolutoFechaConclusion',
  },
};

/** The field an item's amount is read from: `valorAdquisicion` for goods, the tipo's saldo for the rest. */
export function amountFieldOf(section: WealthSection, tipo: DeclarationTipo): string {
  return section === 'inversiones' || section === 'adeudos' ? BALANCE_FIELDS[section][tipo] : 'valorAdquisicion';
}

export interface AssetItem {
  section: WealthSection;
  /** 0-based index in the section's list. */
  index: number;
  raw: Json;
  tipoOperacion: string | null;
  /** False for BAJA: reported once, as sold or lost, and not held at the filing's date. */
  held: boolean;
  /**
   * The declarant's share (0–1). Choice: the declarant's own part, as in the reference examples' wealth
   * table, because it is compared with the declarant's own net income: porcentajePropiedad for real
   * estate, an equal split among the titulares for everything else, 0 when the declarant is not a titular.
   */
  share: number;
  /** The household's share (0–1): declarant, pareja and dependientes económicos together (see householdShareOf). */
  householdShare: number;
  fechaAdquisicion: string | null;
  /** `valorAdquisicion` for goods, the tipo's saldo field for investments and debts. */
  field: string;
  amount: Amount | null;
  /** Year the amount is converted at: acquisition year for goods, the filing's year for balances. */
  year: number;
  /** Identity keys, filled on first use by identity.ts. */
  keys?: string[];
}

export interface SectionItems {
  /** False when the filing does not carry the section (a simplified format, a draft not yet there). */
  present: boolean;
  items: AssetItem[];
}

export type FilingItems = Record<WealthSection, SectionItems>;

const CACHE = new RecentMemo<FilingFacts, FilingItems>();

export function itemsOf(filing: FilingFacts): FilingItems {
  const cached = CACHE.get(filing);
  if (cached) return cached;
  const situacion = situacionOf(filing);
  const filingYear = yearOf(filing.fecha) ?? new Date().getUTCFullYear();
  const out = {} as FilingItems;
  for (const section of WEALTH_SECTIONS) out[section] = readSection(filing.tipo, section, situacion[section], filingYear);
  return CACHE.set(filing, out);
}

function readSection(tipo: DeclarationTipo, section: WealthSection, value: unknown, filingYear: number): SectionItems {
  if (!value || typeof value !== 'object') return { present: false, items: [] };
  const list = (value as Json)[LIST_KEYS[section]];
  const items: AssetItem[] = [];
  if (Array.isArray(list)) {
    for (let index = 0; index < list.length; index++) {
      const raw = list[index] as unknown;
      if (raw && typeof raw === 'object') items.push(readItem(tipo, section, index, raw as Json, filingYear));
    }
  }
  return { present: true, items };
}

function readItem(tipo: DeclarationTipo, section: WealthSection, index: number, raw: Json, filingYear: number): AssetItem {
  const tipoOperacion = typeof raw.tipoOperacion === 'string' ? raw.tipoOperacion : null;
  const fechaAdquisicion = typeof raw.fechaAdquisicion === 'string' && ISO_DATE.test(raw.fechaAdquisicion) ? raw.fechaAdquisicion : null;
  const balance = section === 'inversiones' || section === 'adeudos';
  const field = amountFieldOf(section, tipo);
  // A good without an acquisition date is converted at the filing's year, the only year we know.
  const year = balance ? filingYear : (yearOf(fechaAdquisicion) ?? filingYear);
  return {
    section,
    index,
    raw,
    tipoOperacion,
    held: tipoOperacion !== 'BAJA',
    share: shareOf(section, raw),
    householdShare: householdShareOf(section, raw),
    fechaAdquisicion,
    field,
    amount: readAmount(raw[field]),
    year,
  };
}

function shareOf(section: WealthSection, raw: Json): number {
  const titular = Array.isArray(raw.titular) ? (raw.titular as unknown[]) : [];
  // No titular at all: the filer declared it in their own declaration, so it counts as theirs.
  if (titular.length === 0) return 1;
  if (!titular.some((t) => clave(t) === 'DEC')) return 0;
  const porcentaje = raw.porcentajePropiedad;
  if (section === 'bienesInmuebles' && typeof porcentaje === 'number' && porcentaje > 0) return Math.min(porcentaje, 100) / 100;
  return 1 / titular.length;
}

/** titularBien claves of the household: declarante, cónyuge, concubina/concubinario, conviviente, dependiente económico. */
const HOUSEHOLD = new Set(['DEC', 'CYG', 'CBN', 'CVV', 'DEN']);

/**
 * The household's part. Every titular in the household: all of it. With third parties (CTER): the OAS's
 * porcentajePropiedad is the *declarant's* percentage «conforme a escrituración o contrato» (DOF formats,
 * Normas §6), not the household's; so for real estate the declarant's percentage counts and the rest is
 * split equally among the other titulares (a CYG among them takes its part), otherwise an equal split.
 */
function householdShareOf(section: WealthSection, raw: Json): number {
  const claves = (Array.isArray(raw.titular) ? (raw.titular as unknown[]) : []).map(clave);
  if (claves.length === 0) return 1;
  const household = claves.filter((c) => c !== null && HOUSEHOLD.has(c)).length;
  if (household === claves.length) return 1;
  const porcentaje = raw.porcentajePropiedad;
  if (section === 'bienesInmuebles' && claves.includes('DEC') && typeof porcentaje === 'number' && porcentaje > 0) {
    const own = Math.min(porcentaje, 100) / 100;
    const others = claves.length - 1;
    return others === 0 ? own : own + ((1 - own) * (household - 1)) / others;
  }
  return household / claves.length;
}
