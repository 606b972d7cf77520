import fs from 'node:fs';
import path from 'node:path';
import type { StartDeclarationRequest } from '@veraz/contracts';
import { sectionDef, validateItem, type Tipo } from '@veraz/standards';
import type { DeclarationRow } from './declaration.types';
import { parsePeriod } from './drafting/period';
import { carryForward, compareSection } from './drafting/prefill';
import { extractColumns } from './filing/filing-document';
import { sectionRuleErrors } from './rules/business-rules';
import { unknownKeyErrors } from './rules/unknown-keys';

type Json = Record<string, any>;
const fixture = (name: string): Json =>
  JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../standards/test/fixtures', `${name}.json`), 'utf8'));
const section = (doc: Json, name: string): Json => doc.declaracion.situacionPatrimonial[name] ?? doc.declaracion.interes[name];
const def = (tipo: Tipo, name: string) => {
  const d = sectionDef(tipo, name);
  if (!d) throw new Error(`no section ${name}`);
  return d;
};
const TODAY = '2026-11-30';

function period(body: Partial<StartDeclarationRequest>) {
  try {
    parsePeriod(body as StartDeclarationRequest, TODAY);
    return [];
  } catch (err) {
    return (err as { errors: unknown[] }).errors;
  }
}

describe('the dates each tipo needs', () => {
  it('asks for the date or year that defines the period, in Spanish, by field', () => {
    expect(period({ tipo: 'INICIAL' })).toEqual([{ path: 'fechaTomaPosesion', message: 'indica una fecha válida (AAAA-MM-DD)' }]);
    expect(period({ tipo: 'INICIAL', fechaTomaPosesion: '2026-02-30' })).toEqual([{ path: 'fechaTomaPosesion', message: 'indica una fecha válida (AAAA-MM-DD)' }]);
    expect(period({ tipo: 'CONCLUSIÓN', fechaConclusion: '2027-01-01' })).toEqual([{ path: 'fechaConclusion', message: 'no puede ser una fecha futura' }]);
    expect(period({ tipo: 'MODIFICACIÓN', anioReportado: 2026 })).toEqual([{ path: 'anioReportado', message: 'debe ser un año entre 2000 y 2025' }]);
    expect(period({ tipo: 'MODIFICACIÓN', anioReportado: 2025 })).toEqual([]);
    expect(period({ tipo: 'INICIAL', actualizacionConflictoInteres: true })).toEqual([
      { path: 'tipo', message: 'la actualización de intereses se presenta con tipo MODIFICACIÓN' },
    ]);
    expect(period({ tipo: 'MODIFICACION' as never })[0]).toMatchObject({ path: 'tipo' });
  });

  it('gives one open-draft key per filer and period', () => {
    expect(parsePeriod({ tipo: 'MODIFICACIÓN', anioReportado: 2024 }, TODAY).key).toBe('MODIFICACIÓN:2024');
    expect(parsePeriod({ tipo: 'MODIFICACIÓN', actualizacionConflictoInteres: true }, TODAY).key).toBe('INTERESES');
  });
});

describe('carrying a filing forward into the next declaration', () => {
  it('marks carried items SIN_CAMBIOS and drops what the new tipo does not define', () => {
    const inicial = fixture('inicial-completa');
    const carried = carryForward('MODIFICACIÓN', def('MODIFICACIÓN', 'inversiones'), section(inicial, 'inversiones'));
    expect(carried.inversion).toHaveLength(section(inicial, 'inversiones').inversion.length);
    for (const item of carried.inversion as Json[]) {
      expect(item.tipoOperacion).toBe('SIN_CAMBIOS');
      expect(item).not.toHaveProperty('saldoSituacionActual');
      expect(item.localizacionInversion).toBeDefined();
    }
  });

  it('does not carry items reported as BAJA (a baja is reported once)', () => {
    const mod = fixture('modificacion-completa');
    const carried = carryForward('CONCLUSIÓN', def('CONCLUSIÓN', 'vehiculos'), section(mod, 'vehiculos'));
    expect((carried.vehiculo as Json[]).map((v) => v.marca)).toEqual(['Volkswagen', 'Mazda']);
  });

  it('reports per section what changed, ignoring tipoOperacion', () => {
    const inicial = fixture('inicial-completa');
    const d = def('MODIFICACIÓN', 'bienesMuebles');
    const before = section(inicial, 'bienesMuebles');
    const carried = carryForward('MODIFICACIÓN', d, before) as Json;
    expect(compareSection(d, carried, before)).toEqual({ section: 'bienesMuebles', change: 'SIN_CAMBIOS', items: { added: 0, removed: 0, unchanged: before.bienMueble.length } });
    const extra = { ...carried, bienMueble: [...carried.bienMueble, { ...carried.bienMueble[0], descripcionGeneralBien: 'REFRIGERADOR' }] };
    expect(compareSection(d, extra, before)).toMatchObject({ change: 'MODIFICADA', items: { added: 1, removed: 0 } });
    expect(compareSection(d, undefined, before).change).toBe('VACIA');
    expect(compareSection(d, carried, undefined).change).toBe('NUEVA');
  });
});

describe('business rules beyond the schema', () => {
  const inicial: Pick<DeclarationRow, 'tipo' | 'fechaTomaPosesion' | 'fechaConclusion' | 'anioReportado'> = {
    tipo: 'INICIAL',
    fechaTomaPosesion: '2023-01-16',
    fechaConclusion: null,
    anioReportado: null,
  };

  it('accepts every section of the reference filings', () => {
    for (const [name, tipo, d] of [
      ['inicial-completa', 'INICIAL', inicial],
      ['modificacion-completa', 'MODIFICACIÓN', { ...inicial, tipo: 'MODIFICACIÓN', fechaTomaPosesion: null, anioReportado: 2023 }],
      ['conclusion-completa', 'CONCLUSIÓN', { ...inicial, tipo: 'CONCLUSIÓN', fechaTomaPosesion: null, fechaConclusion: '2024-10-15' }],
    ] as const) {
      const doc = fixture(name);
      for (const group of ['situacionPatrimonial', 'interes']) {
        for (const [sectionName, data] of Object.entries(doc.declaracion[group] as Json)) {
          expect({ sectionName, errors: sectionRuleErrors(def(tipo, sectionName), data, d, TODAY) }).toEqual({ sectionName, errors: [] });
        }
      }
    }
  });

  it('keeps ninguno and the list consistent', () => {
    const d = def('INICIAL', 'vehiculos');
    expect(sectionRuleErrors(d, { ninguno: true, vehiculo: [{ marca: 'Nissan' }] }, inicial, TODAY)).toEqual([
      { path: 'vehiculo', message: 'marcaste «ninguno»: quita los elementos o desmarca la opción' },
    ]);
    expect(sectionRuleErrors(d, { ninguno: false, vehiculo: [] }, inicial, TODAY)).toEqual([{ path: 'vehiculo', message: 'agrega al menos un elemento o marca «ninguno»' }]);
    expect(sectionRuleErrors(d, { ninguno: true }, inicial, TODAY)).toEqual([]);
    expect(sectionRuleErrors(d, { ninguno: false, vehiculo: [{ tipoOperacion: 'AGREGAR' }, { tipoOperacion: 'AGREGAR', marca: 'Nissan' }] }, inicial, TODAY)).toEqual([
      { path: 'vehiculo[0]', message: 'este elemento está vacío: llénalo o quítalo' },
    ]);
  });

  it('rejects future dates, out-of-range percentages and a job date that contradicts the period', () => {
    const d = def('INICIAL', 'bienesInmuebles');
    const errors = sectionRuleErrors(d, { ninguno: false, bienInmueble: [{ fechaAdquisicion: '2027-01-01', porcentajePropiedad: 120 }] }, inicial, TODAY);
    expect(errors).toEqual([
      { path: 'bienInmueble[0].fechaAdquisicion', message: 'la fecha no puede ser posterior a hoy' },
      { path: 'bienInmueble[0].porcentajePropiedad', message: 'debe estar entre 0 y 100' },
    ]);
    const job = sectionRuleErrors(def('INICIAL', 'datosEmpleoCargoComision'), { fechaTomaPosesion: '2023-02-01' }, inicial, TODAY);
    expect(job).toEqual([{ path: 'fechaTomaPosesion', message: 'debe coincidir con la fecha de toma de posesión de esta declaración (2023-01-16)' }]);
  });
});

describe('columns extracted at filing time', () => {
  it('reads the declarant-only income name of each tipo and the public job data', () => {
    expect(extractColumns(fixture('inicial-completa'))).toMatchObject({ totalIngresosNetos: 104550, entidadFederativa: '14', municipioAlcaldia: '039', nivelOrdenGobierno: 'ESTATAL' });
    expect(extractColumns(fixture('modificacion-completa')).totalIngresosNetos).toBe(1613200);
    expect(extractColumns(fixture('conclusion-completa')).totalIngresosNetos).toBe(1584675);
    const b = extractColumns(fixture('inicial-simplificada'));
    expect(b).toMatchObject({ nombres: 'María Fernanda', primerApellido: 'Ordóñez', escolaridadNiveles: ['BCH', 'LIC'], municipioAlcaldia: '098' });
    expect(validateItem('INICIAL', fixture('inicial-simplificada'))).toEqual([]);
  });
});

describe('what a section may hold', () => {
  it('refuses keys the standard does not define for the section and tipo, with their paths', () => {
    expect(unknownKeyErrors('INICIAL', 'datosGenerales', { nombre: 'Ana', notaInterna: 'x', rfc: { rfc: 'AAAA000101', extra: 1 } })).toEqual([
      { path: 'notaInterna', message: 'no es un campo del estándar S1 para esta sección' },
      { path: 'rfc.extra', message: 'no es un campo del estándar S1 para esta sección' },
    ]);
    const inicial = section(fixture('inicial-completa'), 'inversiones');
    expect(unknownKeyErrors('INICIAL', 'inversiones', inicial)).toEqual([]);
    expect(unknownKeyErrors('MODIFICACIÓN', 'inversiones', inicial)[0]).toEqual({
      path: 'inversion[0].saldoSituacionActual',
      message: 'no es un campo del estándar S1 para esta sección',
    });
  });

  it('asks for the balance of the tipo and for real dates where the OAS has no date format', () => {
    const mod = { tipo: 'MODIFICACIÓN' as const, fechaTomaPosesion: null, fechaConclusion: null, anioReportado: 2023 };
    const carried = carryForward('MODIFICACIÓN', def('MODIFICACIÓN', 'inversiones'), section(fixture('inicial-completa'), 'inversiones'));
    expect(sectionRuleErrors(def('MODIFICACIÓN', 'inversiones'), carried, mod, TODAY)[0]).toEqual({
      path: 'inversion[0].saldoDiciembreAnterior',
      message: 'indica el saldo a la fecha que reporta esta declaración',
    });
    expect(sectionRuleErrors(def('MODIFICACIÓN', 'datosEmpleoCargoComision'), { fechaTomaPosesion: '01/06/2023' }, mod, TODAY)).toEqual([
      { path: 'fechaTomaPosesion', message: 'escribe la fecha con el formato AAAA-MM-DD' },
    ]);
  });
});
