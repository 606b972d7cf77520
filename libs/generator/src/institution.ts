import type { Json } from './catalog';
import { entidades, mexicanAddress, phone } from './geo';
import { plain } from './identity';
import { hashSeed, Random } from './random';

/** Where everybody of one generated population works; derived from the seed and the institution's name. */
export interface Institution {
  name: string;
  entidad: string;
  nivelOrdenGobierno: 'FEDERAL' | 'ESTATAL' | 'MUNICIPAL_ALCALDIA';
  ambitoPublico: 'EJECUTIVO' | 'LEGISLATIVO' | 'JUDICIAL' | 'ORGANO_AUTONOMO';
  address: Json;
  phone: string;
  /** Mail domain under the reserved `.example` TLD. */
  domain: string;
}

export function createInstitution(seed: number, name: string): Institution {
  const rng = new Random(hashSeed(seed, 'institution'));
  const text = plain(name);
  // A state named in the institution's name wins ("Contraloría del Estado de Jalisco" → 14).
  const named = entidades().find((e) => ` ${text} `.includes(` ${plain(e.valor)} `) && plain(e.valor) !== 'MEXICO');
  const nivelOrdenGobierno = /MUNICIPI|AYUNTAMIENTO|ALCALDIA/.test(text) ? 'MUNICIPAL_ALCALDIA' : named || /ESTADO|ESTATAL/.test(text) ? 'ESTATAL' : 'FEDERAL';
  // Federal offices sit in Mexico City unless a state is named.
  const entidad = named?.clave ?? (nivelOrdenGobierno === 'FEDERAL' ? '09' : rng.pick(entidades()).clave);
  const ambitoPublico = /CONGRESO|LEGISLAT|CAMARA|SENADO/.test(text)
    ? 'LEGISLATIVO'
    : /JUDICIAL|TRIBUNAL|SUPREMA|JUZGADO/.test(text)
      ? 'JUDICIAL'
      : /AUTONOM|INSTITUTO NACIONAL ELECTORAL|COMISION NACIONAL DE LOS DERECHOS/.test(text)
        ? 'ORGANO_AUTONOMO'
        : 'EJECUTIVO';
  const initials = text.split(' ').filter((w) => w.length > 3).map((w) => w[0]!.toLowerCase()).join('') || 'ente';
  return {
    name,
    entidad,
    nivelOrdenGobierno,
    ambitoPublico,
    address: mexicanAddress(rng, entidad, { interior: 0 }),
    phone: phone(rng, entidad),
    domain: `${initials}.gob.example`,
  };
}

/** The stream of person `index`: it depends only on the seed and the index. */
export function personRandom(seed: number, index: number): Random {
  return new Random(hashSeed(seed, 'person', index));
}

