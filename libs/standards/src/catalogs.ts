import { catalogFileNames, loadCatalogFile, loadGeoFile } from './data';

/** One code of a catalog. Some catalogs carry extra fields (subTipoInversion also has `tipoInversion`). */
export interface CatalogEntry {
  clave: string;
  valor: string;
  [extra: string]: string;
}

const memo = new Map<string, readonly CatalogEntry[]>();

function memoized(key: string, build: () => CatalogEntry[]): CatalogEntry[] {
  let entries = memo.get(key);
  if (!entries) {
    entries = Object.freeze(build().map((entry) => Object.freeze(entry)));
    memo.set(key, entries);
  }
  return [...entries];
}

/** A catalog file is either an array of strings (the value is its own code) or of `{clave, valor, ...}`. */
function normalize(name: string, raw: unknown): CatalogEntry[] {
  if (!Array.isArray(raw)) throw new Error(`El catálogo ${name} no es una lista`);
  return raw.map((entry) => {
    if (typeof entry === 'string') return { clave: entry, valor: entry };
    const out: CatalogEntry = { clave: String(entry.clave), valor: String(entry.valor) };
    for (const [key, value] of Object.entries(entry as Record<string, unknown>)) {
      if (key !== 'clave' && key !== 'valor' && typeof value === 'string') out[key] = value;
    }
    return out;
  });
}

function list(name: string): CatalogEntry[] {
  return memoized(`catalog:${name}`, () => {
    const raw = loadCatalogFile(name);
    if (raw === undefined) throw new Error(`Catálogo desconocido: ${JSON.stringify(name)}`);
    return normalize(name, raw);
  });
}

let municipiosIndex: Map<string, readonly CatalogEntry[]> | undefined;

/** INEGI municipalities grouped by state clave, sorted by municipality clave. */
function municipiosByEntidad(): Map<string, readonly CatalogEntry[]> {
  if (!municipiosIndex) {
    const groups = new Map<string, CatalogEntry[]>();
    for (const m of loadGeoFile('municipios') as GeoMunicipio[]) {
      const group = groups.get(m.cve_agee) ?? [];
      group.push(Object.freeze({ clave: m.cve_agem, valor: m.nom_agem }));
      groups.set(m.cve_agee, group);
    }
    municipiosIndex = new Map();
    for (const [clave, group] of groups) {
      municipiosIndex.set(clave, Object.freeze(group.sort((a, b) => a.clave.localeCompare(b.clave))));
    }
  }
  return municipiosIndex;
}

interface GeoEntidad {
  cve_agee: string;
  nom_agee: string;
}
interface GeoMunicipio extends GeoEntidad {
  cve_agem: string;
  nom_agem: string;
}
interface Country {
  name: string;
  alpha2: string;
}

/**
 * The official S1 catalogs (standards/s1/catalogos) and the geographic ones: INEGI states and
 * municipalities (the keys the PDN sends as `entidadFederativa` / `municipioAlcaldia`) and countries
 * (ISO 3166 alpha-2, upper case as in the S1 `pais` fields, with Spanish names).
 *
 * Note: `lugarDondeReside` writes `MÉXICO` while the OAS enum (which the validator follows) is `MEXICO`.
 */
export const catalogs = {
  /** Names of the catalog files, e.g. 'formaPago', 'nivel', 'tipoInmueble'. */
  names(): string[] {
    return catalogFileNames();
  },
  /** The entries of standards/s1/catalogos/<name>.json. Throws for an unknown catalog. */
  list,
  /** The `valor` of a `clave`, or undefined if the catalog has no such clave. Throws for an unknown catalog. */
  valor(name: string, clave: string): string | undefined {
    return list(name).find((entry) => entry.clave === clave)?.valor;
  },
  /** INEGI states: 2-digit `cve_agee` and name. */
  entidades(): CatalogEntry[] {
    return memoized('geo:entidades', () =>
      (loadGeoFile('entidades') as GeoEntidad[])
        .map((e) => ({ clave: e.cve_agee, valor: e.nom_agee }))
        .sort((a, b) => a.clave.localeCompare(b.clave)),
    );
  },
  /** INEGI municipalities of a state (2-digit clave): 3-digit `cve_agem` and name; [] for an unknown state. */
  municipios(entidad: string): CatalogEntry[] {
    return [...(municipiosByEntidad().get(entidad) ?? [])];
  },
  /** Countries: ISO 3166 alpha-2 in upper case (as the S1 `pais` fields) and Spanish name. */
  paises(): CatalogEntry[] {
    return memoized('geo:paises', () =>
      (loadGeoFile('paises') as Country[]).map((c) => ({ clave: c.alpha2.toUpperCase(), valor: c.name })),
    );
  },
};
