import type { DeclarationTipo, IntegrityThresholds } from '@veraz/contracts';
import { DEFAULT_THRESHOLDS } from '../engine/default-thresholds';
import { NO_RATES } from '../engine/money';
import type { FilingFacts, ObligationFacts, RuleResult, ScoringInput } from '../engine/types';

/**
 * Hand-made filings for the rules of groups 4–8: one MODIFICACIÓN of 2024 whose figures all agree
 * (salary $600,000 a year, the ingresos totals add up), to which each test adds the one fact under test.
 */

type Json = Record<string, unknown>;

export const mxn = (valor: number, moneda = 'MXN'): Json => ({ valor, moneda });

export const FOLIO = 'VRZ-2025-000123';

/** Ingresos whose I, II.n, II, A, B and C agree: I = 600,000, II.4 = 60,000, A = 660,000, B = 100,000, C = 760,000. */
export function ingresosModificacion(): Json {
  return {
    remuneracionAnualCargoPublico: mxn(600_000),
    otrosIngresosAnualesTotal: mxn(60_000),
    otrosIngresos: { remuneracionTotal: mxn(60_000), ingresos: [{ remuneracion: mxn(60_000), tipoIngreso: 'Arrendamiento de un local' }] },
    ingresoAnualNetoDeclarante: mxn(660_000),
    ingresoAnualNetoParejaDependiente: mxn(100_000),
    totalIngresosAnualesNetos: mxn(760_000),
  };
}

export interface FilingOptions {
  id?: string;
  tipo?: DeclarationTipo;
  fecha?: string;
  filedAt?: string;
  /** Sections of situacionPatrimonial to set (replacing the defaults). */
  sp?: Json;
  interes?: Json;
}

export function filing(options: FilingOptions = {}): FilingFacts {
  const sp: Json = {
    datosGenerales: { nombre: 'ANA LUISA', primerApellido: 'MORALES', segundoApellido: 'IBARRA' },
    datosEmpleoCargoComision: { nombreEntePublico: 'Secretaría de Obras', empleoCargoComision: 'Directora de área', fechaTomaPosesion: '2019-03-01' },
    ingresos: ingresosModificacion(),
    ...options.sp,
  };
  return {
    id: options.id ?? 'f-2025',
    folio: FOLIO,
    tipo: options.tipo ?? 'MODIFICACIÓN',
    declaracionCompleta: true,
    fecha: options.fecha ?? '2024-12-31',
    filedAt: options.filedAt ?? '2025-05-20T17:00:00.000Z',
    declaracion: { situacionPatrimonial: sp, ...(options.interes ? { interes: options.interes } : {}) },
  };
}

export interface InputOptions {
  previous?: FilingFacts | null;
  obligations?: ObligationFacts[];
  isLatestOfPerson?: boolean;
  thresholds?: Partial<IntegrityThresholds>;
  rates?: ScoringInput['rates'];
}

export function input(f: FilingFacts, options: InputOptions = {}): ScoringInput {
  return {
    filing: f,
    previous: options.previous ?? null,
    obligations: options.obligations ?? [],
    isLatestOfPerson: options.isLatestOfPerson ?? true,
    thresholds: { ...DEFAULT_THRESHOLDS, ...options.thresholds },
    rates: options.rates ?? NO_RATES,
  };
}

/** The results of one code only. */
export const only = (results: RuleResult[], code: RuleResult['code']): RuleResult[] => results.filter((r) => r.code === code);
