import { catalogs, type CatalogEntry } from '@veraz/standards';
import type { Json } from './catalog';
import type { Random } from './random';
import { COLONIAS, FOREIGN_PLACES, FOREIGN_STREETS, STREETS } from './words';

/** First two digits of the postal codes of each state (SEPOMEX ranges), by INEGI clave. */
const CP_PREFIXES: Readonly<Record<string, readonly [number, number]>> = {
  '01': [20, 20], '02': [21, 22], '03': [23, 23], '04': [24, 24], '05': [25, 27], '06': [28, 28], '07': [29, 30], '08': [31, 33],
  '09': [1, 16], '10': [34, 35], '11': [36, 38], '12': [39, 41], '13': [42, 43], '14': [44, 49], '15': [50, 57], '16': [58, 61],
  '17': [62, 62], '18': [63, 63], '19': [64, 67], '20': [68, 71], '21': [72, 75], '22': [76, 76], '23': [77, 77], '24': [78, 79],
  '25': [80, 82], '26': [83, 85], '27': [86, 86], '28': [87, 89], '29': [90, 90], '30': [91, 96], '31': [97, 97], '32': [98, 99],
};

/** Long-distance code of each state's main city (2 or 3 digits; a phone number has 10 digits in all). */
const LADAS: Readonly<Record<string, string>> = {
  '01': '449', '02': '664', '03': '612', '04': '981', '05': '844', '06': '312', '07': '961', '08': '614', '09': '55', '10': '618',
  '11': '477', '12': '747', '13': '771', '14': '33', '15': '722', '16': '443', '17': '777', '18': '311', '19': '81', '20': '951',
  '21': '222', '22': '442', '23': '998', '24': '444', '25': '667', '26': '662', '27': '993', '28': '834', '29': '246', '30': '228',
  '31': '999', '32': '492',
};

let entidadesCache: CatalogEntry[] | undefined;
const municipiosCache = new Map<string, CatalogEntry[]>();
let paisesCache: Set<string> | undefined;

export function entidades(): CatalogEntry[] {
  return (entidadesCache ??= catalogs.entidades());
}

export function entidad(clave: string): { clave: string; valor: string } {
  const found = entidades().find((e) => e.clave === clave);
  if (!found) throw new Error(`Entidad desconocida: ${clave}`);
  return { clave: found.clave, valor: found.valor };
}

function municipios(clave: string): CatalogEntry[] {
  let list = municipiosCache.get(clave);
  if (!list) {
    list = catalogs.municipios(clave);
    municipiosCache.set(clave, list);
  }
  return list;
}

/** Countries the generator uses abroad, limited to those of the official country catalog. */
export function foreignCountries(): string[] {
  paisesCache ??= new Set(catalogs.paises().map((p) => p.clave));
  return Object.keys(FOREIGN_PLACES).filter((code) => paisesCache!.has(code));
}

export function phone(rng: Random, entidadClave: string, mobile = false): string {
  const lada = LADAS[entidadClave] ?? '55';
  // Mobile numbers in the sample start with 1–9 after the lada, landlines with 2–8.
  const next = String(mobile ? rng.int(1, 9) : rng.int(2, 8));
  return lada + next + rng.digits(10 - lada.length - 1);
}

export function postalCode(rng: Random, entidadClave: string): string {
  const [low, high] = CP_PREFIXES[entidadClave] ?? [1, 99];
  return String(rng.int(low, high)).padStart(2, '0') + rng.digits(3);
}

/** A home or office address in Mexico with a real INEGI entidad/municipio pair. */
export function mexicanAddress(rng: Random, entidadClave: string, opts: { interior?: number } = {}): Json {
  const ent = entidad(entidadClave);
  const mun = rng.pick(municipios(entidadClave));
  const address: Json = {
    calle: rng.pick(STREETS),
    numeroExterior: rng.chance(0.04) ? 'S/N' : String(rng.int(1, 3999)),
  };
  if (rng.chance(opts.interior ?? 0.3)) address.numeroInterior = rng.chance(0.5) ? String(rng.int(1, 30)) : `${rng.pick(['A', 'B', 'C'])}-${rng.int(101, 804)}`;
  address.coloniaLocalidad = rng.pick(COLONIAS);
  address.municipioAlcaldia = { clave: mun.clave, valor: mun.valor };
  address.entidadFederativa = ent;
  address.codigoPostal = postalCode(rng, entidadClave);
  return address;
}

/** An address abroad; `pais` is an ISO alpha-2 code of the official country catalog. */
export function foreignAddress(rng: Random, pais?: string): Json {
  const country = pais ?? rng.pick(foreignCountries());
  const [city, province] = rng.pick(FOREIGN_PLACES[country]!);
  const address: Json = { calle: rng.pick(FOREIGN_STREETS), numeroExterior: String(rng.int(1, 9999)) };
  if (rng.chance(0.4)) address.numeroInterior = String(rng.int(100, 2400));
  address.ciudadLocalidad = city;
  address.estadoProvincia = province;
  address.pais = country;
  address.codigoPostal = country === 'US' ? rng.digits(5) : country === 'CA' ? `${rng.chars(1, 'KLMNV')}${rng.digits(1)}${rng.chars(1, 'ABCEGH')} ${rng.digits(1)}${rng.chars(1, 'JKLMNP')}${rng.digits(1)}` : rng.digits(5);
  return address;
}

/** A state near home most of the time: 85 % the same, otherwise any. */
export function nearbyEntidad(rng: Random, home: string): string {
  return rng.chance(0.85) ? home : rng.pick(entidades()).clave;
}
