import { curpCheckDigit, rfcCheckDigit } from '@veraz/accounts';
import { FEMALE_NAMES, MALE_NAMES, COMPOUND_FEMALE_FIRST, COMPOUND_MALE_FIRST, SURNAMES } from './names';
import type { Random } from './random';

export type Sexo = 'H' | 'M';

export interface PersonName {
  nombre: string;
  primerApellido: string;
  segundoApellido: string | null;
}

/** RENAPO state codes in INEGI order: index 0 is entidad '01' (Aguascalientes). 'NE' = born abroad. */
export const CURP_STATES: readonly string[] = [
  'AS', 'BC', 'BS', 'CC', 'CL', 'CM', 'CS', 'CH', 'DF', 'DG', 'GT', 'GR', 'HG', 'JC', 'MC', 'MN',
  'MS', 'NT', 'NL', 'OC', 'PL', 'QT', 'QR', 'SP', 'SL', 'SR', 'TC', 'TS', 'TL', 'VZ', 'YN', 'ZS',
];

/** Words skipped at the start of a compound surname or name (RENAPO instructivo). */
const PARTICLES = new Set(['DA', 'DAS', 'DE', 'DEL', 'DER', 'DI', 'DIE', 'DD', 'EL', 'LA', 'LOS', 'LAS', 'LE', 'LES', 'MAC', 'MC', 'VAN', 'VON', 'Y']);
/** Common first names skipped when the given name is compound. */
const SKIPPED_FIRST = new Set(['JOSE', 'J', 'MARIA', 'MA', 'M']);
/** The 4-letter keys RENAPO and SAT alter; the generator never produces them (it draws another name). */
const INCONVENIENT = new Set(
  ('BACA BAKA BUEI BUEY CACA CACO CAGA CAGO CAKA CAKO COGE COGI COJA COJE COJI COJO COLA CULO FALO FETO GETA GUEI GUEY ' +
    'JETA JOTO KACA KACO KAGA KAGO KAKA KAKO KOGE KOGI KOJA KOJE KOJI KOJO KOLA KULO LILO LOCA LOCO LOKA LOKO MAME MAMO ' +
    'MEAR MEAS MEON MIAR MION MOCO MOKO MULA MULO NACA NACO PEDA PEDO PENE PIPI PITO POPO PUTA PUTO QULO RATA ROBA ROBE ' +
    'ROBO RUIN SENO TETA VACA VAGA VAGO VAKA VUEI VUEY WUEI WUEY').split(' '),
);

const VOWELS = 'AEIOU';

/** Upper case without accents; Ñ becomes X as in the CURP (NFD would otherwise turn it into N). */
export function plain(text: string): string {
  return text
    .toUpperCase()
    .replace(/Ñ/g, 'X')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Z ]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The word of a surname or name that the keys use: particles (and JOSÉ/MARÍA in compounds) are skipped. */
function significant(text: string, skipFirstNames: boolean): string {
  const words = plain(text).split(' ').filter((w) => !PARTICLES.has(w));
  if (skipFirstNames && words.length > 1 && SKIPPED_FIRST.has(words[0]!)) return words[1]!;
  return words[0] ?? 'X';
}

function firstInternal(word: string, vowel: boolean): string {
  for (const ch of word.slice(1)) if (VOWELS.includes(ch) === vowel) return ch;
  return 'X';
}

/** The 4 letters shared by CURP and RFC: first letter and first internal vowel of the primer apellido, etc. */
export function nameKey(name: PersonName): string {
  const first = significant(name.primerApellido, false);
  const second = name.segundoApellido ? significant(name.segundoApellido, false) : 'X';
  const given = significant(name.nombre, true);
  return first[0]! + firstInternal(first, true) + second[0]! + given[0]!;
}

export function isInconvenient(key: string): boolean {
  return INCONVENIENT.has(key);
}

function yymmdd(date: string): string {
  return date.slice(2, 4) + date.slice(5, 7) + date.slice(8, 10);
}

/** A CURP consistent with the name, birth date, sex and state (`NE` for people born abroad). */
export function buildCurp(name: PersonName, birth: string, sexo: Sexo, state: string): string {
  const first = significant(name.primerApellido, false);
  const second = name.segundoApellido ? significant(name.segundoApellido, false) : 'X';
  const given = significant(name.nombre, true);
  const consonants = firstInternal(first, false) + (second === 'X' ? 'X' : firstInternal(second, false)) + firstInternal(given, false);
  // Homonym character: a digit for births before 2000, a letter from 2000 on.
  const homonym = birth < '2000-01-01' ? '0' : 'A';
  const first17 = nameKey(name) + yymmdd(birth) + sexo + state + consonants + homonym;
  return first17 + curpCheckDigit(first17);
}

/** Characters SAT uses in the first two homoclave positions. */
export const HOMOCLAVE_ALPHABET = '123456789ABCDEFGHIJKLMNPQRSTUVWXYZ';

/** RFC of a persona física split as the S1 standard does: 10 characters plus a 3-character homoclave. */
export function buildRfc(name: PersonName, birth: string, rng: Random): { rfc: string; homoclave: string } {
  const rfc = nameKey(name) + yymmdd(birth);
  const two = rng.chars(2, HOMOCLAVE_ALPHABET);
  return { rfc, homoclave: two + rfcCheckDigit(rfc + two) };
}

const MORAL_STOPWORDS = new Set([...PARTICLES, 'S', 'A', 'C', 'V', 'R', 'L', 'P', 'I', 'B', 'DE', 'SA', 'CV', 'SC', 'AC', 'SAPI', 'SAB', 'IAP', 'COMPANIA', 'SOCIEDAD', 'CIA']);

/** RFC of a persona moral (12 characters): 3 letters from the name, the constitution date, homoclave. */
export function buildMoralRfc(razonSocial: string, constituted: string, homoclave2: string): string {
  const words = plain(razonSocial.replace(/,.*$/, '')).split(' ').filter((w) => w && !MORAL_STOPWORDS.has(w));
  let letters: string;
  if (words.length >= 3) letters = words[0]![0]! + words[1]![0]! + words[2]![0]!;
  else if (words.length === 2) letters = words[0]![0]! + words[1]!.slice(0, 2);
  else letters = (words[0] ?? 'XXX').slice(0, 3);
  letters = letters.padEnd(3, 'X');
  const eleven = letters + yymmdd(constituted) + homoclave2;
  return eleven + rfcCheckDigit(eleven);
}

/** A given name (compound 35 % of the time) for the sex. */
export function drawGivenName(rng: Random, sexo: Sexo): string {
  const pool = sexo === 'H' ? MALE_NAMES : FEMALE_NAMES;
  if (!rng.chance(0.35)) return rng.pick(pool);
  const first = rng.pick(sexo === 'H' ? COMPOUND_MALE_FIRST : COMPOUND_FEMALE_FIRST);
  let second = rng.pick(pool);
  while (second === first) second = rng.pick(pool);
  return `${first} ${second}`;
}

/** A full name whose CURP/RFC key is not an inconvenient word; ~3 % have no segundo apellido. */
export function drawName(rng: Random, sexo: Sexo, surnames?: { primer?: string; segundo?: string | null }): PersonName {
  for (;;) {
    const name: PersonName = {
      nombre: drawGivenName(rng, sexo),
      primerApellido: surnames?.primer ?? rng.pick(SURNAMES),
      segundoApellido: surnames && surnames.segundo !== undefined ? surnames.segundo : rng.chance(0.03) ? null : rng.pick(SURNAMES),
    };
    if (!isInconvenient(nameKey(name))) return name;
  }
}

export function fullName(name: PersonName): string {
  return [name.nombre, name.primerApellido, name.segundoApellido].filter(Boolean).join(' ');
}
