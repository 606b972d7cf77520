import { entry, type ClaveValor, type Json, mxn, roundAmount } from './catalog';
import { addDays, addYears, age, maxDate, minDate } from './dates';
import { escolaridad, experiencia } from './career';
import { foreignAddress, foreignCountries, mexicanAddress, nearbyEntidad, phone } from './geo';
import { plain } from './identity';
import type { Institution } from './institution';
import { company, curpOf, fisica, type Fisica } from './people';
import type { Random } from './random';
import { track, type Tracked } from './tracked';
import type { GeneratedPerson } from './types';
import { AREAS, COMMAND_POSTS, OPERATIVE_POSTS, SERVICIOS_PROFESIONALES, TIPOS_NEGOCIO } from './words';
import { SURNAMES } from './names';

export interface Job {
  area: string;
  funcion: string;
  cargo: string;
  nivel: string;
  honorarios: boolean;
  /** Monthly net pay in MXN; raised every year. */
  salary: number;
  extension: string;
  posesion: string;
}

/** Recurring monthly incomes besides the public job (ingresos: actividades, servicios, otros). */
export interface OtherIncome {
  industrial: Array<{ nombreRazonSocial: string; tipoNegocio: string; monthly: number }>;
  servicios: Array<{ tipoServicio: string; monthly: number }>;
  otros: Array<{ tipoIngreso: string; monthly: number }>;
  /** Simplified filers have no inversiones section; their small financial income is declared directly. */
  financiera: Array<{ tipoInstrumento: ClaveValor; monthly: number }>;
}

/** Everything stable about one person plus the items they declare; mutated as the years pass. */
export interface Profile {
  index: number;
  inst: Institution;
  person: GeneratedPerson;
  self: Fisica;
  completa: boolean;
  suspicious: boolean;
  birthEntidad: string | null;
  paisNacimiento: string;
  emails: { institucional: string; personal: string };
  phones: { casa?: string; celularPersonal: string };
  estadoCivil: ClaveValor;
  regimen?: ClaveValor;
  home: { entidad: string; mexico?: Json; extranjero?: Json };
  escolaridad: Tracked[];
  experiencia: Tracked[];
  job: Job;
  pareja: Tracked | null;
  parejaPerson: Fisica | null;
  dependientes: Tracked[];
  income: OtherIncome;
  otroCargo: Json | null;
}

const slug = (text: string) => plain(text).toLowerCase().split(' ')[0]!;

export function createProfile(rng: Random, inst: Institution, index: number, posesion: string, completa: boolean, suspicious: boolean): Profile {
  const abroadBorn = rng.chance(0.03);
  const birthEntidad = abroadBorn ? null : nearbyEntidad(rng, inst.entidad);
  const sexo = rng.chance(0.5) ? 'H' : 'M';
  // People with command posts (complete format) are older on average.
  const self = fisica(rng, [addYears(posesion, completa ? -64 : -62), addYears(posesion, completa ? -27 : -20)], undefined, sexo);
  const curp = curpOf(self, birthEntidad);
  const person: GeneratedPerson = {
    curp,
    rfc: self.rfc13.slice(0, 10),
    homoclave: self.rfc13.slice(10),
    nombre: self.nombre,
    primerApellido: self.primerApellido,
    segundoApellido: self.segundoApellido,
    email: `${slug(self.nombre)}.${slug(self.primerApellido)}.${index}@${rng.pick(['example.com', 'example.net', 'example.org'])}`,
    declaracionCompleta: completa,
    suspicious,
  };
  const livesAbroad = rng.chance(0.03);
  const homeEntidad = nearbyEntidad(rng, inst.entidad);
  const home = livesAbroad ? { entidad: homeEntidad, extranjero: foreignAddress(rng) } : { entidad: homeEntidad, mexico: mexicanAddress(rng, homeEntidad) };
  const ageNow = age(self.birth, posesion);
  const estado = rng.weighted(
    ageNow < 28
      ? ([['SOL', 65], ['CAS', 20], ['CON', 13], ['SCO', 2]] as const)
      : ([['SOL', 18], ['CAS', 55], ['DIV', 10], ['VIU', 3], ['CON', 12], ['SCO', 2]] as const),
  );
  const [post, levelPrefix] = rng.pick(completa ? COMMAND_POSTS : OPERATIVE_POSTS);
  const [area, funcion] = rng.pick(AREAS);
  const salary = suspicious
    ? rng.int(22_000, 45_000)
    : completa
      ? Math.min(200_000, Math.max(30_000, rng.logNormal(58_000, 0.45)))
      : Math.min(40_000, Math.max(8_500, rng.logNormal(16_500, 0.35)));
  const profile: Profile = {
    index,
    inst,
    person,
    self,
    completa,
    suspicious,
    birthEntidad,
    paisNacimiento: abroadBorn ? rng.pick(foreignCountries()) : 'MX',
    emails: {
      institucional: `${slug(self.nombre)}.${slug(self.primerApellido)}@${inst.domain}`,
      personal: person.email,
    },
    phones: { celularPersonal: phone(rng, homeEntidad, true) },
    estadoCivil: entry('situacionPersonalEstadoCivil', estado),
    home,
    escolaridad: escolaridad(rng, self.birth, posesion, completa),
    experiencia: experiencia(rng, inst, self.birth, posesion),
    job: {
      area,
      funcion,
      cargo: post,
      nivel: completa ? `${levelPrefix}${rng.int(11, 33)}` : `${levelPrefix}-${String(rng.int(1, 12)).padStart(2, '0')}`,
      honorarios: !completa && rng.chance(0.05),
      salary: roundAmount(salary),
      extension: String(rng.int(1000, 9999)),
      posesion,
    },
    pareja: null,
    parejaPerson: null,
    dependientes: [],
    income: otherIncome(rng, completa, suspicious, posesion),
    otroCargo: null,
  };
  if (rng.chance(0.6)) profile.phones.casa = phone(rng, homeEntidad);
  if (estado === 'CAS') profile.regimen = entry('regimenMatrimonial', rng.weighted([['SOC', 55], ['SBI', 43], ['OTR', 2]] as const));
  if (profile.regimen?.clave === 'OTR') profile.regimen = { clave: 'OTR', valor: 'SOCIEDAD CONYUGAL CON CAPITULACIONES' };
  if (['CAS', 'CON', 'SCO'].includes(estado)) addPareja(rng, profile, estado, posesion);
  addDependientes(rng, profile, posesion);
  profile.otroCargo = otroCargo(rng, profile);
  return profile;
}

function otherIncome(rng: Random, completa: boolean, suspicious: boolean, on: string): OtherIncome {
  const income: OtherIncome = { industrial: [], servicios: [], otros: [], financiera: [] };
  if (suspicious) return income; // the red flag: wealth grows, declared income stays modest
  if (rng.chance(completa ? 0.1 : 0.06)) {
    income.industrial.push({ nombreRazonSocial: company(rng, on, rng.pick(['CMENOR', 'CMAYOR', 'AGRI', 'TRANS'])).name, tipoNegocio: rng.pick(TIPOS_NEGOCIO), monthly: roundAmount(rng.logNormal(7_000, 0.6)) });
  }
  if (rng.chance(0.08)) income.servicios.push({ tipoServicio: rng.pick(SERVICIOS_PROFESIONALES), monthly: roundAmount(rng.logNormal(5_000, 0.5)) });
  if (rng.chance(0.05)) income.otros.push({ tipoIngreso: rng.pick(['Pensión por jubilación', 'Arrendamiento de cuarto', 'Regalías por publicación']), monthly: roundAmount(rng.logNormal(4_000, 0.5)) });
  if (!completa && rng.chance(0.1)) income.financiera.push({ tipoInstrumento: entry('tipoInstrumento', rng.pick(['FIN', 'VBU', 'BON'])), monthly: roundAmount(rng.logNormal(600, 0.7)) });
  return income;
}

function addPareja(rng: Random, profile: Profile, estado: string, posesion: string): void {
  const sameSex = estado === 'SCO' && rng.chance(0.5);
  const sexo = sameSex ? profile.self.sexo : profile.self.sexo === 'H' ? 'M' : 'H';
  const born = profile.self.birth;
  const p = fisica(rng, [addYears(born, -6), minDate(addYears(born, 6), addYears(posesion, -19))], undefined, sexo);
  profile.parejaPerson = p;
  const extranjero = rng.chance(0.03);
  const entidad = nearbyEntidad(rng, profile.home.entidad);
  const data: Json = {
    nombre: p.nombre,
    primerApellido: p.primerApellido,
    ...(p.segundoApellido ? { segundoApellido: p.segundoApellido } : {}),
    fechaNacimiento: p.birth,
    rfc: p.rfc13,
    relacionConDeclarante: estado === 'CAS' ? 'CONYUGE' : estado === 'CON' ? 'CONCUBINA_CONCUBINARIO_UNION_LIBRE' : 'SOCIEDAD_DE_CONVIVENCIA',
    ciudadanoExtranjero: extranjero,
    ...(extranjero ? {} : { curp: curpOf(p, entidad) }),
  };
  const activity = rng.weighted([['PUB', 25], ['PRI', 45], ['NIN', 25], ['OTRO', 5]] as const);
  const salary = activity === 'NIN' ? 0 : roundAmount(Math.max(7_500, rng.logNormal(21_000, 0.5)));
  data.esDependienteEconomico = activity === 'NIN';
  const habita = rng.chance(0.92);
  data.habitaDomicilioDeclarante = habita;
  if (habita) data.lugarDondeReside = profile.home.extranjero ? 'EXTRANJERO' : 'MEXICO';
  else if (rng.chance(0.2)) Object.assign(data, { lugarDondeReside: 'EXTRANJERO', domicilioExtranjero: foreignAddress(rng) });
  else Object.assign(data, { lugarDondeReside: 'MEXICO', domicilioMexico: mexicanAddress(rng, entidad) });
  data.actividadLaboral = activity === 'OTRO' ? { clave: 'OTRO', valor: 'TRABAJO INDEPENDIENTE' } : entry('actividadLaboral', activity);
  const since = rng.date(minDate(addYears(p.birth, 18), addDays(posesion, -30)), addDays(posesion, -30));
  if (activity === 'PUB') {
    const [area, funcion] = rng.pick(AREAS);
    data.actividadLaboralSectorPublico = {
      nivelOrdenGobierno: rng.pick(['FEDERAL', 'ESTATAL', 'MUNICIPAL_ALCALDIA']),
      ambitoPublico: 'EJECUTIVO',
      nombreEntePublico: rng.pick(['Secretaría de Salud', 'Secretaría de Educación Pública', 'Instituto Mexicano del Seguro Social', 'Ayuntamiento']),
      areaAdscripcion: area,
      empleoCargoComision: rng.pick(['Enfermera General', 'Docente de Educación Básica', 'Analista Administrativo', 'Médico Especialista']),
      funcionPrincipal: funcion,
      salarioMensualNeto: mxn(salary),
      fechaIngreso: since,
    };
  } else if (activity !== 'NIN') {
    const employer = company(rng, since);
    data.actividadLaboralSectorPrivadoOtro = {
      nombreEmpresaSociedadAsociacion: employer.name,
      empleoCargoComision: rng.pick(['Gerente de Ventas', 'Contadora', 'Diseñador Gráfico', 'Abogada Asociada', 'Socio Director', 'Ingeniero de Soporte']),
      rfc: employer.rfc,
      fechaIngreso: since,
      sector: employer.sector,
      salarioMensualNeto: mxn(salary),
      proveedorContratistaGobierno: rng.chance(0.04),
    };
  }
  profile.pareja = track(data, { meta: { salary, activity } });
}

/** Children (with the parents' surnames) and, now and then, a parent who depends on the declarant. */
function addDependientes(rng: Random, profile: Profile, posesion: string): void {
  const self = profile.self;
  const ageNow = age(self.birth, posesion);
  const max = ageNow < 25 ? 1 : ageNow < 32 ? 2 : 3;
  const count = rng.chance(0.35) ? 0 : rng.int(1, max);
  for (let i = 0; i < count; i++) {
    // Dependent children are under 25 and were born when the declarant was 20 to 45.
    const from = maxDate(addYears(self.birth, 20), addYears(posesion, -24));
    const to = minDate(addYears(self.birth, 45), addDays(posesion, -10));
    if (from > to) break;
    profile.dependientes.push(child(rng, profile, rng.date(from, to), posesion));
  }
  if (rng.chance(0.05)) {
    const sexo = rng.chance(0.6) ? 'M' : 'H';
    const parent = fisica(rng, [addYears(self.birth, -45), addYears(self.birth, -18)], { primer: sexo === 'H' ? self.primerApellido : rng.pick(SURNAMES) }, sexo);
    profile.dependientes.push(dependiente(rng, profile, parent, sexo === 'H' ? 'PAD' : 'MAD', posesion));
  }
}

/** A child born on `birth`, with the father's and the mother's first surnames, as declared on `on`. */
export function child(rng: Random, profile: Profile, birth: string, on: string): Tracked {
  const self = profile.self;
  const other = profile.parejaPerson;
  const father = self.sexo === 'H' ? self : other;
  const mother = self.sexo === 'M' ? self : other;
  const surnames = { primer: father?.primerApellido ?? self.primerApellido, segundo: (father ? mother?.primerApellido : self.segundoApellido) ?? rng.pick(SURNAMES) };
  const kid = fisica(rng, [birth, birth], surnames);
  return dependiente(rng, profile, kid, 'HIJ', on);
}

function dependiente(rng: Random, profile: Profile, p: Fisica, parentesco: string, on: string): Tracked {
  const adult = age(p.birth, on) >= 18;
  const data: Json = {
    nombre: p.nombre,
    primerApellido: p.primerApellido,
    ...(p.segundoApellido ? { segundoApellido: p.segundoApellido } : {}),
    fechaNacimiento: p.birth,
    ...(adult ? { rfc: p.rfc13 } : {}),
    parentescoRelacion: entry('parentescoRelacion', parentesco),
    extranjero: false,
    curp: curpOf(p, profile.birthEntidad ?? profile.home.entidad),
    habitaDomicilioDeclarante: true,
    lugarDondeReside: profile.home.extranjero ? 'EXTRANJERO' : 'MEXICO',
    actividadLaboral: entry('actividadLaboral', 'NIN'),
  };
  if (adult && parentesco === 'HIJ' && rng.chance(0.3)) {
    const employer = company(rng, on);
    data.actividadLaboral = entry('actividadLaboral', 'PRI');
    data.actividadLaboralSectorPrivadoOtro = {
      nombreEmpresaSociedadAsociacion: employer.name,
      rfc: employer.rfc,
      empleoCargo: rng.pick(['Auxiliar de Ventas', 'Practicante', 'Asistente Administrativo']),
      fechaIngreso: rng.date(addYears(p.birth, 18), on),
      salarioMensualNeto: mxn(roundAmount(rng.int(6_000, 14_000))),
      proveedorContratistaGobierno: false,
      sector: employer.sector,
    };
  }
  return track(data);
}

/** A second public post (MODIFICACIÓN: cuentaConOtroCargoPublico), held by ~2 % since before taking office. */
export function otroCargo(rng: Random, profile: Profile): Json | null {
  if (!rng.chance(0.02)) return null;
  const since = rng.date(minDate(addYears(profile.self.birth, 24), addDays(profile.job.posesion, -1)), addDays(profile.job.posesion, -1));
  return {
    nivelOrdenGobierno: 'ESTATAL',
    ambitoPublico: 'ORGANO_AUTONOMO',
    nombreEntePublico: 'Universidad Autónoma del Estado',
    areaAdscripcion: 'Facultad de Contaduría y Administración',
    empleoCargoComision: 'Profesor de Asignatura',
    contratadoPorHonorarios: true,
    nivelEmpleoCargoComision: 'PA-A',
    funcionPrincipal: 'Impartir clases de licenciatura',
    fechaTomaPosesion: since,
    telefonoOficina: { telefono: phone(rng, profile.home.entidad), extension: String(rng.int(100, 999)) },
    domicilioMexico: mexicanAddress(rng, profile.home.entidad, { interior: 0 }),
  };
}
