import { sectionsFor, type Tipo } from '@veraz/standards';
import { roundAmount, type Json } from './catalog';
import { evolveEscolaridad } from './career';
import { addDays, age, daysBetween, defaultAsOf, maxDate } from './dates';
import { createInterests, emptyInterests, evolveInterests } from './interests';
import { createInstitution, personRandom, type Institution } from './institution';
import { child, createProfile, type Profile } from './profile';
import type { Random } from './random';
import { buildSection, type FilingContext, type PersonState } from './sections';
import { room, settle, update } from './tracked';
import type { GenerateOptions, GeneratedFiling } from './types';
import { createAssets, emptyAssets, evolveAssets } from './wealth';

interface Step {
  tipo: Tipo;
  ref: string;
  filed: string;
  anioReportado: number | null;
}

/** Filing time on a working hour in Mexico City (UTC-6): 14:00–23:59 UTC. */
function filedAt(rng: Random, date: string): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date}T${pad(rng.int(14, 23))}:${pad(rng.int(0, 59))}:${pad(rng.int(0, 59))}Z`;
}

/**
 * The legal calendar of one person: INICIAL within 60 days of taking office, a MODIFICACIÓN every May for
 * the previous year while in office, and (8 % of people) a CONCLUSIÓN within 60 days of leaving.
 */
function timeline(rng: Random, firstYear: number, lastYear: number): { posesion: string; steps: Step[] } {
  const year = rng.chance(0.6) ? firstYear : firstYear - rng.int(1, 3);
  const posesion = rng.date(`${year}-01-01`, `${year}-12-31`);
  const earliestEnd = addDays(posesion, 90);
  const conclusion = rng.chance(0.08) && earliestEnd <= `${lastYear}-12-31` ? rng.date(earliestEnd, `${lastYear}-12-31`) : null;
  const steps: Step[] = [{ tipo: 'INICIAL', ref: posesion, filed: addDays(posesion, rng.int(1, 60)), anioReportado: null }];
  for (let y = year; y <= lastYear; y++) {
    // People file close to the 31-may deadline.
    const day = Math.max(1, Math.min(31, 31 - Math.floor(Math.abs(rng.normal(0, 9)))));
    const filed = `${y + 1}-05-${String(day).padStart(2, '0')}`;
    if (conclusion && filed >= conclusion) break; // leaving before May: the CONCLUSIÓN reports the year
    steps.push({ tipo: 'MODIFICACIÓN', ref: `${y}-12-31`, filed, anioReportado: y });
  }
  if (conclusion) steps.push({ tipo: 'CONCLUSIÓN', ref: conclusion, filed: addDays(conclusion, rng.int(1, 60)), anioReportado: null });
  return { posesion, steps };
}

/** Between two filings: raises, income drift, family changes, and the patrimonio's evolution. */
function evolve(rng: Random, state: PersonState, from: string, to: string): void {
  const p = state.profile;
  const span = Math.max(0, daysBetween(from, to) / 365.25);
  p.job.salary = roundAmount(p.job.salary * (1 + rng.float(0.03, 0.07) * span));
  for (const list of [p.income.industrial, p.income.servicios, p.income.otros, p.income.financiera]) {
    for (const entry of list) entry.monthly = roundAmount(entry.monthly * (1 + 0.04 * span));
  }
  evolveEscolaridad(p.escolaridad, to);
  if (p.pareja && (p.pareja.meta!.salary as number) > 0 && rng.chance(0.3 * span)) {
    const salary = roundAmount((p.pareja.meta!.salary as number) * rng.float(1.03, 1.15));
    p.pareja.meta!.salary = salary;
    const key = p.pareja.data.actividadLaboralSectorPublico ? 'actividadLaboralSectorPublico' : 'actividadLaboralSectorPrivadoOtro';
    update(p.pareja, { [key]: { ...(p.pareja.data[key] as Json), salarioMensualNeto: { valor: salary, moneda: 'MXN' } } });
  }
  if (p.pareja && age(p.self.birth, to) < 42 && rng.chance(0.04 * span) && room(p.dependientes)) {
    p.dependientes.push(child(rng, p, rng.date(addDays(from, 1), to), to));
  }
  if (p.completa) {
    evolveAssets(rng, p, state.assets, from, to);
    evolveInterests(rng, p, state.interests, from, to);
  }
}

function settleAll(state: PersonState): void {
  const p = state.profile;
  p.escolaridad = settle(p.escolaridad);
  p.experiencia = settle(p.experiencia);
  p.dependientes = settle(p.dependientes);
  if (p.pareja) settle([p.pareja]);
  for (const key of Object.keys(state.assets) as Array<keyof typeof state.assets>) state.assets[key] = settle(state.assets[key]);
  for (const key of Object.keys(state.interests) as Array<keyof typeof state.interests>) state.interests[key] = settle(state.interests[key]);
}

/** All filings of person `index`, chronologically, up to `asOf`. */
export function* personFilings(seed: number, inst: Institution, index: number, firstYear: number, lastYear: number, asOf: string): Generator<GeneratedFiling> {
  const rng = personRandom(seed, index);
  const suspicious = rng.chance(0.02);
  // 20 % complete in all: every suspicious person (their patrimonio must be declared) plus 18.4 % of the rest.
  const completa = suspicious || rng.chance(0.18 / 0.98);
  const { posesion, steps } = timeline(rng, firstYear, lastYear);
  const profile: Profile = createProfile(rng, inst, index, posesion, completa, suspicious);
  const state: PersonState = {
    profile,
    assets: completa ? createAssets(rng, profile, posesion) : emptyAssets(),
    interests: completa ? createInterests(rng, profile, posesion) : emptyInterests(),
  };
  let prevRef: string | null = null;
  for (const step of steps) {
    if (step.filed > asOf) return; // not filed yet
    if (prevRef) evolve(rng, state, prevRef, step.ref);
    const fc: FilingContext = {
      tipo: step.tipo,
      completa,
      ref: step.ref,
      periodStart: step.tipo === 'INICIAL' ? posesion : maxDate(`${step.ref.slice(0, 4)}-01-01`, posesion),
      fechaTomaPosesion: step.tipo === 'INICIAL' ? posesion : null,
      anioReportado: step.anioReportado,
      fechaConclusion: step.tipo === 'CONCLUSIÓN' ? step.ref : null,
    };
    const situacionPatrimonial: Json = {};
    const interes: Json = {};
    for (const def of sectionsFor(step.tipo, completa)) {
      (def.group === 'interes' ? interes : situacionPatrimonial)[def.name] = buildSection(state, fc, def);
    }
    const declaracion: Json = Object.keys(interes).length ? { situacionPatrimonial, interes } : { situacionPatrimonial };
    settleAll(state);
    prevRef = step.ref;
    yield {
      person: { ...profile.person },
      tipo: step.tipo,
      declaracionCompleta: completa,
      fechaTomaPosesion: fc.fechaTomaPosesion,
      anioReportado: fc.anioReportado,
      fechaConclusion: fc.fechaConclusion,
      filedAt: filedAt(rng, step.filed),
      // A deep copy, since the person's state keeps changing after this filing is handed out
      // (a JSON round trip: plain JSON by construction, and faster than structuredClone here).
      declaracion: JSON.parse(JSON.stringify(declaracion)) as Json,
    };
  }
}

/** Deterministic synthetic S1 v2 declarations: person by person, each person's filings in order. */
export function* generateFilings(options: GenerateOptions): Generator<GeneratedFiling> {
  const { seed, officials, years, institutionName } = options;
  if (!Number.isFinite(seed)) throw new Error('seed debe ser un número');
  if (!Number.isInteger(officials) || officials < 0) throw new Error('officials debe ser un entero ≥ 0');
  if (!Number.isInteger(years) || years < 1) throw new Error('years debe ser un entero ≥ 1');
  if (!institutionName?.trim()) throw new Error('institutionName es obligatorio');
  const asOf = options.asOf ?? defaultAsOf();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new Error('asOf debe tener el formato AAAA-MM-DD');
  const firstYear = options.firstYear ?? new Date().getUTCFullYear() - years;
  const lastYear = firstYear + years - 1;
  const inst = createInstitution(seed, institutionName);
  for (let i = 0; i < officials; i++) yield* personFilings(seed, inst, i, firstYear, lastYear, asOf);
}
