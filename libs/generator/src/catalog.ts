import { catalogs, type CatalogEntry } from '@veraz/standards';
import type { Random } from './random';

export type Json = Record<string, unknown>;
export interface Money {
  valor: number;
  moneda: string;
}
export interface ClaveValor {
  clave: string;
  valor: string;
}

const byName = new Map<string, Map<string, ClaveValor>>();

function index(name: string): Map<string, ClaveValor> {
  let map = byName.get(name);
  if (!map) {
    // NFC: one catalog file spells «UNIÓN» decomposed (O + combining accent) while the OAS enum is precomposed.
    map = new Map(catalogs.list(name).map((e: CatalogEntry) => [e.clave, { clave: e.clave, valor: e.valor.normalize('NFC') }]));
    byName.set(name, map);
  }
  return map;
}

/** The exact {clave, valor} pair of an official catalog; throws for a clave the catalog lacks. */
export function entry(name: string, clave: string): ClaveValor {
  const found = index(name).get(clave);
  if (!found) throw new Error(`El catálogo ${name} no tiene la clave ${clave}`);
  return { ...found };
}

/** "OTRO (ESPECIFIQUE)" entries carry the specific text in `valor`. */
export function otro(name: string, text: string, clave = 'OTRO'): ClaveValor {
  entry(name, clave); // the clave must exist
  return { clave, valor: text.toUpperCase() };
}

/** Weighted pick of catalog claves: `pickEntry(rng, 'tipoInmueble', [['CASA', 5], ['DPTO', 3]])`. */
export function pickEntry(rng: Random, name: string, weights: ReadonlyArray<readonly [string, number]>): ClaveValor {
  return entry(name, rng.weighted(weights));
}

export function mxn(valor: number): Money {
  return { valor: Math.max(0, Math.round(valor)), moneda: 'MXN' };
}

export function money(valor: number, moneda: string): Money {
  return { valor: Math.max(0, Math.round(valor)), moneda };
}

/** Rounds an amount to a plausible precision (people declare 48,200 rather than 48,213.77). */
export function roundAmount(value: number): number {
  if (value < 1_000) return Math.round(value);
  if (value < 100_000) return Math.round(value / 10) * 10;
  return Math.round(value / 100) * 100;
}
