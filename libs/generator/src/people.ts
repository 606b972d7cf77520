import { entry, type ClaveValor, type Json } from './catalog';
import { addYears } from './dates';
import { buildCurp, buildMoralRfc, buildRfc, CURP_STATES, drawName, fullName, HOMOCLAVE_ALPHABET, type PersonName, type Sexo } from './identity';
import type { Random } from './random';
import { AFORES, BANKS, BROKERS, COMPANY_PREFIXES, COMPANY_ROOTS, CRYPTO_EXCHANGES, FOREIGN_BROKERS, HOUSING_FUNDS, INSURERS, LEGAL_FORMS, SAVINGS_COOPS } from './words';
import { SURNAMES } from './names';

/** A third party who is a persona física: name, birth date and a 13-character RFC. */
export interface Fisica extends PersonName {
  sexo: Sexo;
  birth: string;
  rfc13: string;
  name: string;
}

/** A persona moral: razón social, 12-character RFC and economic sector (catalog `sector`). */
export interface Moral {
  name: string;
  rfc: string;
  sector: ClaveValor;
}

export function fisica(rng: Random, bornBetween: readonly [string, string], surnames?: { primer?: string; segundo?: string | null }, sexo?: Sexo): Fisica {
  const s = sexo ?? (rng.chance(0.5) ? 'H' : 'M');
  const name = drawName(rng, s, surnames);
  const birth = rng.date(bornBetween[0], bornBetween[1]);
  const { rfc, homoclave } = buildRfc(name, birth, rng);
  return { ...name, sexo: s, birth, rfc13: rfc + homoclave, name: fullName(name) };
}

export function curpOf(person: Fisica, entidadClave: string | null): string {
  return buildCurp(person, person.birth, person.sexo, entidadClave ? CURP_STATES[Number(entidadClave) - 1]! : 'NE');
}

/** A company with a name built from a sector prefix, a surname or region, and a legal form. */
export function company(rng: Random, onOrBefore: string, sectorClave?: string): Moral {
  const pool = sectorClave ? COMPANY_PREFIXES.filter(([, s]) => s === sectorClave) : COMPANY_PREFIXES;
  const [prefix, sector] = rng.pick(pool.length ? pool : COMPANY_PREFIXES);
  const root = rng.chance(0.5) ? rng.pick(COMPANY_ROOTS) : rng.pick(SURNAMES);
  const form = prefix === 'Clínica' || prefix === 'Consultoría' || prefix === 'Despacho Contable' ? 'S.C.' : rng.pick(LEGAL_FORMS);
  const name = `${prefix} ${root}, ${form}`;
  const constituted = rng.date(addYears(onOrBefore, -40), addYears(onOrBefore, -1));
  return { name, rfc: buildMoralRfc(name, constituted, rng.chars(2, HOMOCLAVE_ALPHABET)), sector: entry('sector', sector) };
}

/** A financial institution of a kind; the RFC is derived from the name and a fixed date so it is stable. */
export function institution(rng: Random, kind: 'bank' | 'afore' | 'insurer' | 'broker' | 'foreignBroker' | 'coop' | 'crypto' | 'housing'): Moral {
  const pools = { bank: BANKS, afore: AFORES, insurer: INSURERS, broker: BROKERS, foreignBroker: FOREIGN_BROKERS, coop: SAVINGS_COOPS, crypto: CRYPTO_EXCHANGES, housing: HOUSING_FUNDS };
  const name = rng.pick(pools[kind]);
  let h = 7;
  for (const ch of name) h = (h * 31 + ch.charCodeAt(0)) % 10_000;
  const constituted = `19${String(50 + (h % 45)).padStart(2, '0')}-${String(1 + (h % 12)).padStart(2, '0')}-${String(1 + (h % 28)).padStart(2, '0')}`;
  // Homoclave from the name hash (not from rng) so the same bank keeps one RFC everywhere.
  const homoclave = HOMOCLAVE_ALPHABET[h % HOMOCLAVE_ALPHABET.length]! + HOMOCLAVE_ALPHABET[(h * 7 + 3) % HOMOCLAVE_ALPHABET.length]!;
  return { name, rfc: buildMoralRfc(name, constituted, homoclave), sector: entry('sector', 'SERVFIN') };
}

/** `{tipoPersona, nombreRazonSocial, rfc}` as the `tercero`, `otorgante`, `clientePrincipal` objects carry it. */
export function partyObject(party: Fisica | Moral): Json {
  return 'rfc13' in party
    ? { tipoPersona: 'FISICA', nombreRazonSocial: party.name, rfc: party.rfc13 }
    : { tipoPersona: 'MORAL', nombreRazonSocial: party.name, rfc: party.rfc };
}
