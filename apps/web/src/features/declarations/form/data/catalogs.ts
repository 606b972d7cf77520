import type { CatalogOption } from '@veraz/standards/form';

// The 40 official catalog files are small; they travel together as one lazy chunk.
const files = import.meta.glob<CatalogOption[]>('../../../../../../../standards/s1/catalogos/*.json', { eager: true, import: 'default' });

/** Catalog entries by file name ('formaPago', 'tipoInmueble', …), as standards/s1/catalogos spells them. */
export const catalogs: Record<string, CatalogOption[]> = Object.fromEntries(
  Object.entries(files).map(([file, entries]) => [file.replace(/^.*\/([^/]+)\.json$/, '$1'), entries]),
);
