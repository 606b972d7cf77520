import { entry, otro, type Json } from './catalog';
import { addDays, addYears, maxDate } from './dates';
import { company } from './people';
import type { Random } from './random';
import { track, update, type Tracked } from './tracked';
import { AREAS, CAREERS, FOREIGN_UNIVERSITIES, HIGH_SCHOOLS, POSTGRADUATE_FIELDS, SECONDARY_SCHOOLS, TECHNICAL_CAREERS, UNIVERSITIES } from './words';
import type { Institution } from './institution';

/** Typical age at which each level is finished, and the levels people usually list below the highest. */
const AGE: Readonly<Record<string, number>> = { SEC: 15, BCH: 18, CTC: 19, LIC: 23, ESP: 27, MAE: 29, DOC: 34 };
const LADDER: Readonly<Record<string, readonly string[]>> = {
  SEC: ['SEC'], BCH: ['SEC', 'BCH'], CTC: ['SEC', 'CTC'], LIC: ['BCH', 'LIC'], ESP: ['BCH', 'LIC', 'ESP'], MAE: ['BCH', 'LIC', 'MAE'], DOC: ['LIC', 'MAE', 'DOC'],
};

function school(rng: Random, level: string): { nombre: string; ubicacion: 'MX' | 'EX'; carrera: string } {
  switch (level) {
    case 'SEC':
      return { nombre: `${rng.pick(SECONDARY_SCHOOLS)} ${rng.int(1, 120)}`, ubicacion: 'MX', carrera: 'Educación secundaria' };
    case 'BCH':
      return { nombre: rng.pick(HIGH_SCHOOLS), ubicacion: 'MX', carrera: 'Bachillerato general' };
    case 'CTC':
      return { nombre: rng.pick(HIGH_SCHOOLS), ubicacion: 'MX', carrera: rng.pick(TECHNICAL_CAREERS) };
    case 'LIC':
      return { nombre: rng.pick(UNIVERSITIES), ubicacion: 'MX', carrera: `Licenciatura en ${rng.pick(CAREERS)}` };
    default: {
      const abroad = rng.chance(0.12);
      const title = level === 'ESP' ? 'Especialidad' : level === 'MAE' ? 'Maestría' : 'Doctorado';
      return { nombre: abroad ? rng.pick(FOREIGN_UNIVERSITIES) : rng.pick(UNIVERSITIES), ubicacion: abroad ? 'EX' : 'MX', carrera: `${title} en ${rng.pick(POSTGRADUATE_FIELDS)}` };
    }
  }
}

/**
 * The schooling a person declares: the highest level and up to two below it. A level not finished before
 * taking office is CURSANDO (a later MODIFICACIÓN reports it finished); a few highest levels are TRUNCO.
 */
export function escolaridad(rng: Random, birth: string, posesion: string, completa: boolean): Tracked[] {
  const top = completa
    ? rng.weighted([['LIC', 55], ['MAE', 30], ['ESP', 8], ['DOC', 7]] as const)
    : rng.weighted([['SEC', 10], ['BCH', 30], ['CTC', 15], ['LIC', 42], ['MAE', 3]] as const);
  const ladder = LADDER[top]!;
  const levels = ladder.slice(-rng.int(1, ladder.length));
  const items: Tracked[] = [];
  let prev = birth;
  for (const [i, level] of levels.entries()) {
    const last = i === levels.length - 1;
    const s = school(rng, level);
    const typical = addDays(addYears(birth, AGE[level]! + rng.int(0, last && level !== 'SEC' ? 10 : 2)), rng.int(150, 220));
    let finished = maxDate(typical, addDays(prev, 365));
    let estatus: 'FINALIZADO' | 'CURSANDO' | 'TRUNCO' = 'FINALIZADO';
    const meta: Record<string, unknown> = {};
    const inProgress = finished > addDays(posesion, -30);
    if (inProgress) {
      estatus = 'CURSANDO';
      meta.finishes = finished > posesion ? finished : addDays(posesion, rng.int(200, 1100));
      finished = maxDate(addDays(prev, 1), addDays(posesion, -rng.int(15, 200))); // date of the last document
    } else if (last && rng.chance(0.04)) {
      estatus = 'TRUNCO';
    }
    const documento = estatus !== 'FINALIZADO' ? (rng.chance(0.5) ? 'CONSTANCIA' : 'BOLETA') : ['SEC', 'BCH', 'CTC'].includes(level) ? 'CERTIFICADO' : 'TITULO';
    const data: Json = {
      nivel: entry('nivel', level),
      institucionEducativa: { nombre: s.nombre, ubicacion: s.ubicacion },
      carreraAreaConocimiento: s.carrera,
      estatus,
      documentoObtenido: documento,
      fechaObtencion: finished,
    };
    items.push(track(data, { meta }));
    prev = finished;
    if (inProgress) break;
  }
  return items;
}

/** A degree in progress whose end date has passed is reported finished in the next filing. */
export function evolveEscolaridad(items: Tracked[], ref: string): void {
  for (const item of items) {
    const finishes = item.meta?.finishes as string | undefined;
    if (item.data.estatus === 'CURSANDO' && finishes && finishes <= ref) {
      update(item, { estatus: 'FINALIZADO', documentoObtenido: 'TITULO', fechaObtencion: finishes });
      delete item.meta!.finishes;
    }
  }
}

/** Previous jobs, most recent first, ending shortly before the current office. */
export function experiencia(rng: Random, inst: Institution, birth: string, posesion: string): Tracked[] {
  const count = rng.weighted([[0, 15], [1, 35], [2, 30], [3, 20]] as const);
  const items: Tracked[] = [];
  let end = addDays(posesion, -rng.int(1, 120));
  const earliest = addYears(birth, 18);
  for (let i = 0; i < count; i++) {
    const start = addDays(end, -rng.int(300, 8 * 365));
    if (start < earliest) break;
    const kind = rng.weighted([['PUB', 55], ['PRV', 40], ['OTR', 5]] as const);
    const ubicacion = rng.chance(0.03) ? 'EX' : 'MX';
    let data: Json;
    if (kind === 'PUB') {
      const [area, funcion] = rng.pick(AREAS);
      data = {
        ambitoSector: entry('ambitoSector', 'PUB'),
        nivelOrdenGobierno: rng.chance(0.5) ? inst.nivelOrdenGobierno : rng.pick(['FEDERAL', 'ESTATAL', 'MUNICIPAL_ALCALDIA']),
        ambitoPublico: rng.weighted([['EJECUTIVO', 80], ['LEGISLATIVO', 8], ['JUDICIAL', 7], ['ORGANO_AUTONOMO', 5]] as const),
        nombreEntePublico: rng.pick(['Secretaría de Finanzas', 'Secretaría de Educación', 'Ayuntamiento', 'Secretaría de Salud', 'Instituto de Pensiones', 'Congreso del Estado', 'Poder Judicial del Estado']),
        areaAdscripcion: area,
        empleoCargoComision: rng.pick(['Analista', 'Jefe de Oficina', 'Coordinador Administrativo', 'Auxiliar Jurídico', 'Subdirector de Área']),
        funcionPrincipal: funcion,
        fechaIngreso: start,
        fechaEgreso: end,
        ubicacion,
      };
    } else {
      const employer = company(rng, start);
      data = {
        ambitoSector: kind === 'PRV' ? entry('ambitoSector', 'PRV') : otro('ambitoSector', 'Organización de la sociedad civil', 'OTR'),
        nombreEmpresaSociedadAsociacion: employer.name,
        rfc: employer.rfc,
        area: rng.pick(['Administración', 'Ventas', 'Contabilidad', 'Operaciones', 'Jurídico', 'Sistemas', 'Recursos Humanos']),
        puesto: rng.pick(['Gerente', 'Contador', 'Ejecutivo de Cuenta', 'Abogado Asociado', 'Coordinador', 'Asistente de Dirección', 'Ingeniero de Proyectos']),
        sector: employer.sector,
        fechaIngreso: start,
        fechaEgreso: end,
        ubicacion,
      };
    }
    items.push(track(data, { meta: { kind, start, end } }));
    end = addDays(start, -rng.int(1, 200));
  }
  return items;
}
