import { curpProblem } from '../identity/curp';
import { rfcPersonaFisicaProblem, rfcPersonaMoralProblem } from '../identity/rfc';

/**
 * Checks of values the OAS types only as strings: CURP and RFC (format and check digit), e-mail,
 * telephone, Mexican postal code, and dates against the declaration's own dates. The web form runs
 * them as the filer types and the API on every save and when it says whether a section is complete,
 * so both say the same thing. Browser-safe. Messages are Spanish and never echo the value.
 */

type Json = Record<string, unknown>;

/** A problem at a path relative to the section ('dependienteEconomico[0].curp'). */
export interface ValueProblem {
  path: string;
  message: string;
}

/** The dates of a declaration that its sections' dates must agree with. */
export interface DeclarationDates {
  tipo: string;
  fechaTomaPosesion?: string | null;
  anioReportado?: number | null;
  fechaConclusion?: string | null;
}

/** An e-mail address as Veraz accepts it everywhere (accounts and declarations). */
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
const PHONE_MX = /^\d{10}$/;
/** E.164: +, a country code that does not start with 0, at most 15 digits in all. */
const PHONE_E164 = /^\+[1-9]\d{7,14}$/;
const CP_MX = /^\d{5}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const VALUE_MESSAGES = {
  email: 'escribe un correo electrónico completo, como nombre@dominio.mx',
  phone: 'escribe 10 dígitos sin espacios ni guiones; fuera de México, + y el código del país (por ejemplo +34911234567)',
  phoneMx: 'después de +52 van los 10 dígitos del número',
  phoneInMexico: 'en México, escribe los 10 dígitos del número, sin espacios, guiones ni +52',
  phoneAbroad: 'fuera de México, escribe + y el código del país seguido del número, hasta 15 dígitos (por ejemplo +34911234567)',
  postalCode: 'el código postal tiene 5 dígitos',
  rfcLength: 'debe tener 13 caracteres (persona física) o 12 (persona moral)',
} as const;

/** Date pairs of one object: the second may not come before the first. */
const DATE_PAIRS: ReadonlyArray<readonly [string, string, string]> = [
  ['fechaIngreso', 'fechaEgreso', 'debe ser igual o posterior a la fecha de ingreso'],
  ['fechaIngreso', 'fechaConclusion', 'debe ser igual o posterior a la fecha de ingreso'],
  ['fechaInicio', 'fechaFin', 'debe ser igual o posterior a la fecha de inicio'],
];

/**
 * The latest acquisition a declaration can report (Normas e Instructivo, apartados X bienes
 * inmuebles, XI vehículos, XII bienes muebles and XIV adeudos): an INICIAL reports them as of the
 * fecha de ingreso (toma de posesión), a MODIFICACIÓN up to 31 December of its year and a
 * CONCLUSIÓN up to the day the office ended. Personal data (studies, address) is current in every tipo.
 */
export function latestReportableDate(dates: DeclarationDates): { date: string; message: string } | null {
  if (dates.tipo === 'INICIAL' && dates.fechaTomaPosesion) {
    return { date: dates.fechaTomaPosesion, message: `no puede ser posterior a tu toma de posesión (${dates.fechaTomaPosesion}): la declaración inicial reporta lo que tenías a esa fecha` };
  }
  if (dates.tipo === 'MODIFICACIÓN' && dates.anioReportado) {
    return { date: `${dates.anioReportado}-12-31`, message: `no puede ser posterior al 31 de diciembre de ${dates.anioReportado}, el año que reportas` };
  }
  if (dates.tipo === 'CONCLUSIÓN' && dates.fechaConclusion) {
    return { date: dates.fechaConclusion, message: `no puede ser posterior a la fecha en que concluiste el encargo (${dates.fechaConclusion})` };
  }
  return null;
}

/**
 * What datosEmpleoCargoComision.fechaTomaPosesion must agree with. Normas e Instructivo, apartado II
 * (datos del empleo) punto 9: it is the date the office began or ended and «deberá coincidir con la
 * que se haya dado de alta/baja», the date the 60 days of an INICIAL or CONCLUSIÓN count from. A
 * MODIFICACIÓN reports an office held during its year, so it began before that year ended.
 */
function employmentDateProblem(value: string, d: DeclarationDates): string | null {
  if (d.tipo === 'INICIAL' && d.fechaTomaPosesion && value !== d.fechaTomaPosesion) {
    return `debe coincidir con la fecha de toma de posesión de esta declaración (${d.fechaTomaPosesion})`;
  }
  if (d.tipo === 'CONCLUSIÓN' && d.fechaConclusion && value !== d.fechaConclusion) {
    return `en la conclusión indica la fecha en que concluyó el encargo (${d.fechaConclusion})`;
  }
  if (d.tipo === 'MODIFICACIÓN' && d.anioReportado && value > `${d.anioReportado}-12-31`) {
    return `debe ser anterior al fin del año que reportas (${d.anioReportado})`;
  }
  return null;
}

/** Every value problem of a section's S1 JSON. */
export function valueProblems(section: string, data: unknown, dates: DeclarationDates): ValueProblem[] {
  const problems: ValueProblem[] = [];
  const latest = latestReportableDate(dates);
  visit(data, '', [section], (object, path, keys, parent) => {
    const place = parent ? placeOfAddress(parent) : null;
    for (const [key, value] of Object.entries(object)) {
      const at = path ? `${path}.${key}` : key;
      const message = leafProblem(key, value, keys, place);
      if (message) problems.push({ path: at, message });
      if (section === 'datosEmpleoCargoComision' && !path && key === 'fechaTomaPosesion' && typeof value === 'string' && ISO_DATE.test(value)) {
        const problem = employmentDateProblem(value, dates);
        if (problem) problems.push({ path: at, message: problem });
      }
      if (key === 'rfc' && value && typeof value === 'object' && !Array.isArray(value)) problems.push(...splitRfcProblems(value as Json, at));
      if (key === 'fechaAdquisicion' && typeof value === 'string' && ISO_DATE.test(value) && latest && value > latest.date) {
        problems.push({ path: at, message: latest.message });
      }
    }
    for (const [from, to, message] of DATE_PAIRS) {
      const a = object[from];
      const b = object[to];
      if (typeof a === 'string' && typeof b === 'string' && ISO_DATE.test(a) && ISO_DATE.test(b) && b < a) problems.push({ path: path ? `${path}.${to}` : to, message });
    }
  });
  return problems;
}

/**
 * Where the address next to a phone is: the object that holds telefonoOficina also holds the
 * office's domicilioMexico or domicilioExtranjero. Null when nothing (or both) says so.
 */
function placeOfAddress(object: Json): Place | null {
  const present = (key: string) => !!object[key] && typeof object[key] === 'object' && Object.keys(object[key] as Json).length > 0;
  const mexico = present('domicilioMexico');
  const abroad = present('domicilioExtranjero');
  return mexico === abroad ? null : mexico ? 'MX' : 'EX';
}

type Place = 'MX' | 'EX';

/** The problem of one value given its key, the keys above it (indexes dropped) and where the address beside its parent is. */
function leafProblem(key: string, value: unknown, keys: string[], place: Place | null): string | null {
  if (typeof value !== 'string' || value === '') return null;
  const parent = keys[keys.length - 1];
  if (key === 'curp') return curpProblem(value);
  if (key === 'rfc') return rfcStringProblem(value);
  if (parent === 'correoElectronico' && (key === 'institucional' || key === 'personal')) return EMAIL_PATTERN.test(value) ? null : VALUE_MESSAGES.email;
  if (parent === 'telefono' && (key === 'casa' || key === 'celularPersonal')) return phoneProblem(value);
  if (parent === 'telefonoOficina' && key === 'telefono') return phoneProblem(value, place);
  if (parent === 'domicilioMexico' && key === 'codigoPostal') return CP_MX.test(value) ? null : VALUE_MESSAGES.postalCode;
  return null;
}

/** 10 digits in Mexico, E.164 abroad; either when nothing says where (null). */
export function phoneProblem(value: string, place: Place | null = null): string | null {
  if (place === 'MX') return PHONE_MX.test(value) ? null : VALUE_MESSAGES.phoneInMexico;
  if (place === 'EX') return PHONE_E164.test(value) && (!value.startsWith('+52') || PHONE_MX.test(value.slice(3))) ? null : VALUE_MESSAGES.phoneAbroad;
  if (value.startsWith('+52')) return PHONE_MX.test(value.slice(3)) ? null : VALUE_MESSAGES.phoneMx;
  return PHONE_MX.test(value) || PHONE_E164.test(value) ? null : VALUE_MESSAGES.phone;
}

/** An RFC in one string (third parties, companies): 13 characters for a person, 12 for a company. */
function rfcStringProblem(value: string): string | null {
  const rfc = value.trim().toUpperCase();
  if (rfc.length === 13) return rfcPersonaFisicaProblem(rfc.slice(0, 10), rfc.slice(10))?.message ?? null;
  if (rfc.length === 12) return rfcPersonaMoralProblem(rfc);
  return VALUE_MESSAGES.rfcLength;
}

/** The declarant's RFC, split as the standard splits it: rfc (10) and homoClave (3). */
function splitRfcProblems(value: Json, path: string): ValueProblem[] {
  const rfc = typeof value.rfc === 'string' ? value.rfc : '';
  const homoClave = typeof value.homoClave === 'string' ? value.homoClave : '';
  if (!rfc && !homoClave) return [];
  const problem = rfcPersonaFisicaProblem(rfc, homoClave || '000');
  // Without a homoclave yet only the first part can be judged; a missing one is the schema's to report.
  if (!problem || (problem.path === 'homoclave' && !homoClave)) return [];
  return [{ path: `${path}.${problem.path === 'rfc' ? 'rfc' : 'homoClave'}`, message: problem.message }];
}

type OnObject = (object: Json, path: string, keys: string[], parent: Json | null) => void;

function visit(value: unknown, path: string, keys: string[], onObject: OnObject, parent: Json | null = null): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => visit(item, `${path}[${i}]`, keys, onObject, parent));
    return;
  }
  if (!value || typeof value !== 'object') return;
  const object = value as Json;
  onObject(object, path, keys, parent);
  for (const [key, child] of Object.entries(object)) {
    if (key === 'rfc') continue;
    if (child && typeof child === 'object') visit(child, path ? `${path}.${key}` : key, [...keys, key], onObject, object);
  }
}
