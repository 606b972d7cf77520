import type { RateTable } from './types';

/** An S1 amount (`{ valor, moneda }`). */
export interface Amount {
  valor: number;
  moneda: string;
}

/** The amount an S1 `monto` object holds, or null when it holds none (absent, not a number). */
export function readAmount(value: unknown): Amount | null {
  if (!value || typeof value !== 'object') return null;
  const { valor, moneda } = value as { valor?: unknown; moneda?: unknown };
  if (typeof valor !== 'number' || !Number.isFinite(valor)) return null;
  return { valor, moneda: typeof moneda === 'string' && moneda ? moneda : 'MXN' };
}

/** Pesos, or the missing rate ("USD 2024") that keeps the amount from being converted: never a guess. */
export type Converted = { ok: true; mxn: number } | { ok: false; missing: string };

export function toMxn(amount: Amount, year: number, rates: RateTable): Converted {
  if (amount.moneda === 'MXN') return { ok: true, mxn: amount.valor };
  const rate = rates.mxnPerUnit(amount.moneda, year);
  return rate === null ? { ok: false, missing: `${amount.moneda} ${year}` } : { ok: true, mxn: amount.valor * rate };
}

const PESOS = new Intl.NumberFormat('es-MX', { style: 'currency', currency: 'MXN', maximumFractionDigits: 0 });

/** "$1,234,567" for explanations (pesos, no cents: the figures are declared in whole pesos). */
export function pesos(mxn: number): string {
  return PESOS.format(Math.round(mxn));
}

/** A rate table with no rates: every foreign amount reports its rate as missing. */
export const NO_RATES: RateTable = { mxnPerUnit: () => null };

/** A rate table over plain rows (as the persistence side loads them). */
export function rateTable(rows: Array<{ currency: string; year: number; mxnPerUnit: number }>): RateTable {
  const map = new Map(rows.map((r) => [`${r.currency} ${r.year}`, r.mxnPerUnit]));
  return { mxnPerUnit: (currency, year) => map.get(`${currency} ${year}`) ?? null };
}
