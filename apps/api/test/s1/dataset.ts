import { createHash } from 'node:crypto';
import { AccountProvisioning } from '@veraz/accounts';
import { canonicalJson, sha256Hex } from '@veraz/crypto';
import { privacyFindings, projectPublic } from '@veraz/projection';
import { PublicationService } from '@veraz/s1';
import { catalogs, validateItem, type Tipo } from '@veraz/standards';
import { UnitOfWork } from '@veraz/tenancy';
import { DeclarationsApi, LEVEL, PERIOD, fixture, type FixtureName, type Json } from '../declarations/helpers';
import { ALFA, BETA, PASSWORD, bearer, login, type World } from '../support/seed';
import type { TestApp } from '../support/test-app';

/**
 * A realistic S1 dataset, seeded fast: variants of the six reference items (names with accents and ñ,
 * jobs all over the INEGI catalog, every tipo in both formats, co-owned and spouse-owned assets,
 * personas físicas and morales, foreign addresses, extreme amounts), inserted as filings with the owner
 * connection and published through the product's own PublicationService, plus a few filed, corrected and
 * reserved through HTTP. Everything the conformance test expects is derived from what is recorded here.
 */

export interface InstitutionRef {
  id: string;
  slug: string;
  name: string;
  /** Opted in to the platform-wide endpoint (institutions.s1_shared). */
  shared: boolean;
}

export const GAMMA: InstitutionRef = { id: '0c000000-0000-4000-8000-00000000000c', slug: 'gamma', name: 'Institución Gamma', shared: true };

export interface FilingVersion {
  filingId: string;
  filedAt: Date;
  private: Json;
  reserved: boolean;
}

/** One declaration (one S1 id) and every version of it, oldest first. */
export interface Declared {
  s1Id: string;
  institution: InstitutionRef;
  tipo: Tipo;
  completa: boolean;
  via: 'sql' | 'http';
  versions: FilingVersion[];
  /** The latest version's private item. */
  private: Json;
  /** What must be served: the public projection of the latest version, or null when it is reserved. */
  public: Json | null;
}

export interface Dataset {
  alfa: InstitutionRef;
  beta: InstitutionRef;
  gamma: InstitutionRef;
  declarations: Declared[];
  byId: Map<string, Declared>;
  /** The reference fixtures, filed unchanged into ALFA: their public form must equal the golden files. */
  golden: Record<'inicial-completa' | 'modificacion-completa' | 'conclusion-completa' | 'inicial-simplificada' | 'modificacion-simplificada', string>;
  /** A declarant with two public inmuebles built so that only a per-inmueble (elemMatch) range matches. */
  twoInmuebles: string;
  /** Stored with decomposed (NFD) accents, as some keyboards produce them. */
  nfdPerson: string;
  /** Published before the HTTP phase; everything filed, corrected or reserved after this is "new". */
  httpPhaseStart: Date;
  /** Filed through HTTP after httpPhaseStart: [new, corrected (same s1 id), reserved]. */
  http: { filed: string; corrected: string; reserved: string };
  /** Admin tokens (API sessions) per institution slug, for credential creation. */
  adminTokens: Record<string, string>;
  timings: Record<string, number>;
}

/** Published (not reserved) declarations of an institution, or of every shared one. */
export function publishedOf(ds: Dataset, scope: InstitutionRef | 'shared'): Declared[] {
  return ds.declarations.filter((d) => d.public && (scope === 'shared' ? d.institution.shared : d.institution.id === scope.id));
}

// ───────────────────────────── deterministic randomness ─────────────────────────────

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Dice {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = prng(seed);
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  /** A round amount (multiple of `step`), so equal values and ties happen. */
  amount(min: number, max: number, step: number): number {
    return Math.round(this.int(min, max) / step) * step;
  }
}

const s1IdFor = (key: string) => createHash('sha256').update(`veraz-s1-dataset:${key}`).digest('hex').slice(0, 24);

// ───────────────────────────── people ─────────────────────────────

const NOMBRES = [
  'José', 'José Luis', 'María', 'María José', 'Juan Pablo', 'Ana Sofía', 'Jesús', 'Guadalupe', 'Andrés', 'Ramón', 'Inés',
  'Mónica', 'Raúl', 'Verónica', 'Héctor', 'Sofía', 'Julián', 'Begoña', 'Efraín', 'Iñaki', 'Rocío', 'Noé', 'Fátima',
  'Luis Ángel', 'Óscar', 'Úrsula', 'Jose', 'JOSÉ', 'Citlali', 'Xóchitl', 'Ana', 'Juana', 'Joaquín', 'Martha',
];
const APELLIDOS = [
  'Muñoz', 'Núñez', 'Ordóñez', 'Peña', 'Gómez', 'Hernández', 'Martínez', 'López', 'García', 'Pérez', 'Sánchez', 'Ramírez',
  'Álvarez', 'Rodríguez', 'Díaz', 'Cortés', 'Zúñiga', 'Montaño', 'Castañeda', 'Muñiz', 'Munoz', 'MUÑOZ', 'Nuñez',
  'de la Peña', 'Del Río', 'Ávila', 'Chávez', 'Jiménez', 'Domínguez', 'Vázquez', 'Íñiguez', 'Ruiz', 'Treviño', 'Saldaña',
  'Villaseñor', 'Cantú', 'Ibarra', 'Ochoa', 'Peña Nieto', 'Múgica',
];
const ENTES = [
  'Secretaría de Administración', 'Secretaría de Salud', 'Fiscalía General', 'Instituto Electoral y de Participación Ciudadana',
  'Universidad Autónoma', 'Comisión Estatal del Agua', 'Secretaría de la Hacienda Pública', 'Tribunal de Justicia Administrativa',
  'Órgano Interno de Control', 'Sistema para el Desarrollo Integral de la Familia',
];
const EMPLEOS = [
  ['Director General', 'DG'], ['Director de Área', 'DA'], ['Subdirector de Área', 'SD'], ['Jefe de Departamento', 'JD'],
  ['Coordinador de Compras', 'CC'], ['Analista Especializado', 'AN-'], ['Auxiliar Administrativo', 'AUX-'],
  ['Técnico en Mantenimiento', 'TEC-'], ['Secretaria Ejecutiva', 'SE-'], ['Enlace de Alto Nivel de Responsabilidad', 'CA'],
] as const;
const ORDENES = ['FEDERAL', 'ESTATAL', 'MUNICIPAL_ALCALDIA'] as const;
const NIVELES = ['PRI', 'SEC', 'BCH', 'CTC', 'LIC', 'ESP', 'MAE', 'DOC'];
const FORMAS = ['CPV', 'CSN', 'DNC', 'HRN', 'PRM', 'RST', 'STC'];
const FOREIGN_OFFICES = [
  { calle: 'West Commerce Street', numeroExterior: '127', ciudadLocalidad: 'San Antonio', estadoProvincia: 'Texas', pais: 'US', codigoPostal: '78205' },
  { calle: 'Calle Carrera de San Jerónimo', numeroExterior: '46', ciudadLocalidad: 'Madrid', estadoProvincia: 'Madrid', pais: 'ES', codigoPostal: '28014' },
];

interface Person {
  key: string;
  nombre: string;
  primerApellido: string;
  segundoApellido: string | null;
  born: string; // yymmdd
  sexo: 'H' | 'M';
  completa: boolean;
  orden: (typeof ORDENES)[number];
  ente: string;
  empleo: string;
  nivelEmpleo: string;
  office: { entidad: { clave: string; valor: string }; municipio: { clave: string; valor: string } } | { foreign: Json };
  niveles: string[];
  /** Public (DEC-only) inmuebles: [] removes the public one. */
  inmuebles: Array<{ sc: number; st: number; va: number; fa: string }>;
  incomeBase: number;
}

const ascii = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .replace(/[^A-Z ]/g, 'X');

function identifiers(p: Pick<Person, 'nombre' | 'primerApellido' | 'segundoApellido' | 'born' | 'sexo'>, dice: Dice) {
  const a1 = ascii(p.primerApellido).replace(/ /g, '');
  const a2 = p.segundoApellido ? ascii(p.segundoApellido).replace(/ /g, '') : 'X';
  const n = ascii(p.nombre).replace(/ /g, '');
  const vowel = a1.slice(1).match(/[AEIOU]/)?.[0] ?? 'X';
  const rfc = `${a1[0]}${vowel}${a2[0]}${n[0]}${p.born}`;
  const letters = 'ABCDEFGHJKLMNPRSTUVWXYZ';
  const homoClave = `${dice.pick([...letters])}${dice.pick([...letters])}${dice.int(0, 9)}`;
  const consonant = (s: string) => s.slice(1).match(/[B-DF-HJ-NP-TV-Z]/)?.[0] ?? 'X';
  const curp = `${rfc}${p.sexo}${dice.pick(['JC', 'MN', 'DF', 'NL', 'YN', 'OC'])}${consonant(a1)}${consonant(a2)}${consonant(n)}${dice.pick(['0', 'A'])}${dice.int(0, 9)}`;
  return { rfc, homoClave, curp };
}

function makePerson(key: string, dice: Dice, completa: boolean): Person {
  const entidades = catalogs.entidades();
  const [empleo, prefix] = dice.pick(EMPLEOS);
  const entidad = dice.pick(entidades);
  const municipio = dice.pick(catalogs.municipios(entidad.clave));
  const foreign = dice.chance(0.06);
  const publicInmuebles = !completa
    ? []
    : dice.chance(0.07)
      ? []
      : Array.from({ length: dice.chance(0.15) ? 2 : 1 }, () => ({
          sc: dice.chance(0.05) ? 0 : dice.amount(20, 600, 5),
          st: dice.amount(20, 3000, 10),
          va: dice.chance(0.03) ? 98_000_000 : dice.amount(300_000, 12_000_000, 50_000),
          fa: dice.pick(FORMAS),
        }));
  const niveles = [...new Set(Array.from({ length: dice.int(1, 3) }, () => dice.pick(NIVELES)))];
  return {
    key,
    nombre: dice.pick(NOMBRES),
    primerApellido: dice.pick(APELLIDOS),
    segundoApellido: dice.chance(0.1) ? null : dice.pick(APELLIDOS),
    born: `${dice.int(55, 99)}${String(dice.int(1, 12)).padStart(2, '0')}${String(dice.int(1, 28)).padStart(2, '0')}`,
    sexo: dice.pick(['H', 'M'] as const),
    completa,
    orden: foreign ? 'FEDERAL' : dice.pick(ORDENES),
    ente: foreign ? 'Secretaría de Relaciones Exteriores' : dice.pick(ENTES),
    empleo: foreign ? 'Cónsul Adscrito' : empleo,
    nivelEmpleo: `${prefix}${String(dice.int(1, 40)).padStart(2, '0')}`,
    office: foreign ? { foreign: { ...dice.pick(FOREIGN_OFFICES) } } : { entidad: { ...entidad }, municipio: { ...municipio } },
    niveles,
    inmuebles: publicInmuebles,
    incomeBase: dice.chance(0.02) ? 0 : completa ? dice.amount(40_000, 220_000, 50) : dice.amount(8_000, 40_000, 50),
  };
}

const FIXTURE: Record<Tipo, Record<'completa' | 'simplificada', FixtureName>> = {
  INICIAL: { completa: 'inicial-completa', simplificada: 'inicial-simplificada' },
  MODIFICACIÓN: { completa: 'modificacion-completa', simplificada: 'modificacion-simplificada' },
  CONCLUSIÓN: { completa: 'conclusion-completa', simplificada: 'conclusion-simplificada' },
};
const INCOME_SUFFIX: Record<Tipo, string> = { INICIAL: 'Mensual', MODIFICACIÓN: 'Anual', CONCLUSIÓN: 'Conclusion' };
/** The declarant's own net income field per tipo: what totalIngresosNetos searches (S1-NOTES a.4). */
export const DECLARANT_INCOME: Record<Tipo, string> = {
  INICIAL: 'ingresoMensualNetoDeclarante',
  MODIFICACIÓN: 'ingresoAnualNetoDeclarante',
  CONCLUSIÓN: 'ingresoConclusionNetoDeclarante',
};

const isDecOnly = (titular: unknown) => Array.isArray(titular) && titular.length === 1 && (titular[0] as Json)?.clave === 'DEC';

/** Scales every amount of an `ingresos` tree and sets the declarant's own net income to exactly `net`. */
function setIncome(ingresos: Json, tipo: Tipo, net: number): void {
  const field = DECLARANT_INCOME[tipo];
  const original = Number(ingresos[field]?.valor) || 1;
  const factor = net / original;
  const visit = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      const o = node as Json;
      if (typeof o.valor === 'number' && typeof o.moneda === 'string') o.valor = Math.round(o.valor * factor);
      for (const v of Object.values(o)) visit(v);
    }
  };
  visit(ingresos);
  ingresos[field].valor = net;
  const pareja = `ingreso${INCOME_SUFFIX[tipo]}NetoParejaDependiente`;
  const total = `totalIngresos${tipo === 'CONCLUSIÓN' ? 'Conclusion' : INCOME_SUFFIX[tipo] === 'Mensual' ? 'Mensuales' : 'Anuales'}Netos`;
  if (ingresos[total]) ingresos[total].valor = net + (Number(ingresos[pareja]?.valor) || 0);
}

/** A private S1 item for `person`, built from the reference item of its tipo and format. */
const parsed = new Map<FixtureName, Json>();
/** A fresh copy of a reference item (parsed once). */
function base(name: FixtureName): Json {
  if (!parsed.has(name)) parsed.set(name, fixture(name));
  return structuredClone(parsed.get(name)!);
}

function itemFor(person: Person, tipo: Tipo, s1Id: string, filedAt: Date, institution: InstitutionRef, dice: Dice): Json {
  const item = base(FIXTURE[tipo][person.completa ? 'completa' : 'simplificada']);
  item.id = s1Id;
  item.metadata.actualizacion = iso(filedAt);
  item.metadata.institucion = institution.name;
  const sp = item.declaracion.situacionPatrimonial;

  const ids = identifiers(person, dice);
  const g = sp.datosGenerales;
  g.nombre = person.nombre;
  g.primerApellido = person.primerApellido;
  if (person.segundoApellido) g.segundoApellido = person.segundoApellido;
  else delete g.segundoApellido;
  g.curp = ids.curp;
  g.rfc = { rfc: ids.rfc, homoClave: ids.homoClave };
  const handle = ascii(`${person.nombre}.${person.primerApellido}`).toLowerCase().replace(/[^a-z]+/g, '.');
  g.correoElectronico = { institucional: `${handle}.${person.key}@${institution.slug}.gob.mx`, personal: `${handle}.${person.key}@example.com` };

  const empleo = sp.datosEmpleoCargoComision;
  empleo.nivelOrdenGobierno = person.orden;
  empleo.nombreEntePublico = person.ente;
  empleo.empleoCargoComision = person.empleo;
  empleo.nivelEmpleoCargoComision = person.nivelEmpleo;
  if ('foreign' in person.office) {
    delete empleo.domicilioMexico;
    empleo.domicilioExtranjero = person.office.foreign;
  } else {
    empleo.domicilioMexico.entidadFederativa = person.office.entidad;
    empleo.domicilioMexico.municipioAlcaldia = person.office.municipio;
  }

  for (const [i, e] of (sp.datosCurricularesDeclarante.escolaridad as Json[]).entries()) {
    const clave = person.niveles[i % person.niveles.length]!;
    e.nivel = { clave, valor: catalogs.valor('nivel', clave) };
  }

  const months = tipo === 'INICIAL' ? 1 : tipo === 'MODIFICACIÓN' ? 12 : 9;
  setIncome(sp.ingresos, tipo, person.incomeBase * months + (person.incomeBase ? dice.int(0, 3) * 50 : 0));

  if (person.completa) {
    const list: Json[] = sp.bienesInmuebles.bienInmueble;
    const template = list.find((b) => isDecOnly(b.titular))!;
    const others = list.filter((b) => !isDecOnly(b.titular));
    const publicOnes = person.inmuebles.map((v) => {
      const b = structuredClone(template);
      b.superficieConstruccion = { valor: v.sc, unidad: 'm2' };
      b.superficieTerreno = { valor: v.st, unidad: 'm2' };
      b.valorAdquisicion = { valor: v.va, moneda: 'MXN' };
      b.formaAdquisicion = { clave: v.fa, valor: catalogs.valor('formaAdquisicion', v.fa) };
      return b;
    });
    sp.bienesInmuebles.bienInmueble = [...others.slice(0, 2), ...publicOnes, ...others.slice(2)];
    // The declarant named as fideicomitente: public by name (not RFC), so it must be this declarant.
    for (const f of (item.declaracion.interes?.fideicomisos?.fideicomiso ?? []) as Json[]) {
      if (f.fideicomitente?.rfc === 'MUPA820714LY3') {
        f.fideicomitente.nombreRazonSocial = [person.nombre, person.primerApellido, person.segundoApellido].filter(Boolean).join(' ');
        f.fideicomitente.rfc = `${ids.rfc}${ids.homoClave}`;
      }
    }
  }
  return item;
}

/** The public projection as it travels: JSON (keys holding undefined do not exist on the wire). */
const publicForm = (item: Json): Json => JSON.parse(JSON.stringify(projectPublic(item as never)));

const iso = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

function dateIn(dice: Dice, from: string, to: string): Date {
  const a = Date.parse(from);
  const b = Date.parse(to);
  return new Date(Math.floor((a + dice.next() * (b - a)) / 1000) * 1000);
}

// ───────────────────────────── seeding ─────────────────────────────

interface Planned {
  s1Id: string;
  institution: InstitutionRef;
  userIndex: number;
  tipo: Tipo;
  completa: boolean;
  /** v1 (and v2 when corrected), oldest first. */
  versions: Array<{ item: Json; filedAt: Date; reserved: boolean }>;
  /** Reserved after having been published (withdrawn), as opposed to reserved before any publication. */
  withdrawnLater: boolean;
}

function planInstitution(institution: InstitutionRef, persons: number, seed: number, extras: Planned[] = []): { plans: Planned[]; people: Person[] } {
  const dice = new Dice(seed);
  const plans: Planned[] = [...extras];
  const people: Person[] = [];
  for (let p = 0; p < persons; p++) {
    const person = makePerson(`${institution.slug}${p}`, dice, dice.chance(0.35));
    people.push(person);
    const r = dice.next();
    const tipos: Tipo[] = r < 0.55 ? ['INICIAL'] : r < 0.8 ? ['INICIAL', 'MODIFICACIÓN'] : r < 0.93 ? ['INICIAL', 'MODIFICACIÓN', 'CONCLUSIÓN'] : ['MODIFICACIÓN'];
    for (const tipo of tipos) {
      const s1Id = s1IdFor(`${institution.slug}:${p}:${tipo}`);
      const filedAt =
        tipo === 'INICIAL' ? dateIn(dice, '2023-01-20T15:00:00Z', '2023-12-15T23:00:00Z') : tipo === 'MODIFICACIÓN' ? dateIn(dice, '2024-05-01T14:00:00Z', '2024-05-31T23:00:00Z') : dateIn(dice, '2024-10-01T14:00:00Z', '2024-12-20T23:00:00Z');
      const item = itemFor(person, tipo, s1Id, filedAt, institution, dice);
      const plan: Planned = { s1Id, institution, userIndex: p, tipo, completa: person.completa, versions: [{ item, filedAt, reserved: false }], withdrawnLater: false };
      const fate = dice.next();
      if (fate < 0.025) {
        // Corrected with a nota aclaratoria: a misspelt surname and a wrong income fixed a month later.
        const wrong = structuredClone(item);
        wrong.declaracion.situacionPatrimonial.datosGenerales.primerApellido = `${person.primerApellido}x`;
        // The same slip wherever the declarant names themself (fideicomitente), as a form prefilled from datosGenerales would.
        for (const f of (wrong.declaracion.interes?.fideicomisos?.fideicomiso ?? []) as Json[]) {
          if (f.fideicomitente?.rfc === `${wrong.declaracion.situacionPatrimonial.datosGenerales.rfc.rfc}${wrong.declaracion.situacionPatrimonial.datosGenerales.rfc.homoClave}`) {
            f.fideicomitente.nombreRazonSocial = [person.nombre, `${person.primerApellido}x`, person.segundoApellido].filter(Boolean).join(' ');
          }
        }
        setIncome(wrong.declaracion.situacionPatrimonial.ingresos, tipo, 1_234_567);
        plan.versions = [
          { item: wrong, filedAt, reserved: false },
          { item: { ...item, metadata: { ...item.metadata, actualizacion: iso(new Date(filedAt.getTime() + 30 * 86400_000)) } }, filedAt: new Date(filedAt.getTime() + 30 * 86400_000), reserved: false },
        ];
      } else if (fate < 0.045) {
        plan.versions[0]!.reserved = true;
        plan.withdrawnLater = true;
      } else if (fate < 0.05) {
        // Reserved, then corrected: the correction stays reserved and nothing is ever public.
        const v2 = structuredClone(item);
        v2.metadata.actualizacion = iso(new Date(filedAt.getTime() + 20 * 86400_000));
        plan.versions = [
          { item, filedAt, reserved: true },
          { item: v2, filedAt: new Date(filedAt.getTime() + 20 * 86400_000), reserved: true },
        ];
      }
      plans.push(plan);
    }
  }
  return { plans, people };
}

/** ALFA's hand-made cases: the reference items themselves, an elemMatch trap and decomposed accents. */
function alfaSpecials(institution: InstitutionRef): { plans: Planned[]; golden: Dataset['golden']; twoInmuebles: string; nfdPerson: string } {
  const names = ['inicial-completa', 'modificacion-completa', 'conclusion-completa', 'inicial-simplificada', 'modificacion-simplificada'] as const;
  const golden = {} as Dataset['golden'];
  const plans: Planned[] = [];
  names.forEach((name, i) => {
    const item = fixture(name);
    golden[name] = item.id;
    const filedAt = new Date(Date.parse(item.metadata.actualizacion));
    plans.push({ s1Id: item.id, institution, userIndex: i < 3 ? 100_000 : 100_001, tipo: item.metadata.tipo, completa: item.metadata.declaracionCompleta, versions: [{ item, filedAt, reserved: false }], withdrawnLater: false });
  });
  const dice = new Dice(4242);
  const trap: Person = {
    ...makePerson('trampa', dice, true),
    nombre: 'Begoña',
    primerApellido: 'Villaseñor',
    segundoApellido: 'Treviño',
    inmuebles: [
      { sc: 10, st: 5000, va: 100_000, fa: 'HRN' },
      { sc: 400, st: 50, va: 9_000_000, fa: 'CPV' },
    ],
  };
  const twoInmuebles = s1IdFor('alfa:trampa');
  const trapAt = new Date('2023-08-08T16:00:00Z');
  plans.push({ s1Id: twoInmuebles, institution, userIndex: 100_002, tipo: 'INICIAL', completa: true, versions: [{ item: itemFor(trap, 'INICIAL', twoInmuebles, trapAt, institution, dice), filedAt: trapAt, reserved: false }], withdrawnLater: false });
  const nfd: Person = { ...makePerson('nfd', dice, false), nombre: 'Jose\u0301', primerApellido: 'Nu\u0301n\u0303ez', segundoApellido: 'Cantu\u0301' };
  const nfdPerson = s1IdFor('alfa:nfd');
  const nfdAt = new Date('2023-09-09T16:00:00Z');
  plans.push({ s1Id: nfdPerson, institution, userIndex: 100_003, tipo: 'INICIAL', completa: false, versions: [{ item: itemFor(nfd, 'INICIAL', nfdPerson, nfdAt, institution, dice), filedAt: nfdAt, reserved: false }], withdrawnLater: false });
  return { plans, golden, twoInmuebles, nfdPerson };
}

/** Mexico City year of an instant (folios are numbered per year there). */
const mexicoYear = (d: Date) => Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Mexico_City', year: 'numeric' }).format(d));

/**
 * Filer accounts (inserted directly: they never log in), declarations and filings rows, then the
 * publications through PublicationService in filing order, in one tenant transaction per institution.
 */
async function insertInstitution(t: TestApp, institution: InstitutionRef, plans: Planned[], timings: Record<string, number>): Promise<Declared[]> {
  let started = Date.now();
  const owner = await t.owner();
  const userIndexes = [...new Set(plans.map((p) => p.userIndex))];
  const { rows: users } = await owner.query(
    `INSERT INTO users (email, password_hash, nombre, primer_apellido)
     SELECT 'filer.' || $1::text || '.' || i || '@prueba.mx', 'not-a-login', 'Persona', 'Declarante ' || i FROM unnest($2::int[]) AS i
     RETURNING id, email`,
    [institution.slug, userIndexes],
  );
  const userOf = new Map(users.map((u) => [Number(/\.(\d+)@/.exec(u.email)![1]), u.id as string]));
  await owner.query(`INSERT INTO memberships (institution_id, user_id, roles) SELECT $1, unnest($2::uuid[]), ARRAY['DECLARANTE']`, [institution.id, [...userOf.values()]]);

  // Filing rows in filing order, with gapless folios per Mexico City year.
  const events = plans
    .flatMap((plan) => plan.versions.map((v, version) => ({ plan, v, version: version + 1 })))
    .sort((a, b) => a.v.filedAt.getTime() - b.v.filedAt.getTime() || a.plan.s1Id.localeCompare(b.plan.s1Id));
  const seqs = new Map<number, number>();
  const folios = new Map<(typeof events)[number], { year: number; seq: number }>();
  for (const e of events) {
    const year = mexicoYear(e.v.filedAt);
    const seq = (seqs.get(year) ?? 0) + 1;
    seqs.set(year, seq);
    folios.set(e, { year, seq });
  }
  const filingIds = new Map<string, string>();
  const BATCH = 50;
  // First versions first: a correction row points at the filing it supersedes.
  const chunks: Array<typeof events> = [];
  for (const version of [...new Set(events.map((e) => e.version))].sort()) {
    const group = events.filter((e) => e.version === version);
    for (let start = 0; start < group.length; start += BATCH) chunks.push(group.slice(start, start + BATCH));
  }
  for (const chunk of chunks) {
    const decl: unknown[][] = [[], [], [], [], [], [], []];
    for (const e of chunk) {
      const previous = e.version > 1 ? filingIds.get(`${e.plan.s1Id}:${e.version - 1}`)! : null;
      decl[0]!.push(userOf.get(e.plan.userIndex));
      decl[1]!.push(e.plan.tipo);
      decl[2]!.push(e.plan.completa);
      decl[3]!.push(e.plan.tipo === 'MODIFICACIÓN' ? 2023 : null);
      decl[4]!.push(`${e.plan.tipo}:${e.plan.s1Id}:${e.version}`);
      decl[5]!.push(previous);
      decl[6]!.push(e.v.filedAt);
    }
    const { rows: declarations } = await owner.query(
      `INSERT INTO declarations (institution_id, user_id, tipo, declaracion_completa, anio_reportado, period_key, status, corrects_filing_id, created_at, updated_at)
       SELECT $1, u, t, c, a, k, 'PRESENTADA', f, d, d FROM unnest($2::uuid[], $3::text[], $4::bool[], $5::int[], $6::text[], $7::uuid[], $8::timestamptz[])
         WITH ORDINALITY AS x(u, t, c, a, k, f, d, n) ORDER BY n RETURNING id`,
      [institution.id, ...decl],
    );
    const cols: unknown[][] = Array.from({ length: 18 }, () => []);
    chunk.forEach((e, i) => {
      const { year, seq } = folios.get(e)!;
      const doc = e.v.item;
      const sp = doc.declaracion.situacionPatrimonial;
      const canonical = canonicalJson(doc);
      const latest = e.version === e.plan.versions.length;
      const values = [
        declarations[i].id, userOf.get(e.plan.userIndex), e.plan.s1Id, e.version, e.version > 1 ? filingIds.get(`${e.plan.s1Id}:${e.version - 1}`)! : null,
        e.version > 1 ? 'Corrijo el primer apellido y el ingreso neto que capturé mal.' : null, latest,
        `${institution.slug.toUpperCase()}-${year}-${String(seq).padStart(6, '0')}`, year, seq, e.plan.tipo, e.plan.completa,
        e.v.filedAt, JSON.stringify(doc), canonical, sha256Hex(canonical), e.v.reserved ? 'Acuerdo del Comité de Transparencia CT-07/2024: riesgo a la seguridad' : null,
        JSON.stringify({ nombres: sp.datosGenerales.nombre, primerApellido: sp.datosGenerales.primerApellido, segundoApellido: sp.datosGenerales.segundoApellido ?? null }),
      ];
      values.forEach((v, c) => cols[c]!.push(v));
    });
    const { rows: filings } = await owner.query(
      `INSERT INTO filings (institution_id, declaration_id, user_id, s1_id, version, supersedes_filing_id, nota_aclaratoria, is_latest, folio,
         folio_year, folio_seq, tipo, declaracion_completa, actualizacion_conflicto_interes, filed_at, document, canonical_json, sha256,
         reserved, reserved_reason, reserved_at, nombres, primer_apellido, segundo_apellido)
       SELECT $1, d, u, s, v, sup, nota, latest, folio, fy, fs, tipo, comp, false, fa, doc::jsonb, can, sha,
              reason IS NOT NULL, reason, CASE WHEN reason IS NULL THEN NULL ELSE fa END, names->>'nombres', names->>'primerApellido', names->>'segundoApellido'
         FROM unnest($2::uuid[], $3::uuid[], $4::text[], $5::int[], $6::uuid[], $7::text[], $8::bool[], $9::text[], $10::int[], $11::int[],
                     $12::text[], $13::bool[], $14::timestamptz[], $15::text[], $16::text[], $17::text[], $18::text[], $19::jsonb[])
           WITH ORDINALITY AS x(d, u, s, v, sup, nota, latest, folio, fy, fs, tipo, comp, fa, doc, can, sha, reason, names, n)
        ORDER BY n RETURNING id`,
      [institution.id, ...cols],
    );
    chunk.forEach((e, i) => filingIds.set(`${e.plan.s1Id}:${e.version}`, filings[i].id));
  }
  for (const [year, last] of seqs) {
    await owner.query(`INSERT INTO folio_counters (institution_id, year, last_seq) VALUES ($1, $2, $3)`, [institution.id, year, last]);
  }

  timings[`${institution.slug}:rows`] = Date.now() - started;
  started = Date.now();
  // Publication, in filing order, exactly as signing and reserving do it (same service, same rules).
  const uow = t.app.get(UnitOfWork);
  const publication = t.app.get(PublicationService);
  await uow.inTenant(institution.id, async () => {
    for (const e of events) {
      const latest = { filingId: filingIds.get(`${e.plan.s1Id}:${e.version}`)!, s1Id: e.plan.s1Id, filedAt: e.v.filedAt, tipo: e.plan.tipo, document: e.v.item };
      if (e.plan.withdrawnLater) {
        // Published, then reserved by the Comité: withdrawn.
        await publication.sync({ ...latest, reserved: false });
        await publication.sync({ ...latest, reserved: true });
      } else {
        await publication.sync({ ...latest, reserved: e.v.reserved });
      }
    }
  });
  timings[`${institution.slug}:publish`] = Date.now() - started;

  return plans.map((plan) => {
    const versions = plan.versions.map((v, i) => ({ filingId: filingIds.get(`${plan.s1Id}:${i + 1}`)!, filedAt: v.filedAt, private: v.item, reserved: v.reserved }));
    const last = versions[versions.length - 1]!;
    return {
      s1Id: plan.s1Id,
      institution,
      tipo: plan.tipo,
      completa: plan.completa,
      via: 'sql' as const,
      versions,
      private: last.private,
      public: last.reserved ? null : publicForm(last.private),
    };
  });
}

/** Every item the dataset files must be a valid S1 item of its tipo, and its projection clean, before anything else is tested. */
function assertValid(plans: Planned[]): void {
  for (const plan of plans) {
    for (const v of plan.versions) {
      const errors = validateItem(plan.tipo, v.item);
      if (errors.length) throw new Error(`dataset item ${plan.s1Id} (${plan.tipo}) is not valid: ${JSON.stringify(errors.slice(0, 3))}`);
      // A generated person must not collide with a private person of the fixture it came from.
      const leaks = privacyFindings(projectPublic(v.item as never), v.item);
      if (leaks.length) {
        const g = v.item.declaracion.situacionPatrimonial.datosGenerales;
        throw new Error(`dataset item ${plan.s1Id} (${g.nombre} ${g.primerApellido} ${g.segundoApellido ?? ''}): its own projection shows private values: ${JSON.stringify(leaks.slice(0, 3))}`);
      }
    }
  }
}

export async function seedDataset(t: TestApp, world: World, sizes: { alfa: number; beta: number; gamma: number } = { alfa: 440, beta: 30, gamma: 25 }): Promise<Dataset> {
  const timings: Record<string, number> = {};
  const clock = (name: string, from: number) => (timings[name] = Date.now() - from);
  let started = Date.now();
  const owner = await t.owner();
  const alfa: InstitutionRef = { ...ALFA, shared: false };
  const beta: InstitutionRef = { ...BETA, shared: true };
  const gamma = GAMMA;
  await owner.query(`INSERT INTO institutions (id, slug, name) VALUES ($1, $2, $3)`, [gamma.id, gamma.slug, gamma.name]);
  await owner.query(`UPDATE institutions SET s1_shared = (id = ANY($1::uuid[]))`, [[beta.id, gamma.id]]);

  const specials = alfaSpecials(alfa);
  const alfaPlan = planInstitution(alfa, sizes.alfa, 1, specials.plans);
  const betaPlan = planInstitution(beta, sizes.beta, 2);
  const gammaPlan = planInstitution(gamma, sizes.gamma, 3);
  assertValid([...alfaPlan.plans, ...betaPlan.plans, ...gammaPlan.plans]);
  clock('plan', started);

  started = Date.now();
  const declarations = [
    ...(await insertInstitution(t, alfa, alfaPlan.plans, timings)),
    ...(await insertInstitution(t, beta, betaPlan.plans, timings)),
    ...(await insertInstitution(t, gamma, gammaPlan.plans, timings)),
  ];
  clock('insert+publish', started);

  // Through HTTP, for realism: a filing, a nota aclaratoria of it, and a filing the Comité reserves.
  started = Date.now();
  const httpPhaseStart = new Date();
  await new Promise((r) => setTimeout(r, 1100));
  const adminA = (await login(t, world.adminA.email)).token;
  const adminB = (await login(t, world.adminB.email)).token;
  const accounts = t.app.get(AccountProvisioning);
  const uow = t.app.get(UnitOfWork);
  const { user: gammaAdmin } = await uow.inAuth(() => accounts.createUser({ email: 'admin.gamma@prueba.mx', password: PASSWORD, nombre: 'Persona', primerApellido: 'Gamma' }));
  await uow.inTenant(gamma.id, () => accounts.grantRoles(gammaAdmin.id, ['ADMIN_INSTITUCION'], null));
  const adminG = (await login(t, 'admin.gamma@prueba.mx')).token;

  const api = new DeclarationsApi(t, adminA);
  const filer = await api.filer('ese.http.uno', LEVEL.simplificada);
  const named = (name: FixtureName, nombre: string, primer: string, segundo: string) => {
    const item = fixture(name);
    Object.assign(item.declaracion.situacionPatrimonial.datosGenerales, { nombre, primerApellido: primer, segundoApellido: segundo });
    return item;
  };
  const first = await fileItem(api, filer, 'inicial-simplificada', named('inicial-simplificada', 'Ximena', 'Zúñiga', 'Ibarra'));
  const correctionDraft = await t.http().post(`/api/filings/${first.id}/corrections`).set(bearer(filer.token)).expect(201);
  await api.save(filer.token, correctionDraft.body.id, 'datosGenerales', { ...first.document.declaracion.situacionPatrimonial.datosGenerales, segundoApellido: 'Ibarrola' }, 1);
  const corrected = await api.signed(filer.token, correctionDraft.body.id, { notaAclaratoria: 'Corrijo mi segundo apellido: es Ibarrola.' });
  if (corrected.s1Id !== first.s1Id) throw new Error('a nota aclaratoria must keep the S1 id');

  const filer2 = await api.filer('ese.http.dos', LEVEL.simplificada);
  const toReserve = await fileItem(api, filer2, 'inicial-simplificada', named('inicial-simplificada', 'Renata', 'Saldaña', 'Ochoa'));
  await t.http().put(`/api/filings/${toReserve.id}/reservation`).set(bearer(adminA)).send({ reservada: true, motivo: 'Acuerdo del Comité de Transparencia CT-11/2026: riesgo a la vida' }).expect(200);

  const filer3 = await api.filer('ese.http.tres', LEVEL.simplificada);
  const third = await fileItem(api, filer3, 'inicial-simplificada', named('inicial-simplificada', 'Íñigo', 'Ñúñez', 'Ordóñez'));
  clock('http', started);

  const httpDeclared = (filing: Json, versions: Json[], reserved: boolean): Declared => ({
    s1Id: filing.s1Id,
    institution: alfa,
    tipo: filing.tipo,
    completa: filing.declaracionCompleta,
    via: 'http',
    versions: versions.map((v) => ({ filingId: v.id, filedAt: new Date(v.filedAt), private: v.document, reserved })),
    private: filing.document,
    public: reserved ? null : publicForm(filing.document),
  });
  declarations.push(httpDeclared(corrected, [first, corrected], false), httpDeclared(toReserve, [toReserve], true), httpDeclared(third, [third], false));

  const byId = new Map(declarations.map((d) => [d.s1Id, d]));
  if (byId.size !== declarations.length) throw new Error('duplicate S1 ids in the dataset');
  return {
    alfa,
    beta,
    gamma,
    declarations,
    byId,
    golden: specials.golden,
    twoInmuebles: specials.twoInmuebles,
    nfdPerson: specials.nfdPerson,
    httpPhaseStart,
    http: { filed: third.s1Id, corrected: corrected.s1Id, reserved: toReserve.s1Id },
    adminTokens: { alfa: adminA, beta: adminB, gamma: adminG },
    timings,
  };
}

/** Start, fill every offered section from `item`, sign: one filing through HTTP. */
async function fileItem(api: DeclarationsApi, filer: Awaited<ReturnType<DeclarationsApi['filer']>>, name: FixtureName, item: Json): Promise<Json> {
  const declaration = await api.start(filer.token, { ...PERIOD[name], prefill: false });
  await api.fill(filer.token, declaration, item);
  return (await api.signed(filer.token, declaration.id)) as unknown as Json;
}
