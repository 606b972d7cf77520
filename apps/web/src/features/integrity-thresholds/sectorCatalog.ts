import type { CatalogOption } from '@veraz/standards/form';
import sector from '@veraz/standards-data/s1/catalogos/sector.json';

/** The official S1 `sector` catalog (standards/s1/catalogos/sector.json): rule 6 compares its claves. */
export const SECTORS: CatalogOption[] = sector as CatalogOption[];

export function sectorName(clave: string): string {
  return SECTORS.find((s) => s.clave === clave)?.valor ?? clave;
}
