import { MONEDAS, type CatalogOption } from '@veraz/standards/form';

interface GeoRow {
  cve_agee: string;
  nom_agee: string;
  cve_agem?: string;
  nom_agem?: string;
}

let entidadesP: Promise<CatalogOption[]> | null = null;
let paisesP: Promise<CatalogOption[]> | null = null;
let municipiosP: Promise<Map<string, CatalogOption[]>> | null = null;

/** Retries on the next call when a chunk could not be fetched (the filer may be offline). */
function once<T>(get: () => Promise<T> | null, set: (p: Promise<T> | null) => void, load: () => Promise<T>): Promise<T> {
  let p = get();
  if (!p) {
    p = load();
    p.catch(() => set(null));
    set(p);
  }
  return p;
}

/** INEGI states (standards/s1/catalogos-geo/pdn_entidades.json): 2-digit clave and name. */
export function entidades(): Promise<CatalogOption[]> {
  return once(
    () => entidadesP,
    (p) => {
      entidadesP = p;
    },
    async () => {
      const rows = (await import('@veraz/standards-data/s1/catalogos-geo/pdn_entidades.json')).default as GeoRow[];
      return rows.map((r) => ({ clave: r.cve_agee, valor: r.nom_agee })).sort((a, b) => a.clave.localeCompare(b.clave));
    },
  );
}

/** Countries as the S1 `pais` fields spell them (ISO 3166 alpha-2, upper case), México first. */
export function paises(): Promise<CatalogOption[]> {
  return once(
    () => paisesP,
    (p) => {
      paisesP = p;
    },
    async () => {
      const rows = (await import('@veraz/standards-data/s1/catalogos-geo/sistemadeclaraciones_countries.json')).default as { name: string; alpha2: string }[];
      const list = rows.map((r) => ({ clave: r.alpha2.toUpperCase(), valor: r.name })).sort((a, b) => a.valor.localeCompare(b.valor, 'es-MX'));
      const mx = list.findIndex((c) => c.clave === 'MX');
      return mx > 0 ? [list[mx], ...list.slice(0, mx), ...list.slice(mx + 1)] : list;
    },
  );
}

/** The INEGI municipalities of a state (3-digit clave and name); the big file loads only when needed. */
export function municipiosDe(entidad: string): Promise<CatalogOption[]> {
  return once(
    () => municipiosP,
    (p) => {
      municipiosP = p;
    },
    async () => {
      const rows = (await import('@veraz/standards-data/s1/catalogos-geo/pdn_municipios.json')).default as GeoRow[];
      const byState = new Map<string, CatalogOption[]>();
      for (const r of rows) {
        if (!r.cve_agem || !r.nom_agem) continue;
        const list = byState.get(r.cve_agee) ?? [];
        list.push({ clave: r.cve_agem, valor: r.nom_agem });
        byState.set(r.cve_agee, list);
      }
      for (const list of byState.values()) list.sort((a, b) => a.clave.localeCompare(b.clave));
      return byState;
    },
  ).then((byState) => byState.get(entidad) ?? []);
}

const FIRST_CURRENCIES = ['MXN', 'USD', 'EUR'];
let currencies: CatalogOption[] | null = null;

/**
 * The ISO 4217 currencies the API accepts for an S1 `moneda` (MONEDAS, the same list the server
 * validates against), the usual ones first, named in Spanish with the browser's Intl data.
 */
export function monedas(): CatalogOption[] {
  if (currencies) return currencies;
  const names = new Intl.DisplayNames(['es-MX'], { type: 'currency' });
  const option = (code: string) => {
    const name = names.of(code);
    return { clave: code, valor: name && name !== code ? `${code} — ${name}` : code };
  };
  const rest = MONEDAS.filter((c) => !FIRST_CURRENCIES.includes(c)).map(option).sort((a, b) => a.valor.localeCompare(b.valor, 'es-MX'));
  currencies = [...FIRST_CURRENCIES.filter((c) => MONEDAS.includes(c)).map(option), ...rest];
  return currencies;
}
