import type { RiskSource } from '@veraz/contracts';
import { SECTION_NAMES, type AssetItem } from './items';
import { fechaCorta } from './json';
import type { FilingFacts } from './types';

/** Small wording helpers shared by the explanations (Spanish, es-MX). */

export function sourceOf(filing: FilingFacts, section: string | null, item: number | null, field: string | null): RiskSource {
  return { filingId: filing.id, folio: filing.folio, section, item, field };
}

/** "MODIFICACIÓN folio F-2024-0001 al 31/12/2023" (a draft has no folio yet). */
export function filingLabel(filing: FilingFacts): string {
  return `${filing.tipo} ${filing.folio ? `folio ${filing.folio}` : 'en borrador'} al ${fechaCorta(filing.fecha)}`;
}

/** "Vehículos, elemento 1 del folio F-2". */
export function itemWhere(item: AssetItem, filing: FilingFacts): string {
  return `${SECTION_NAMES[item.section]}, elemento ${item.index + 1} del ${folioLabel(filing)}`;
}

/** "folio F-2024-0001", or "borrador". */
export function folioLabel(filing: FilingFacts): string {
  return filing.folio ? `folio ${filing.folio}` : 'borrador';
}

const ONE_DECIMAL = new Intl.NumberFormat('es-MX', { maximumFractionDigits: 1 });

/** "11.5" */
export function decimal(value: number): string {
  return ONE_DECIMAL.format(value);
}

/** "30 %" */
export function percent(share: number): string {
  return `${ONE_DECIMAL.format(share * 100)} %`;
}

export function capitalize(text: string): string {
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

/** Rounded pesos for a figure's value. */
export function round(value: number): number {
  return Math.round(value);
}
