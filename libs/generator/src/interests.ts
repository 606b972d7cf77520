import { entry, mxn, otro, roundAmount, type Json } from './catalog';
import { addDays, addYears, daysBetween } from './dates';
import { entidad, foreignCountries, nearbyEntidad } from './geo';
import { thirdParty } from './holdings';
import { buildMoralRfc, HOMOCLAVE_ALPHABET } from './identity';
import { company, fisica, institution, partyObject } from './people';
import type { Profile } from './profile';
import type { Random } from './random';
import { remove, room, track, update, type Tracked } from './tracked';
import { DECISION_BODIES, DECISION_ROLES, SOCIAL_PROGRAMS } from './words';

/** The interest sections (conflicto de interés) of a person, by S1 section name. */
export interface Interests {
  participacion: Tracked[];
  participacionTomaDecisiones: Tracked[];
  apoyos: Tracked[];
  representacion: Tracked[];
  clientesPrincipales: Tracked[];
  beneficiosPrivados: Tracked[];
  fideicomisos: Tracked[];
}

type Maker = (rng: Random, profile: Profile, on: string, interests: Interests) => Tracked;

function relacion(rng: Random, profile: Profile): string {
  return rng.weighted([['DECLARANTE', 70], ['PAREJA', profile.pareja ? 25 : 0], ['DEPENDIENTE_ECONOMICO', profile.dependientes.length ? 5 : 0]] as const);
}

function ubicacion(rng: Random, profile: Profile): Json {
  return rng.chance(0.03) ? { pais: rng.pick(foreignCountries()) } : { pais: 'MX', entidadFederativa: entidad(nearbyEntidad(rng, profile.home.entidad)) };
}

/** Remunerations are declared income too: a paid participation of the declarant adds to ingresos. */
function paid(rng: Random, profile: Profile, rel: string, name: string, median: number): Json {
  if (profile.suspicious || !rng.chance(0.45)) return { recibeRemuneracion: false };
  const monthly = roundAmount(rng.logNormal(median, 0.6));
  if (rel === 'DECLARANTE') profile.income.industrial.push({ nombreRazonSocial: name, tipoNegocio: 'Remuneración por participación', monthly });
  return { recibeRemuneracion: true, montoMensual: mxn(monthly) };
}

const MAKERS: Record<keyof Interests, Maker> = {
  participacion: (rng, profile, on) => {
    const firm = company(rng, on);
    const rel = relacion(rng, profile);
    const tipo = rng.weighted([['SCIO', 40], ['ACCI', 35], ['COMI', 5], ['REPR', 5], ['APOD', 5], ['COLB', 3], ['BENE', 4], ['OTRO', 3]] as const);
    return track({
      tipoRelacion: rel,
      nombreEmpresaSociedadAsociacion: firm.name,
      rfc: firm.rfc,
      porcentajeParticipacion: rng.int(1, 100),
      tipoParticipacion: tipo === 'OTRO' ? otro('tipoParticipacion', 'Asociado fundador') : entry('tipoParticipacion', tipo),
      ...paid(rng, profile, rel, firm.name, 8_000),
      ubicacion: ubicacion(rng, profile),
      sector: firm.sector,
    });
  },
  participacionTomaDecisiones: (rng, profile, on) => {
    const tipo = rng.weighted([['OSC', 30], ['OB', 25], ['PP', 10], ['GS', 30], ['OTRO', 5]] as const);
    const name = rng.pick(DECISION_BODIES[tipo]!);
    const rel = relacion(rng, profile);
    return track({
      tipoRelacion: rel,
      tipoInstitucion: tipo === 'OTRO' ? otro('tipoInstitucion', 'Patronato cultural') : entry('tipoInstitucion', tipo),
      nombreInstitucion: name,
      rfc: buildMoralRfc(name, rng.date(addYears(on, -50), addYears(on, -2)), rng.chars(2, HOMOCLAVE_ALPHABET)),
      puestoRol: rng.pick(DECISION_ROLES),
      fechaInicioParticipacion: rng.date(addYears(on, -12), addDays(on, -1)),
      ...paid(rng, profile, 'NINGUNA', name, 3_000),
      ubicacion: ubicacion(rng, profile),
    });
  },
  apoyos: (rng, profile) => {
    const [programa, otorgante, nivel] = rng.pick(SOCIAL_PROGRAMS);
    const beneficiario = rng.weighted([['DC', 45], ['HIJ', profile.dependientes.length ? 30 : 0], ['CY', profile.pareja ? 15 : 0], ['MA', 5], ['PA', 5]] as const);
    const tipo = rng.weighted([['SUB', 60], ['SER', 15], ['OBRA', 5], ['OTRO', 20]] as const);
    const especie = tipo !== 'SUB' && rng.chance(0.6);
    return track({
      tipoPersona: 'FISICA',
      beneficiarioPrograma: entry('beneficiariosPrograma', beneficiario),
      nombrePrograma: programa,
      institucionOtorgante: otorgante,
      nivelOrdenGobierno: nivel,
      tipoApoyo: tipo === 'OTRO' ? otro('tipoApoyo', 'Beca') : entry('tipoApoyo', tipo),
      formaRecepcion: especie ? 'ESPECIE' : 'MONETARIO',
      montoApoyoMensual: mxn(roundAmount(rng.logNormal(1_500, 0.5))),
      ...(especie || tipo === 'OTRO' ? { especifiqueApoyo: rng.pick(['Paquete de útiles y uniformes escolares', 'Calentador solar', 'Beca para estudios de bachillerato', 'Material para mejoramiento de vivienda']) } : {}),
    });
  },
  representacion: (rng, profile, on) => {
    const party = thirdParty(rng, on);
    const rel = relacion(rng, profile);
    const sector = 'sector' in party ? party.sector : otro('sector', 'Asuntos personales');
    return track({
      tipoRelacion: rel,
      tipoRepresentacion: rng.chance(0.8) ? 'REPRESENTANTE' : 'REPRESENTADO',
      fechaInicioRepresentacion: rng.date(addYears(on, -10), addDays(on, -1)),
      ...partyObject(party),
      ...paid(rng, profile, rel, party.name, 5_000),
      ubicacion: ubicacion(rng, profile),
      sector,
    });
  },
  clientesPrincipales: (rng, profile, on, interests) => {
    const owned = interests.participacion.find((p) => p.status !== 'gone');
    const firm = owned ? { name: String(owned.data.nombreEmpresaSociedadAsociacion), rfc: String(owned.data.rfc), sector: owned.data.sector } : company(rng, on);
    const client = thirdParty(rng, on);
    return track({
      realizaActividadLucrativa: true,
      tipoRelacion: owned ? owned.data.tipoRelacion : relacion(rng, profile),
      empresa: { nombreEmpresaServicio: firm.name, rfc: firm.rfc },
      clientePrincipal: partyObject(client),
      sector: firm.sector,
      montoAproximadoGanancia: mxn(roundAmount(rng.logNormal(12_000, 0.7))),
      ubicacion: ubicacion(rng, profile),
    });
  },
  beneficiosPrivados: (rng, profile, on) => {
    const giver = thirdParty(rng, on);
    const tipo = rng.weighted([['S', 30], ['C', 15], ['D', 40], ['O', 15]] as const);
    const giverObject = partyObject(giver);
    return track({
      tipoPersona: giverObject.tipoPersona,
      tipoBeneficio: tipo === 'O' ? otro('tipoBeneficio', 'Patrocinio', 'O') : entry('tipoBeneficio', tipo),
      beneficiario: [entry('beneficiariosPrograma', profile.dependientes.length && rng.chance(0.3) ? 'HIJ' : 'DC')],
      otorgante: giverObject,
      formaRecepcion: rng.chance(0.6) ? 'ESPECIE' : 'MONETARIO',
      especifiqueBeneficio: rng.pick(['Viaje vacacional ganado en sorteo', 'Donativo para gastos médicos', 'Beca deportiva', 'Boletos para eventos deportivos']),
      montoMensualAproximado: mxn(roundAmount(rng.logNormal(2_000, 0.7))),
      sector: 'sector' in giver ? giver.sector : otro('sector', 'Particular'),
    });
  },
  fideicomisos: (rng, profile, on) => {
    const bank = institution(rng, 'bank');
    // The beneficiary is a child, else the partner, else a relative.
    const child = profile.dependientes[0];
    const other = profile.parejaPerson ?? fisica(rng, [addYears(profile.self.birth, -10), addYears(profile.self.birth, 10)], { primer: profile.self.primerApellido });
    return track({
      tipoRelacion: 'DECLARANTE',
      tipoFideicomiso: rng.weighted([['PRIVADO', 85], ['PUBLICO', 5], ['MIXTO', 10]] as const),
      tipoParticipacion: rng.weighted([['FIDEICOMITENTE', 60], ['FIDEICOMISARIO', 30], ['COMITE_TECNICO', 10]] as const),
      rfcFideicomiso: buildMoralRfc('Fideicomiso Patrimonial Familiar', rng.date(addYears(on, -15), addDays(on, -1)), rng.chars(2, HOMOCLAVE_ALPHABET)),
      fideicomitente: { tipoPersona: 'FISICA', nombreRazonSocial: `${profile.self.name}`, rfc: profile.self.rfc13 },
      fiduciario: { nombreRazonSocial: bank.name, rfc: bank.rfc },
      fideicomisario: child ? { tipoPersona: 'FISICA', nombreRazonSocial: [child.data.nombre, child.data.primerApellido, child.data.segundoApellido].filter(Boolean).join(' ') } : partyObject(other),
      sector: entry('sector', 'SERVFIN'),
      extranjero: rng.chance(0.05) ? 'EX' : 'MX',
    });
  },
};

/** Share of people with at least one item, and the most items, per section. */
const INCIDENCE: Record<keyof Interests, readonly [number, number]> = {
  participacion: [0.25, 2], participacionTomaDecisiones: [0.2, 1], apoyos: [0.15, 2], representacion: [0.1, 1],
  clientesPrincipales: [0.08, 2], beneficiosPrivados: [0.08, 1], fideicomisos: [0.05, 1],
};

const SECTIONS = Object.keys(MAKERS) as Array<keyof Interests>;

export function createInterests(rng: Random, profile: Profile, on: string): Interests {
  const interests = emptyInterests();
  for (const name of SECTIONS) {
    const [share, max] = INCIDENCE[name];
    if (!rng.chance(share)) continue;
    for (let i = rng.int(1, max); i > 0; i--) interests[name].push(MAKERS[name](rng, profile, on, interests));
  }
  return interests;
}

export function emptyInterests(): Interests {
  return { participacion: [], participacionTomaDecisiones: [], apoyos: [], representacion: [], clientesPrincipales: [], beneficiosPrivados: [], fideicomisos: [] };
}

/** Year to year: a few interests end, a few start, a few shares change. */
export function evolveInterests(rng: Random, profile: Profile, interests: Interests, from: string, to: string): void {
  const span = Math.max(0.05, daysBetween(from, to) / 365.25);
  for (const name of SECTIONS) {
    for (const item of interests[name]) {
      if (item.status !== 'same') continue;
      if (rng.chance(0.05 * span)) {
        remove(item);
        // An interest that ends stops paying: its remuneration leaves the declared income.
        const firm = item.data.nombreEmpresaSociedadAsociacion ?? item.data.nombreInstitucion ?? item.data.nombreRazonSocial;
        profile.income.industrial = profile.income.industrial.filter((entry) => entry.nombreRazonSocial !== firm);
      } else if (name === 'participacion' && rng.chance(0.05 * span)) update(item, { porcentajeParticipacion: rng.int(1, 100) });
    }
    if (rng.chance(0.03 * span) && room(interests[name])) interests[name].push(MAKERS[name](rng, profile, to, interests));
  }
}
