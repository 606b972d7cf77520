import { entry, money, otro, pickEntry, roundAmount, type ClaveValor, type Json } from './catalog';
import { addYears, yearOf } from './dates';
import { entidad, foreignAddress, mexicanAddress, nearbyEntidad } from './geo';
import { company, fisica, partyObject, type Fisica, type Moral } from './people';
import type { Profile } from './profile';
import type { Random } from './random';
import { track, type Tracked } from './tracked';
import { AIRCRAFT, BOATS, CARS, GOODS } from './words';
import { SURNAMES } from './names';

/** Price level of a year relative to 2024 (~4.5 % a year), so older purchases cost less. */
export function priceIndex(date: string): number {
  return Math.pow(1.045, yearOf(date) - 2024);
}

/** MXN per USD used to compare foreign values (only for the suspicious-growth targets). */
export const USD_MXN = 17.5;

export type Ownership = 'DEC' | 'DEC+SPOUSE' | 'SPOUSE' | 'DEC+CTER' | 'DEN';

/** The spouse's titular clave follows the estado civil: cónyuge, concubino or conviviente. */
function spouseTitular(profile: Profile): ClaveValor {
  const clave = profile.estadoCivil.clave === 'CON' ? 'CBN' : profile.estadoCivil.clave === 'SCO' ? 'CVV' : 'CYG';
  return entry('titularBien', clave);
}

/** A third party: a persona física (65 %) or moral. */
export function thirdParty(rng: Random, on: string): Fisica | Moral {
  return rng.chance(0.65) ? fisica(rng, [addYears(on, -75), addYears(on, -25)]) : company(rng, on);
}

/** `titular`, the declarant's share (porcentajePropiedad) and, for co-ownership, the `tercero`. */
export function ownership(rng: Random, profile: Profile, on: string, weights: ReadonlyArray<readonly [Ownership, number]>): Json {
  let kind = rng.weighted(weights);
  if (!profile.pareja && (kind === 'SPOUSE' || kind === 'DEC+SPOUSE')) kind = 'DEC';
  if (!profile.dependientes.length && kind === 'DEN') kind = 'DEC';
  switch (kind) {
    case 'DEC':
      return { titular: [entry('titularBien', 'DEC')], porcentaje: 100 };
    case 'DEC+SPOUSE':
      return { titular: [entry('titularBien', 'DEC'), spouseTitular(profile)], porcentaje: 50 };
    case 'SPOUSE':
      return { titular: [spouseTitular(profile)], porcentaje: 0 };
    case 'DEN':
      return { titular: [entry('titularBien', 'DEN')], porcentaje: 0 };
    case 'DEC+CTER':
      return { titular: [entry('titularBien', 'DEC'), entry('titularBien', 'CTER')], porcentaje: rng.int(2, 18) * 5, tercero: [partyObject(thirdParty(rng, on))] };
  }
}

/** Who transferred the good: a seller (person or company) or, for inheritances and gifts, a relative. */
function transmisor(rng: Random, profile: Profile, forma: string, on: string, sellerSector?: string): Json[] {
  if (forma === 'HRN' || forma === 'DNC') {
    const rel = rng.pick(forma === 'HRN' ? ['PAD', 'MAD', 'ABU', 'TIOA'] : ['PAD', 'MAD', 'SUE', 'ABU', 'HER']);
    const relative = fisica(rng, [addYears(profile.self.birth, -50), addYears(profile.self.birth, rel === 'HER' ? 10 : -18)], { primer: rel === 'SUE' ? undefined : profile.self.primerApellido });
    return [{ ...partyObject(relative), relacion: entry('parentescoRelacion', rel) }];
  }
  const seller = rng.chance(0.45) ? company(rng, on, sellerSector) : thirdParty(rng, on);
  return [{ ...partyObject(seller), relacion: entry('parentescoRelacion', 'NIN') }];
}

function acquisition(rng: Random, weights: ReadonlyArray<readonly [string, number]>, credit: number): { forma: ClaveValor; pago: string } {
  const forma = pickEntry(rng, 'formaAdquisicion', weights);
  const pago = forma.clave === 'CPV' ? (rng.chance(credit) ? 'CRÉDITO' : 'CONTADO') : forma.clave === 'CSN' ? 'CONTADO' : 'NO APLICA';
  return { forma, pago };
}

const INMUEBLE_BASE: Readonly<Record<string, [number, number, number]>> = {
  // clave: [median value 2024 MXN, land m2, built m2]
  CASA: [2_000_000, 180, 190], DPTO: [1_600_000, 85, 85], TERR: [650_000, 400, 0], LOCC: [1_300_000, 60, 60],
  BODG: [1_800_000, 500, 450], RACH: [2_800_000, 25, 180], EDIF: [7_000_000, 350, 1_100], PALC: [750_000, 0, 18], OTRO: [350_000, 14, 14],
};

/** A property acquired on `acq`; `opts.value` fixes its value (suspicious purchases), `opts.contado` forbids credit. */
export function inmueble(rng: Random, profile: Profile, acq: string, opts: { value?: number; contado?: boolean } = {}): Tracked {
  // A purchase of a given value (suspicious growth) is a kind of property that can cost that much.
  const tipo = opts.value
    ? rng.weighted([['CASA', 50], ['DPTO', 25], ['RACH', 10], ['LOCC', 10], ['EDIF', opts.value > 5_000_000 ? 5 : 0]] as const)
    : rng.weighted([['CASA', 45], ['DPTO', 25], ['TERR', 15], ['LOCC', 6], ['BODG', 2], ['RACH', 3], ['EDIF', 1], ['PALC', 1], ['OTRO', 2]] as const);
  const [median, land, built] = INMUEBLE_BASE[tipo]!;
  const abroad = rng.chance(0.03);
  const own = ownership(rng, profile, acq, [['DEC', 45], ['DEC+SPOUSE', 25], ['SPOUSE', 10], ['DEC+CTER', 18], ['DEN', 2]]);
  const { forma, pago } = opts.contado
    ? { forma: entry('formaAdquisicion', 'CPV'), pago: 'CONTADO' }
    : acquisition(rng, [['CPV', 75], ['HRN', 10], ['DNC', 8], ['CSN', 3], ['PRM', 2], ['RST', 1], ['STC', 1]], 0.6);
  const value = opts.value ?? rng.logNormal(median, 0.5) * priceIndex(acq);
  const moneda = abroad ? 'USD' : 'MXN';
  const valor = roundAmount(abroad ? value / USD_MXN : value);
  const ent = nearbyEntidad(rng, profile.home.entidad);
  const address = abroad ? foreignAddress(rng, 'US') : mexicanAddress(rng, ent);
  const where = abroad ? String(address.ciudadLocalidad) : String((address.municipioAlcaldia as ClaveValor).valor);
  const escritura = `Escritura pública ${rng.int(1_000, 60_000).toLocaleString('en-US')} de la Notaría Pública ${rng.int(1, 150)} de ${where}; folio real ${rng.int(100_000, 9_999_999)}`;
  const sentence = forma.clave === 'STC' || (forma.clave === 'HRN' && rng.chance(0.5));
  const data: Json = {
    tipoInmueble: tipo === 'OTRO' ? otro('tipoInmueble', rng.pick(['Estacionamiento', 'Cuarto de servicio', 'Nicho en panteón'])) : entry('tipoInmueble', tipo),
    titular: own.titular,
    porcentajePropiedad: own.porcentaje,
    superficieTerreno: tipo === 'RACH' ? { valor: rng.int(5, 120), unidad: 'ha' } : { valor: Math.round(land * rng.float(0.6, 1.8)), unidad: 'm2' },
    superficieConstruccion: { valor: Math.round(built * rng.float(0.6, 1.8)), unidad: 'm2' },
    ...(own.tercero ? { tercero: own.tercero } : {}),
    transmisor: transmisor(rng, profile, forma.clave, acq, 'SERVINM'),
    formaAdquisicion: forma,
    formaPago: pago,
    valorAdquisicion: money(valor, moneda),
    fechaAdquisicion: acq,
    datoIdentificacion: sentence ? `Sentencia del Juzgado ${rng.int(1, 12)}º de lo Familiar, expediente ${rng.int(100, 2500)}/${yearOf(acq) - 1}` : escritura,
    valorConformeA: sentence ? 'SENTENCIA' : tipo === 'PALC' ? 'CONTRATO' : 'ESCRITURA PÚBLICA',
    ...(abroad ? { domicilioExtranjero: address } : { domicilioMexico: address }),
  };
  return track(data, { meta: { value, credit: pago === 'CRÉDITO', rentable: ['DPTO', 'LOCC', 'BODG', 'EDIF'].includes(tipo), where } });
}

/** A car (mostly), boat or aircraft bought on `acq`, new or used. */
export function vehiculo(rng: Random, profile: Profile, acq: string, opts: { value?: number; contado?: boolean } = {}): Tracked {
  const rich = profile.job.salary > 90_000 || profile.suspicious;
  const tipo = opts.value
    ? opts.value > 1_600_000 ? (rng.chance(0.75) ? 'BARYA' : 'AERN') : 'AUMOT'
    : rng.weighted([['AUMOT', 96], ['BARYA', rich ? 3 : 0.2], ['AERN', rich ? 1 : 0]] as const);
  const pool = tipo === 'AUMOT' ? CARS : tipo === 'BARYA' ? BOATS : AIRCRAFT;
  // For a given value, the model whose price is closest; otherwise any.
  const [marca, modelo, price] = opts.value
    ? pool.reduce((best, m) => (Math.abs(m[2] - opts.value!) < Math.abs(best[2] - opts.value!) ? m : best))
    : rng.pick(pool);
  const used = rng.chance(0.35);
  const anio = yearOf(acq) - (used ? rng.int(1, 8) : rng.int(-1, 0));
  const value = opts.value ?? price * priceIndex(acq) * (used ? rng.float(0.45, 0.85) : rng.float(0.95, 1.1));
  const foreign = rng.chance(0.02);
  const own = ownership(rng, profile, acq, [['DEC', 75], ['SPOUSE', 14], ['DEC+SPOUSE', 5], ['DEC+CTER', 4], ['DEN', 2]]);
  const { forma, pago } = opts.contado ? { forma: entry('formaAdquisicion', 'CPV'), pago: 'CONTADO' } : acquisition(rng, [['CPV', 92], ['DNC', 5], ['HRN', 3]], used ? 0.15 : 0.5);
  const data: Json = {
    tipoVehiculo: entry('tipoVehiculo', tipo),
    titular: own.titular,
    transmisor: transmisor(rng, profile, forma.clave, acq, used ? undefined : 'CMENOR'),
    marca,
    modelo,
    anio,
    numeroSerieRegistro: tipo === 'AERN' ? `XB-${rng.chars(3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}` : rng.chars(17, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'),
    ...(own.tercero ? { tercero: own.tercero } : {}),
    lugarRegistro: foreign ? { pais: 'US' } : { pais: 'MX', entidadFederativa: entidad(nearbyEntidad(rng, profile.home.entidad)) },
    formaAdquisicion: forma,
    formaPago: pago,
    valorAdquisicion: foreign ? money(roundAmount(value / USD_MXN), 'USD') : money(roundAmount(value), 'MXN'),
    fechaAdquisicion: acq,
  };
  return track(data, { meta: { value, credit: pago === 'CRÉDITO' } });
}

/** Household goods, jewels, art or collections bought, inherited or received as a gift. */
export function mueble(rng: Random, profile: Profile, acq: string, opts: { value?: number } = {}): Tracked {
  const tipo = rng.weighted([['MECA', 35], ['APAE', 25], ['JOYA', 15], ['COLEC', 8], ['OBRA', 7], ['OTRO', 10]] as const);
  const [descripcion, base] = rng.pick(GOODS[tipo]!);
  const own = ownership(rng, profile, acq, [['DEC', 70], ['DEC+SPOUSE', 20], ['SPOUSE', 8], ['DEC+CTER', 2]]);
  const { forma, pago } = acquisition(rng, [['CPV', 80], ['HRN', 8], ['DNC', 12]], 0.15);
  const value = opts.value ?? base * rng.float(0.6, 1.6) * priceIndex(acq);
  const data: Json = {
    titular: own.titular,
    tipoBien: tipo === 'OTRO' ? otro('tipoBienBienesMuebles', descripcion) : entry('tipoBienBienesMuebles', tipo),
    transmisor: transmisor(rng, profile, forma.clave, acq, 'CMENOR'),
    ...(own.tercero ? { tercero: own.tercero } : {}),
    descripcionGeneralBien: descripcion,
    formaAdquisicion: forma,
    formaPago: pago,
    valorAdquisicion: money(roundAmount(value), 'MXN'),
    fechaAdquisicion: acq,
  };
  return track(data, { meta: { value } });
}

/** A house or car lent by a relative or a company (préstamo o comodato). */
export function prestamo(rng: Random, profile: Profile, since: string): Tracked {
  const ent = nearbyEntidad(rng, profile.home.entidad);
  const isHouse = rng.chance(0.6);
  const tipoBien = isHouse
    ? { inmueble: { tipoInmueble: entry('tipoInmueble', rng.pick(['CASA', 'DPTO'])), domicilioMexico: mexicanAddress(rng, ent) } }
    : (() => {
        const [marca, modelo] = rng.pick(CARS);
        return {
          vehiculo: {
            tipo: entry('tipoVehiculo', 'AUMOT'),
            marca,
            modelo,
            anio: yearOf(since) - rng.int(0, 10),
            numeroSerieRegistro: rng.chars(17, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'),
            lugarRegistro: { pais: 'MX', entidadFederativa: entidad(ent) },
          },
        };
      })();
  const byCompany = rng.chance(0.3);
  const owner = byCompany ? company(rng, since) : fisica(rng, [addYears(profile.self.birth, -35), addYears(profile.self.birth, -18)], { primer: rng.chance(0.6) ? profile.self.primerApellido : rng.pick(SURNAMES) });
  const data: Json = {
    tipoBien,
    duenoTitular: {
      tipoDuenoTitular: byCompany ? 'MORAL' : 'FISICA',
      nombreTitular: owner.name,
      rfc: 'rfc13' in owner ? owner.rfc13 : owner.rfc,
      relacionConTitular: byCompany ? rng.pick(['EMPRESA FAMILIAR', 'EMPLEADOR DE MI PAREJA']) : rng.pick(['MADRE', 'PADRE', 'HERMANO(A)', 'TÍO(A)']),
    },
  };
  return track(data, { meta: { since } });
}
