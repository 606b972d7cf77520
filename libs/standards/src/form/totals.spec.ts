import fs from 'node:fs';
import path from 'node:path';
import { fieldText } from './labels';
import { oasDocument } from '../validation';
import { loadFormLabels } from '../data';
import { TIPOS, type Tipo } from '../tipos';
import { computedAmountErrors, isComputedAmount, withComputedAmounts } from './totals';
import { sectionForm, walkNodes } from './tree';
import type { FormLabelsData } from './labels';

const FIXTURES = path.join(__dirname, '..', '..', 'test', 'fixtures');
const mxn = (valor: number) => ({ valor, moneda: 'MXN' });

describe('automatic totals of ingresos and actividadAnualAnterior', () => {
  it('computes II.n from its items, II, A = I + II and C = A + B (INICIAL, monthly wording)', () => {
    const typed = {
      remuneracionMensualCargoPublico: mxn(30000.1),
      actividadFinanciera: { actividades: [{ remuneracion: mxn(1000.1) }, { remuneracion: mxn(500.1) }] },
      otrosIngresos: { ingresos: [{ remuneracion: mxn(250) }], remuneracionTotal: mxn(999999) },
      ingresoMensualNetoParejaDependiente: mxn(12000),
      ingresoMensualNetoDeclarante: mxn(1),
    };
    const out = withComputedAmounts('ingresos', 'INICIAL', typed) as Record<string, any>;
    expect(out.actividadFinanciera.remuneracionTotal).toEqual(mxn(1500.2));
    expect(out.otrosIngresos.remuneracionTotal).toEqual(mxn(250));
    expect(out.otrosIngresosMensualesTotal).toEqual(mxn(1750.2));
    expect(out.ingresoMensualNetoDeclarante).toEqual(mxn(31750.3));
    expect(out.totalIngresosMensualesNetos).toEqual(mxn(43750.3));
    // The filer's own amounts are kept as typed.
    expect(out.remuneracionMensualCargoPublico).toEqual(mxn(30000.1));
    expect(out.ingresoMensualNetoParejaDependiente).toEqual(mxn(12000));
    expect(computedAmountErrors('ingresos', 'INICIAL', out)).toEqual([]);
    expect(computedAmountErrors('ingresos', 'INICIAL', typed)).toEqual([
      { path: 'actividadFinanciera.remuneracionTotal', message: 'se calcula automáticamente y debe ser 1500.2 MXN' },
      { path: 'otrosIngresos.remuneracionTotal', message: 'se calcula automáticamente y debe ser 250 MXN' },
      { path: 'otrosIngresosMensualesTotal', message: 'se calcula automáticamente y debe ser 1750.2 MXN' },
      { path: 'ingresoMensualNetoDeclarante', message: 'se calcula automáticamente y debe ser 31750.3 MXN' },
      { path: 'totalIngresosMensualesNetos', message: 'se calcula automáticamente y debe ser 43750.3 MXN' },
    ]);
  });

  it('uses the names of each tipo and of the previous year, and computes nothing for an untouched section', () => {
    const mod = withComputedAmounts('ingresos', 'MODIFICACIÓN', { remuneracionAnualCargoPublico: mxn(100) }) as Record<string, unknown>;
    expect(mod).toEqual({ remuneracionAnualCargoPublico: mxn(100), otrosIngresosAnualesTotal: mxn(0), ingresoAnualNetoDeclarante: mxn(100), totalIngresosAnualesNetos: mxn(100) });
    const conc = withComputedAmounts('ingresos', 'CONCLUSIÓN', { remuneracionConclusionCargoPublico: mxn(7), enajenacionBienes: { bienes: [{ remuneracion: mxn(3) }] } }) as Record<string, unknown>;
    expect(conc.totalIngresosConclusionNetos).toEqual(mxn(10));
    const previous = { servidorPublicoAnioAnterior: true, remuneracionNetaCargoPublico: mxn(5), ingresoNetoAnualParejaDependiente: mxn(2) };
    expect(withComputedAmounts('actividadAnualAnterior', 'INICIAL', previous)).toEqual({ ...previous, otrosIngresosTotal: mxn(0), ingresoNetoAnualDeclarante: mxn(5), totalIngresosNetosAnuales: mxn(7) });
    expect(withComputedAmounts('actividadAnualAnterior', 'INICIAL', { servidorPublicoAnioAnterior: false })).toEqual({ servidorPublicoAnioAnterior: false });
    expect(withComputedAmounts('ingresos', 'INICIAL', {})).toEqual({});
    expect(withComputedAmounts('bienesInmuebles', 'INICIAL', { ninguno: true })).toEqual({ ninguno: true });
  });

  it('does not add pesos to dollars: the total says why instead', () => {
    const data = { remuneracionMensualCargoPublico: mxn(100), actividadFinanciera: { actividades: [{ remuneracion: { valor: 5, moneda: 'USD' } }] } };
    const out = withComputedAmounts('ingresos', 'INICIAL', data) as Record<string, any>;
    expect(out.actividadFinanciera.remuneracionTotal).toEqual({ valor: 5, moneda: 'USD' });
    expect(out.otrosIngresosMensualesTotal).toEqual({ valor: 5, moneda: 'USD' });
    expect(out.ingresoMensualNetoDeclarante).toBeUndefined();
    expect(computedAmountErrors('ingresos', 'INICIAL', out)).toEqual([
      { path: 'ingresoMensualNetoDeclarante', message: 'los montos que se suman aquí deben estar en la misma moneda' },
      { path: 'totalIngresosMensualesNetos', message: 'los montos que se suman aquí deben estar en la misma moneda' },
    ]);
  });

  it('the reference filings already carry the sums the app computes', () => {
    for (const file of fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.json') && !f.endsWith('.publica.json'))) {
      const item = JSON.parse(fs.readFileSync(path.join(FIXTURES, file), 'utf8'));
      const sp = item.declaracion.situacionPatrimonial;
      for (const section of ['ingresos', 'actividadAnualAnterior']) {
        if (sp[section]) expect([file, section, computedAmountErrors(section, item.metadata.tipo, sp[section])]).toEqual([file, section, []]);
      }
    }
  });

  it.each(TIPOS)('every field computed in %s is a money field whose label says so (etiquetas.json)', (tipo: Tipo) => {
    const labels = loadFormLabels() as FormLabelsData;
    const computed: string[] = [];
    for (const section of ['ingresos', 'actividadAnualAnterior']) {
      let form;
      try {
        form = sectionForm(oasDocument(tipo), section);
      } catch {
        continue; // MODIFICACIÓN has no actividadAnualAnterior
      }
      for (const node of walkNodes(form.root)) if (isComputedAmount(node.labelPath, tipo)) computed.push(`${node.labelPath}:${node.kind}`);
    }
    // II, A, C and the II.n of the tipo (INICIAL has no enajenación de bienes in ingresos).
    const perSection = (tipo === 'INICIAL' ? 4 : 5) + 3;
    const previousYear = tipo === 'MODIFICACIÓN' ? 0 : 8;
    expect(computed).toHaveLength(perSection + previousYear);
    for (const entry of computed) expect(entry).toMatch(/:money$/);
    const sums = computed.filter((entry) => !entry.includes('remuneracionTotal')).map((entry) => fieldText(labels, entry.split(':')[0]!, tipo).help);
    expect(new Set(sums)).toEqual(new Set(['Se calcula automáticamente.']));
  });
});
