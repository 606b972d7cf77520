export interface CatalogOption {
  clave: string;
  valor: string;
  [extra: string]: string;
}

/**
 * The official catalog behind a `{clave, valor}` field: the catalog file whose claves cover the OAS
 * enum, the smallest one when several do (the OAS lists the claves, the catalog files give their
 * text). Returns the entries in the OAS order, or undefined when no file covers the enum.
 */
export function matchCatalog(claves: readonly string[], catalogs: Record<string, readonly CatalogOption[]>): { name: string; options: CatalogOption[] } | undefined {
  let best: { name: string; entries: readonly CatalogOption[] } | undefined;
  for (const [name, entries] of Object.entries(catalogs)) {
    const codes = new Set(entries.map((e) => e.clave));
    if (!claves.every((c) => codes.has(c))) continue;
    if (!best || entries.length < best.entries.length) best = { name, entries };
  }
  if (!best) return undefined;
  const byClave = new Map(best.entries.map((e) => [e.clave, e]));
  return { name: best.name, options: claves.map((c) => byClave.get(c)!) };
}

/** "OTRO (ESPECIFIQUE)" and similar entries ask the filer to write the value. */
export function asksToSpecify(option: CatalogOption | undefined): boolean {
  return !!option && /ESPECIFI/i.test(option.valor);
}
