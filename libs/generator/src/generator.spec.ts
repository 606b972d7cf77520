import { curpProblem, rfcPersonaFisicaProblem } from '@veraz/accounts';
import { catalogs, oasDocument, sectionForm, sectionsFor, toSectionJson, validateItem, validateSectionComplete, type Tipo } from '@veraz/standards';
import { sectionRuleErrors, unknownKeyErrors } from '@veraz/declarations';
import { createRandom, generateFilings, type GeneratedFiling } from './index';

type Json = Record<string, unknown>;

const INSTITUTION = 'Contraloría del Estado de Jalisco';
const TODAY = new Date().toISOString().slice(0, 10);
const FIRST_YEAR = new Date().getUTCFullYear() - 4;
// The sample of the brief: seed 7, 300 officials, 4 years (defaults for firstYear and asOf).
const SAMPLE: GeneratedFiling[] = [...generateFilings({ seed: 7, officials: 300, years: 4, institutionName: INSTITUTION })];

/** Income property names from the three OAS: public pay, other incomes, declarant, partner, total. */
const INCOME_KEYS: Record<Tipo | 'ANTERIOR', readonly string[]> = {
  INICIAL: ['remuneracionMensualCargoPublico', 'otrosIngresosMensualesTotal', 'ingresoMensualNetoDeclarante', 'ingresoMensualNetoParejaDependiente', 'totalIngresosMensualesNetos'],
  MODIFICACIÓN: ['remuneracionAnualCargoPublico', 'otrosIngresosAnualesTotal', 'ingresoAnualNetoDeclarante', 'ingresoAnualNetoParejaDependiente', 'totalIngresosAnualesNetos'],
  CONCLUSIÓN: ['remuneracionConclusionCargoPublico', 'otrosIngresosConclusionTotal', 'ingresoConclusionNetoDeclarante', 'ingresoConclusionNetoParejaDependiente', 'totalIngresosConclusionNetos'],
  ANTERIOR: ['remuneracionNetaCargoPublico', 'otrosIngresosTotal', 'ingresoNetoAnualDeclarante', 'ingresoNetoAnualParejaDependiente', 'totalIngresosNetosAnuales'],
};

const group = (f: GeneratedFiling, name: string) => f.declaracion[name] as Json | undefined;

/** Every node of a JSON value with its path. */
function* nodes(value: unknown, path = ''): Generator<[string, unknown, string]> {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* nodes(item, `${path}[${i}]`);
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      const childPath = path ? `${path}.${key}` : key;
      yield [key, child, childPath];
      yield* nodes(child, childPath);
    }
  }
}

/** What the form sends for a value: optional empty lists carry nothing and are left out. */
function withoutEmptyLists(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmptyLists);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => !(Array.isArray(v) && v.length === 0)).map(([k, v]) => [k, withoutEmptyLists(v)]));
  }
  return value;
}

/** Paths present in `before` that `after` lacks or holds with another value. */
function lostPaths(before: unknown, after: unknown, path = ''): string[] {
  if (before && typeof before === 'object') {
    if (!after || typeof after !== 'object') return [path];
    return Object.entries(before).flatMap(([k, v]) => lostPaths(v, (after as Json)[k], path ? `${path}.${k}` : k));
  }
  return before === after ? [] : [path];
}

function byPerson(filings: GeneratedFiling[]): GeneratedFiling[][] {
  const map = new Map<string, GeneratedFiling[]>();
  for (const f of filings) map.set(f.person.email, [...(map.get(f.person.email) ?? []), f]);
  return [...map.values()];
}

function s1Item(f: GeneratedFiling, i: number): Json {
  return {
    id: i.toString(16).padStart(24, '0'),
    metadata: { actualizacion: f.filedAt, institucion: INSTITUTION, tipo: f.tipo, declaracionCompleta: f.declaracionCompleta, actualizacionConflictoInteres: false },
    declaracion: f.declaracion,
  };
}

describe('generateFilings', () => {
  it('produces some thousands of filings of the three tipos', () => {
    expect(SAMPLE.length).toBeGreaterThan(1000);
    expect(new Set(SAMPLE.map((f) => f.tipo))).toEqual(new Set(['INICIAL', 'MODIFICACIÓN', 'CONCLUSIÓN']));
  });

  it('validates every filing against the official OAS of its tipo', () => {
    const failures: string[] = [];
    SAMPLE.forEach((f, i) => {
      for (const e of validateItem(f.tipo, s1Item(f, i))) failures.push(`#${i} ${f.tipo} ${e.path}: ${e.message}`);
    });
    expect(failures.slice(0, 10)).toEqual([]);
  });

  it('fills exactly the sections of the tipo and format, each complete and within the business rules', () => {
    const failures: string[] = [];
    SAMPLE.forEach((f, i) => {
      const defs = sectionsFor(f.tipo, f.declaracionCompleta);
      const expected = defs.map((d) => `${d.group}.${d.name}`).sort();
      const actual = ['situacionPatrimonial', 'interes'].flatMap((g) => Object.keys(group(f, g) ?? {}).map((n) => `${g}.${n}`)).sort();
      if (JSON.stringify(actual) !== JSON.stringify(expected)) failures.push(`#${i} ${f.tipo}: sections ${actual.join(',')}`);
      const declaration = { tipo: f.tipo, fechaTomaPosesion: f.fechaTomaPosesion, fechaConclusion: f.fechaConclusion, anioReportado: f.anioReportado };
      for (const def of defs) {
        const data = group(f, def.group)![def.name] as Json;
        const problems = [
          ...validateSectionComplete(f.tipo, def.name, data),
          ...sectionRuleErrors(def, data, declaration, TODAY),
          ...unknownKeyErrors(f.tipo, def.name, data),
        ];
        for (const e of problems) failures.push(`#${i} ${f.tipo} ${def.name}.${e.path}: ${e.message}`);
      }
    });
    expect(failures.slice(0, 10)).toEqual([]);
  });

  it('carries no field that the form would hide and drop on save (the DOF conditions of form/rules)', () => {
    const dropped: string[] = [];
    SAMPLE.forEach((f, i) => {
      for (const [groupName, sections] of Object.entries(f.declaracion)) {
        for (const [name, data] of Object.entries(sections as Json)) {
          const saved = toSectionJson(sectionForm(oasDocument(f.tipo), name).root, data);
          dropped.push(...lostPaths(withoutEmptyLists(data), saved).map((p) => `#${i} ${f.tipo} ${groupName}.${name}.${p}`));
        }
      }
    });
    expect(dropped.slice(0, 5)).toEqual([]);
  });

  it('uses exact catalog pairs (free text only under OTRO), whole non-negative amounts and dates up to today', () => {
    const pairs = new Set<string>();
    // NFC: the OAS enums are precomposed; one catalog file has a decomposed «UNIÓN».
    for (const name of catalogs.names()) for (const e of catalogs.list(name)) pairs.add(`${e.clave}|${e.valor.normalize('NFC')}`);
    for (const ent of catalogs.entidades()) {
      pairs.add(`${ent.clave}|${ent.valor}`);
      for (const m of catalogs.municipios(ent.clave)) pairs.add(`${m.clave}|${m.valor}`);
    }
    const failures: string[] = [];
    SAMPLE.forEach((f, i) => {
      for (const [key, value, path] of nodes(f.declaracion)) {
        if (value && typeof value === 'object' && !Array.isArray(value)) {
          const o = value as Json;
          if ('clave' in o && 'valor' in o && !['OTRO', 'OTR', 'O'].includes(o.clave as string) && !pairs.has(`${o.clave}|${o.valor}`)) failures.push(`#${i} ${path}: ${o.clave}|${o.valor}`);
          if ('moneda' in o && (!Number.isInteger(o.valor) || (o.valor as number) < 0 || !['MXN', 'USD'].includes(o.moneda as string))) failures.push(`#${i} ${path}: ${JSON.stringify(o)}`);
        }
        if (key.startsWith('fecha') && !(typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && value <= TODAY)) failures.push(`#${i} ${path}: ${value}`);
      }
      if (f.filedAt.slice(0, 10) > TODAY) failures.push(`#${i} filedAt ${f.filedAt}`);
    });
    expect(failures.slice(0, 10)).toEqual([]);
  });

  it('keeps lists to 4 items and makes every income total the sum of its parts', () => {
    const failures: string[] = [];
    const v = (x: unknown) => (x as { valor: number } | undefined)?.valor ?? 0;
    SAMPLE.forEach((f, i) => {
      for (const def of sectionsFor(f.tipo, f.declaracionCompleta)) {
        const list = def.listKey ? (group(f, def.group)![def.name] as Json)[def.listKey] : undefined;
        if (Array.isArray(list) && list.length > 4) failures.push(`#${i} ${def.name}: ${list.length} items`);
      }
      const sp = f.declaracion.situacionPatrimonial as Json;
      const checks: Array<[string, Json | undefined, readonly string[]]> = [['ingresos', sp.ingresos as Json, INCOME_KEYS[f.tipo]], ['actividadAnualAnterior', sp.actividadAnualAnterior as Json, INCOME_KEYS.ANTERIOR]];
      for (const [section, d, [cargoKey, otrosKey, declaranteKey, parejaKey, totalKey]] of checks) {
        if (!d || d.servidorPublicoAnioAnterior === false) continue;
        let otros = 0;
        for (const [name, value] of Object.entries(d)) {
          if (!value || typeof value !== 'object' || !('remuneracionTotal' in value)) continue;
          const items = Object.values(value).find(Array.isArray) as Json[];
          if (v((value as Json).remuneracionTotal) !== items.reduce((s, x) => s + v(x.remuneracion), 0)) failures.push(`#${i} ${section}.${name}: total`);
          otros += v((value as Json).remuneracionTotal);
        }
        const [cargo, declarante, pareja, total] = [v(d[cargoKey!]), v(d[declaranteKey!]), v(d[parejaKey!]), v(d[totalKey!])];
        if (!(cargoKey! in d) || v(d[otrosKey!]) !== otros) failures.push(`#${i} ${section}: ${cargoKey} or ${otrosKey}`);
        if (declarante !== cargo + otros || total !== declarante + pareja) failures.push(`#${i} ${section}: ${cargo}+${otros}=${declarante}, +${pareja}=${total}`);
        if (f.declaracionCompleta !== (parejaKey! in d)) failures.push(`#${i} ${section}: ${parejaKey} only in the complete format`);
      }
    });
    expect(failures.slice(0, 10)).toEqual([]);
  });

  it('is deterministic: same seed, same output; another seed, other output; person i does not depend on the count', () => {
    const run = (seed: number, officials: number) => [...generateFilings({ seed, officials, years: 3, institutionName: INSTITUTION, asOf: '2025-12-31', firstYear: 2022 })];
    const a = run(42, 20);
    expect(run(42, 20)).toEqual(a);
    expect(run(43, 20)).not.toEqual(a);
    const ten = run(42, 10);
    expect(a.slice(0, ten.length)).toEqual(ten);
    expect(a[ten.length]!.person.email).not.toBe(ten[ten.length - 1]!.person.email);
  });

  it('gives valid CURPs and RFCs that agree with each other and with the name', () => {
    const failures: string[] = [];
    const plainInitial = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toUpperCase()[0];
    for (const f of SAMPLE) {
      const p = f.person;
      if (curpProblem(p.curp)) failures.push(`${p.curp}: ${curpProblem(p.curp)}`);
      if (rfcPersonaFisicaProblem(p.rfc, p.homoclave)) failures.push(`${p.rfc}${p.homoclave}: ${rfcPersonaFisicaProblem(p.rfc, p.homoclave)?.message}`);
      if (p.curp.slice(0, 10) !== p.rfc) failures.push(`${p.curp} vs ${p.rfc}`);
      if (!/^(DE|DEL) /i.test(p.primerApellido) && p.curp[0] !== plainInitial(p.primerApellido)) failures.push(`${p.curp} vs ${p.primerApellido}`);
      if (!/^(DE|DEL) /i.test(p.segundoApellido ?? '') && p.curp[2] !== (p.segundoApellido ? plainInitial(p.segundoApellido) : 'X')) failures.push(`${p.curp} vs ${p.segundoApellido}`);
      const dg = (f.declaracion.situacionPatrimonial as Json).datosGenerales as Json;
      if (dg.curp !== p.curp || (dg.rfc as Json).rfc !== p.rfc || (dg.rfc as Json).homoClave !== p.homoclave || dg.nombre !== p.nombre) failures.push(`datosGenerales of ${p.curp}`);
      // Relatives and third parties: every CURP is valid, personas físicas have 13-character RFCs, morales 12.
      for (const [key, value, path] of nodes(f.declaracion)) {
        if (key === 'curp' && curpProblem(value as string)) failures.push(`${path}: ${value} ${curpProblem(value as string)}`);
        if (value && typeof value === 'object' && 'tipoPersona' in value && 'rfc' in value) {
          const { tipoPersona, rfc } = value as { tipoPersona: string; rfc: string };
          if (tipoPersona === 'FISICA' && (rfc.length !== 13 || rfcPersonaFisicaProblem(rfc.slice(0, 10), rfc.slice(10)))) failures.push(`${path}: ${rfc}`);
          if (tipoPersona === 'MORAL' && rfc.length !== 12) failures.push(`${path}: ${rfc}`);
        }
      }
    }
    expect(failures.slice(0, 10)).toEqual([]);
  });

  it('follows the legal calendar: INICIAL first, a MODIFICACIÓN every May, at most one final CONCLUSIÓN', () => {
    const failures: string[] = [];
    const days = (a: string, b: string) => (Date.parse(b.slice(0, 10)) - Date.parse(a)) / 86_400_000;
    for (const history of byPerson(SAMPLE)) {
      const [first, ...rest] = history;
      const who = first!.person.curp;
      if (first!.tipo !== 'INICIAL') failures.push(`${who} starts with ${first!.tipo}`);
      const lag = days(first!.fechaTomaPosesion!, first!.filedAt);
      if (lag < 1 || lag > 60) failures.push(`${who} INICIAL filed ${lag} days after taking office`);
      let year = Number(first!.fechaTomaPosesion!.slice(0, 4));
      rest.forEach((f, i) => {
        if (f.filedAt <= history[i]!.filedAt) failures.push(`${who} filings out of order`);
        if (f.tipo === 'MODIFICACIÓN') {
          if (f.anioReportado !== year) failures.push(`${who} reports ${f.anioReportado}, expected ${year}`);
          if (!f.filedAt.startsWith(`${year + 1}-05-`)) failures.push(`${who} MODIFICACIÓN ${year} filed ${f.filedAt}`);
          if (year > FIRST_YEAR + 3) failures.push(`${who} reports ${year}, after the last year`);
          year++;
        } else if (f.tipo === 'CONCLUSIÓN') {
          if (i !== rest.length - 1) failures.push(`${who} CONCLUSIÓN is not last`);
          const lagEnd = days(f.fechaConclusion!, f.filedAt);
          if (lagEnd < 1 || lagEnd > 60) failures.push(`${who} CONCLUSIÓN filed ${lagEnd} days after leaving`);
        } else failures.push(`${who} has a second INICIAL`);
      });
      // Every AGREGAR of an INICIAL; later filings carry the other operations too.
      const ops = (f: GeneratedFiling) => [...nodes(f.declaracion)].filter(([k]) => k === 'tipoOperacion').map(([, v]) => v);
      if (ops(first!).some((op) => op !== 'AGREGAR')) failures.push(`${who} INICIAL with ${ops(first!).join(',')}`);
    }
    expect(failures.slice(0, 10)).toEqual([]);
    const later = new Set(SAMPLE.filter((f) => f.tipo !== 'INICIAL').flatMap((f) => [...nodes(f.declaracion)].filter(([k]) => k === 'tipoOperacion').map(([, v]) => v)));
    expect(later).toEqual(new Set(['AGREGAR', 'SIN_CAMBIOS', 'MODIFICAR', 'BAJA']));
  });

  it('has the expected shares and the variety later analyses rely on', () => {
    const people = byPerson(SAMPLE).map((h) => h[0]!.person);
    const simplified = people.filter((p) => !p.declaracionCompleta).length / people.length;
    expect(simplified).toBeGreaterThan(0.75);
    expect(simplified).toBeLessThan(0.85);
    // A larger population for the small share of suspicious people (one filing each suffices).
    const crowd = [...generateFilings({ seed: 11, officials: 3000, years: 1, institutionName: INSTITUTION })].filter((f) => f.tipo === 'INICIAL');
    const suspicious = crowd.filter((f) => f.person.suspicious).length / crowd.length;
    expect(suspicious).toBeGreaterThan(0.012);
    expect(suspicious).toBeLessThan(0.03);
    expect(crowd.filter((f) => !f.declaracionCompleta).length / crowd.length).toBeCloseTo(0.8, 1);

    const all = SAMPLE.flatMap((f) => [...nodes(f.declaracion)]);
    const inmuebles = all.filter(([k]) => k === 'bienInmueble').flatMap(([, v]) => v as Json[]);
    const titulares = (i: Json) => (i.titular as Json[]).map((t) => t.clave);
    expect(inmuebles.some((i) => titulares(i).includes('CTER') && (i.tercero as Json[])[0]!.tipoPersona === 'FISICA')).toBe(true);
    expect(inmuebles.some((i) => titulares(i).includes('CTER') && (i.tercero as Json[])[0]!.tipoPersona === 'MORAL')).toBe(true);
    expect(inmuebles.some((i) => titulares(i).join() === 'CYG')).toBe(true);
    expect(all.some(([k, v]) => k === 'tipoPersona' && v === 'MORAL')).toBe(true);
    expect(all.some(([k]) => k === 'domicilioExtranjero')).toBe(true);
    expect(all.some(([k, v]) => k === 'moneda' && v === 'USD')).toBe(true);
    const names = people.map((p) => [p.nombre, p.primerApellido, p.segundoApellido].join(' '));
    expect(names.some((n) => /ñ/i.test(n))).toBe(true);
    expect(names.some((n) => /[áéíóú]/i.test(n))).toBe(true);
    expect(people.some((p) => p.segundoApellido === null)).toBe(true);
  });

  it('makes the wealth of suspicious people outgrow their income', () => {
    const crowd = [...generateFilings({ seed: 5, officials: 1500, years: 4, institutionName: INSTITUTION, firstYear: 2021, asOf: '2025-12-31' })];
    const saldo = (f: GeneratedFiling) => {
      const list = ((f.declaracion.situacionPatrimonial as Json).inversiones as Json).inversion as Json[] | undefined;
      return (list ?? []).reduce((s, inv) => s + ((Object.entries(inv).find(([k]) => k.startsWith('saldo'))![1] as Json).valor as number), 0);
    };
    const growth = (h: GeneratedFiling[]) => {
      const mods = h.filter((f) => f.tipo === 'MODIFICACIÓN');
      return mods.length >= 2 ? Math.pow(saldo(mods[mods.length - 1]!) / Math.max(1, saldo(mods[0]!)), 1 / (mods.length - 1)) : null;
    };
    const histories = byPerson(crowd).filter((h) => h[0]!.declaracionCompleta);
    const suspicious = histories.filter((h) => h[0]!.person.suspicious).map(growth).filter((g): g is number => g !== null);
    const normal = histories.filter((h) => !h[0]!.person.suspicious).map(growth).filter((g): g is number => g !== null).sort((a, b) => a - b);
    expect(suspicious.length).toBeGreaterThan(5);
    expect(Math.min(...suspicious)).toBeGreaterThan(1.5);
    expect(normal[Math.floor(normal.length / 2)]).toBeLessThan(1.2);
  });
});

describe('createRandom', () => {
  it('repeats its sequence for a seed and keeps every helper in range', () => {
    const a = createRandom(3);
    const b = createRandom(3);
    const seq = Array.from({ length: 50 }, () => a.next());
    expect(Array.from({ length: 50 }, () => b.next())).toEqual(seq);
    expect(createRandom(4).next()).not.toBe(seq[0]);
    const r = createRandom(9);
    for (let i = 0; i < 2000; i++) {
      const n = r.int(-3, 3);
      expect(n >= -3 && n <= 3 && Number.isInteger(n)).toBe(true);
      const d = r.date('2024-02-27', '2024-03-02');
      expect(d >= '2024-02-27' && d <= '2024-03-02').toBe(true);
    }
    expect(r.pick(['x'])).toBe('x');
    expect(r.chance(0)).toBe(false);
    expect(r.chance(1)).toBe(true);
    const normals = Array.from({ length: 5000 }, () => r.normal());
    expect(Math.abs(normals.reduce((s, x) => s + x, 0) / normals.length)).toBeLessThan(0.1);
  });
});
