import type { FilingFacts, RuleResult } from '../engine/types';
import { dayNumber, filingYear, fold, interes, isObj, items, mexicoDay, situacionOf, source, type Json } from './reading';

/**
 * Group 7's dates and names (see data-quality.ts). Dates: an acquisition later than the date the filing
 * reports on (Normas e Instructivo X–XII and XIV; the capture applies the same limit), anything before
 * 1900, a personal date later than the day the filing was presented, a birth more than 120 years back,
 * a toma de posesión after the conclusión or after the year a MODIFICACIÓN reports, an experiencia that
 * ends before it begins, and a day that does not exist (2023-02-30).
 */

interface Found {
  section: string;
  item: number | null;
  field: string;
  /** For the reviewer: "la fecha de adquisición del inmueble 2". */
  what: string;
  /** For the filer: the same, in second person where it is theirs. */
  yours: string;
  value: string;
  why: string;
}

const SECTION_WORDS: Record<string, string> = {
  datosGenerales: 'datos generales',
  datosPareja: 'datos de la pareja',
  datosDependienteEconomico: 'dependientes económicos',
  datosEmpleoCargoComision: 'datos del empleo',
  datosCurricularesDeclarante: 'datos curriculares',
  experienciaLaboral: 'experiencia laboral',
  bienesInmuebles: 'bienes inmuebles',
  vehiculos: 'vehículos',
  bienesMuebles: 'bienes muebles',
  adeudos: 'adeudos',
  participacionTomaDecisiones: 'participación en la toma de decisiones',
  representacion: 'representación',
};

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const Y1900 = dayNumber('1900-01-01')!;
const MAX_AGE_DAYS = Math.round(120 * 365.25);

/** One result per section: all its findings in the explanation, the first one in the help. */
function grouped(filing: FilingFacts, code: 'FECHA_IMPOSIBLE' | 'NOMBRE_DE_RELLENO', found: Found[], advice: (f: Found) => string): RuleResult[] {
  const bySection = new Map<string, Found[]>();
  for (const f of found) {
    const list = bySection.get(f.section);
    if (list) list.push(f);
    else bySection.set(f.section, [f]);
  }
  return [...bySection].map(([section, list]) => {
    const first = list[0]!;
    const more = list.length > 1 ? ` Hay ${list.length - 1} caso(s) más en esta sección.` : '';
    return {
      code,
      severity: 'BAJA',
      explanation: `Folio ${filing.folio}, ${SECTION_WORDS[section] ?? section}: ${list.map((f) => `${f.what} («${f.value}») ${f.why}`).join('; ')}.`,
      figures: list.map((f) => ({ label: f.what.charAt(0).toUpperCase() + f.what.slice(1), value: f.value })),
      sources: list.map((f) => source(filing, f.section, f.item, f.field)),
      help: { message: `${first.yours.charAt(0).toUpperCase() + first.yours.slice(1)} («${first.value}») ${first.why}. ${advice(first)}${more}`, section, item: first.item, field: first.field },
    };
  });
}

export function dateProblems(filing: FilingFacts): RuleResult[] {
  const found: Found[] = [];
  const filed = mexicoDay(filing.filedAt);
  const fecha = dayNumber(filing.fecha);
  const year = filingYear(filing);
  const filedWords = `es posterior al día en que se presentó la declaración`;
  const latestWords =
    filing.tipo === 'INICIAL'
      ? `es posterior a la toma de posesión (${filing.fecha}): la declaración inicial reporta lo que se tenía a esa fecha`
      : filing.tipo === 'MODIFICACIÓN'
        ? `es posterior al 31 de diciembre de ${year}, el año que reporta la declaración`
        : `es posterior a la conclusión del encargo (${filing.fecha})`;

  /**
   * Checks one date; `latest`/`latestWhy` add the limit that applies to this field. `words` gives the
   * reviewer's and the filer's wording, built only for a date that is wrong (most are not).
   */
  const check = (section: string, item: number | null, field: string, value: unknown, words: () => [string, string], latest: number | null, latestWhy: string, birth = false): number | null => {
    if (typeof value !== 'string' || !value) return null;
    const day = dayNumber(value);
    const add = (why: string): void => {
      const [what, yours] = words();
      found.push({ section, item, field, what, yours, value, why });
    };
    if (day === null) {
      if (ISO.test(value)) add('no existe en el calendario');
      return null;
    }
    if (day < Y1900) add('es anterior a 1900');
    else if (latest !== null && day > latest) add(latestWhy);
    else if (birth && fecha !== null && fecha - day > MAX_AGE_DAYS) add('implica una edad de más de 120 años');
    return day;
  };

  const sp = situacionOf(filing);
  const acquisitions: Array<[string, string, string]> = [['bienesInmuebles', 'bienInmueble', 'del inmueble'], ['vehiculos', 'vehiculo', 'del vehículo'], ['bienesMuebles', 'bienMueble', 'del bien mueble'], ['adeudos', 'adeudo', 'del adeudo']];
  for (const [section, list, noun] of acquisitions) {
    items(sp, section, list).forEach((it, i) => {
      if (isObj(it)) check(section, i, 'fechaAdquisicion', it.fechaAdquisicion, () => [`la fecha de adquisición ${noun} ${i + 1}`, `la fecha de adquisición ${noun} ${i + 1}`], fecha, latestWords);
    });
  }

  const empleo = isObj(sp.datosEmpleoCargoComision) ? sp.datosEmpleoCargoComision : null;
  if (empleo) {
    const [limit, why] =
      filing.tipo === 'CONCLUSIÓN' && fecha !== null
        ? [fecha, `es posterior a la conclusión del encargo (${filing.fecha})`]
        : filing.tipo === 'MODIFICACIÓN'
          ? [dayNumber(`${year}-12-31`), `es posterior al 31 de diciembre de ${year}: la modificación reporta un cargo que se tenía en ese año`]
          : [filed, filedWords];
    check('datosEmpleoCargoComision', null, 'fechaTomaPosesion', empleo.fechaTomaPosesion, () => ['la fecha de toma de posesión', 'tu fecha de toma de posesión'], limit, why);
  }

  const pareja = isObj(sp.datosPareja) ? sp.datosPareja : null;
  if (pareja && pareja.ninguno !== true) {
    check('datosPareja', null, 'fechaNacimiento', pareja.fechaNacimiento, () => ['la fecha de nacimiento de la pareja', 'la fecha de nacimiento de tu pareja'], filed, filedWords, true);
  }
  items(sp, 'datosDependienteEconomico', 'dependienteEconomico').forEach((d, i) => {
    if (isObj(d)) check('datosDependienteEconomico', i, 'fechaNacimiento', d.fechaNacimiento, () => [`la fecha de nacimiento del dependiente ${i + 1}`, `la fecha de nacimiento de tu dependiente ${i + 1}`], filed, filedWords, true);
  });
  items(sp, 'datosCurricularesDeclarante', 'escolaridad').forEach((e, i) => {
    if (isObj(e)) check('datosCurricularesDeclarante', i, 'fechaObtencion', e.fechaObtencion, () => [`la fecha de obtención del documento de la escolaridad ${i + 1}`, `la fecha de obtención de tu escolaridad ${i + 1}`], filed, filedWords);
  });
  items(sp, 'experienciaLaboral', 'experiencia').forEach((x, i) => {
    if (!isObj(x)) return;
    const start = check('experienciaLaboral', i, 'fechaIngreso', x.fechaIngreso, () => [`la fecha de ingreso de la experiencia ${i + 1}`, `la fecha de ingreso de tu experiencia ${i + 1}`], filed, filedWords);
    const end = check('experienciaLaboral', i, 'fechaEgreso', x.fechaEgreso, () => [`la fecha de egreso de la experiencia ${i + 1}`, `la fecha de egreso de tu experiencia ${i + 1}`], filed, filedWords);
    if (start !== null && end !== null && end < start) {
      found.push({ section: 'experienciaLaboral', item: i, field: 'fechaEgreso', what: `la fecha de egreso de la experiencia ${i + 1}`, yours: `la fecha de egreso de tu experiencia ${i + 1}`, value: String(x.fechaEgreso), why: `es anterior a su fecha de ingreso (${String(x.fechaIngreso)})` });
    }
  });
  const it = interes(filing);
  items(it, 'participacionTomaDecisiones', 'participacion').forEach((p, i) => {
    if (isObj(p)) check('participacionTomaDecisiones', i, 'fechaInicioParticipacion', p.fechaInicioParticipacion, () => [`la fecha de inicio de la participación ${i + 1}`, `la fecha de inicio de la participación ${i + 1}`], filed, filedWords);
  });
  items(it, 'representacion', 'representacion').forEach((r, i) => {
    if (isObj(r)) check('representacion', i, 'fechaInicioRepresentacion', r.fechaInicioRepresentacion, () => [`la fecha de inicio de la representación ${i + 1}`, `la fecha de inicio de la representación ${i + 1}`], filed, filedWords);
  });
  return grouped(filing, 'FECHA_IMPOSIBLE', found, () => 'Revisa el día, el mes y el año.');
}

const PLACEHOLDERS = new Set([
  'x', 'xx', 'xxx', 'xxxx', 'na', 'n a', 'nd', 'n d', 'sn', 's n', 'ninguno', 'ninguna', 'no aplica', 'no tiene', 'sin nombre',
  'sin apellido', 'sin segundo apellido', 'desconocido', 'prueba', 'pruebas', 'test', 'asdf', 'qwerty', 'null', 'none', 'nombre',
  'apellido', 'fulano', 'mengano', 'zutano', 'perengano', 'abc', 'abcd',
]);
const PLACEHOLDER_WORDS = /(?:^| )(?:prueba|pruebas|test|asdf|qwerty|xxx|xxxx|fulano)(?: |$)/;

/** Why a name looks like filler, or null when it looks like a name. */
export function placeholderReason(value: string): string | null {
  const f = fold(value);
  if (!f) return 'no contiene letras';
  if (/\d/.test(f)) return 'contiene números';
  if (PLACEHOLDERS.has(f) || PLACEHOLDER_WORDS.test(f)) return 'parece un texto de relleno';
  const compact = f.replace(/ /g, '');
  if (/^(.)\1+$/.test(compact)) return 'repite una sola letra';
  if (/^(asdf|qwer|zxcv|hjkl|jkl)/.test(compact)) return 'parece tecleado al azar';
  return null;
}

const NAME_FIELDS: Array<[string, string]> = [['nombre', 'el nombre'], ['primerApellido', 'el primer apellido'], ['segundoApellido', 'el segundo apellido']];

export function placeholderNames(filing: FilingFacts): RuleResult[] {
  const found: Found[] = [];
  const sp = situacionOf(filing);
  const scan = (section: string, item: number | null, person: Json, whose: string, yourWhose: string): void => {
    for (const [field, noun] of NAME_FIELDS) {
      const value = person[field];
      if (typeof value !== 'string' || value === '') continue;
      const why = placeholderReason(value);
      if (why) found.push({ section, item, field, what: `${noun} ${whose}`, yours: yourWhose ? `${noun} ${yourWhose}` : noun.replace(/^el /, 'tu '), value, why });
    }
  };
  if (isObj(sp.datosGenerales)) scan('datosGenerales', null, sp.datosGenerales, 'del declarante', '');
  if (isObj(sp.datosPareja) && sp.datosPareja.ninguno !== true) scan('datosPareja', null, sp.datosPareja, 'de la pareja', 'de tu pareja');
  items(sp, 'datosDependienteEconomico', 'dependienteEconomico').forEach((d, i) => {
    if (isObj(d)) scan('datosDependienteEconomico', i, d, `del dependiente ${i + 1}`, `de tu dependiente económico ${i + 1}`);
  });
  return grouped(filing, 'NOMBRE_DE_RELLENO', found, (f) =>
    f.field === 'segundoApellido'
      ? 'Si no hay segundo apellido, deja el campo vacío; si lo hay, escríbelo como aparece en la identificación oficial.'
      : 'Escríbelo como aparece en la identificación oficial.',
  );
}
