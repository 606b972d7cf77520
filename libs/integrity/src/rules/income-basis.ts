import { INCOME_TOTALS } from '@veraz/standards';
import { readAmount, toMxn, type Amount } from '../engine/money';
import type { FilingFacts, RateTable } from '../engine/types';
import { dayNumber, filingYear, isObj, situacionOf, type Json } from './reading';

/**
 * The ingresos section's fields are the standard's (INCOME_TOTALS of @veraz/standards): I remuneración del
 * cargo público, II otros ingresos, A = I + II (declarante), B pareja y dependientes, C = A + B. INICIAL
 * reports a month, MODIFICACIÓN the previous calendar year, CONCLUSIÓN 1 January to the conclusión
 * («ingresos del año en curso a la fecha de conclusión», DOF format).
 */

/** How explanations name II.1 … II.5 (the groups of INCOME_GROUPS of @veraz/standards). */
export const INCOME_GROUP_LABELS: Readonly<Record<string, string>> = {
  actividadIndustrialComercialEmpresarial: 'II.1 actividad industrial, comercial o empresarial',
  actividadFinanciera: 'II.2 actividad financiera',
  serviciosProfesionales: 'II.3 servicios profesionales',
  enajenacionBienes: 'II.5 enajenación de bienes',
  otrosIngresos: 'II.4 otros ingresos',
};

// A period of a few days (a conclusión on 3 January) still pays at least half a month in practice.
const MIN_MONTHS = 0.5;

export function ingresos(filing: FilingFacts): Json | null {
  const section = situacionOf(filing).ingresos;
  return isObj(section) ? section : null;
}

export interface IncomeMonths {
  shortest: number;
  longest: number;
  /** The toma de posesión that makes the shortest period, when it falls inside the period. */
  since: string | null;
}

/** The months the filing's ingresos cover: the shortest and the longest plausible period. */
export function incomeMonths(filing: FilingFacts): IncomeMonths {
  if (filing.tipo === 'INICIAL') return { shortest: 1, longest: 1, since: null };
  const empleo = situacionOf(filing).datosEmpleoCargoComision;
  const toma = dayNumber(isObj(empleo) ? empleo.fechaTomaPosesion : null);
  const year = filingYear(filing);
  const jan1 = Date.UTC(year, 0, 1) / 86_400_000;
  const end = filing.tipo === 'MODIFICACIÓN' ? Date.UTC(year, 11, 31) / 86_400_000 : (dayNumber(filing.fecha) ?? jan1);
  // Twelfths of the calendar year, so that a whole year is exactly 12 months.
  const yearDays = Date.UTC(year + 1, 0, 1) / 86_400_000 - jan1;
  const months = (from: number): number => Math.max(MIN_MONTHS, Math.min(12, ((end - from + 1) * 12) / yearDays));
  const longest = months(jan1);
  // The post may have started inside the period (the income then covers fewer months).
  const inside = toma !== null && toma > jan1 && toma <= end;
  return { shortest: inside ? months(toma) : longest, longest, since: inside && isObj(empleo) ? String(empleo.fechaTomaPosesion).slice(0, 10) : null };
}

export interface PeriodSalary {
  /** The ingresos field read (I). */
  field: string;
  amount: Amount;
  /** Pesos for the period, or null when the currency's rate is missing (`missing` says which). */
  mxn: number | null;
  missing: string | null;
  months: IncomeMonths;
}

/** I: the declared remuneración del cargo público for the filing's period, or null when not declared. */
export function periodSalary(filing: FilingFacts, rates: RateTable): PeriodSalary | null {
  const section = ingresos(filing);
  const field = INCOME_TOTALS[filing.tipo]?.own;
  if (!section || !field) return null;
  const amount = readAmount(section[field]);
  if (!amount) return null;
  const converted = toMxn(amount, filingYear(filing), rates);
  return {
    field,
    amount,
    mxn: converted.ok ? converted.mxn : null,
    missing: converted.ok ? null : converted.missing,
    months: incomeMonths(filing),
  };
}

/** How the filing's period is worded in explanations. */
export function periodWords(filing: FilingFacts): string {
  if (filing.tipo === 'INICIAL') return 'mensual';
  if (filing.tipo === 'MODIFICACIÓN') return `del año ${filingYear(filing)}`;
  return `del 1 de enero de ${filingYear(filing)} a la conclusión (${filing.fecha})`;
}
