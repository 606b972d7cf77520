import type { DeclarationView } from '@veraz/contracts';
import { seedWorld, login } from '../support/seed';
import { startTestApp, type TestApp } from '../support/test-app';
import { DeclarationsApi, LEVEL, PERIOD, fixture, sectionsOf, type Filer, type Json } from './helpers';

/**
 * Issue 14: the totals the DOF forms fill in automatically (II.n, II, A = I + II, C = A + B) are the
 * server's to compute. Whatever a client sends for them, the saved section and the signed filing carry
 * the sums of what the filer typed.
 */
describe('automatic income totals over HTTP', () => {
  let t: TestApp;
  let api: DeclarationsApi;
  let filer: Filer;
  let declaration: DeclarationView;
  const mxn = (valor: number) => ({ valor, moneda: 'MXN' });

  beforeAll(async () => {
    t = await startTestApp({ processJobs: false });
    const world = await seedWorld(t);
    api = new DeclarationsApi(t, (await login(t, world.adminA.email)).token);
    filer = await api.filer('totales', LEVEL.completa);
    declaration = await api.start(filer.token, { ...PERIOD['inicial-completa'], prefill: false });
  });
  afterAll(() => t?.close());

  it('stores the sums, not the totals a client typed, and the section is complete', async () => {
    const typed: Json = {
      remuneracionMensualCargoPublico: mxn(40000),
      otrosIngresosMensualesTotal: mxn(1),
      actividadFinanciera: { remuneracionTotal: mxn(2), actividades: [{ remuneracion: mxn(1200.5), tipoInstrumento: { clave: 'CAP', valor: 'CAPITAL' } }] },
      serviciosProfesionales: { servicios: [{ remuneracion: mxn(3000), tipoServicio: 'Docencia' }, { remuneracion: mxn(800), tipoServicio: 'Asesoría' }] },
      ingresoMensualNetoDeclarante: mxn(3),
      ingresoMensualNetoParejaDependiente: mxn(15000),
      totalIngresosMensualesNetos: mxn(4),
    };
    const { section } = await api.save(filer.token, declaration.id, 'ingresos', typed, 0);
    expect(section.status).toBe('completa');
    expect(section.data).toMatchObject({
      actividadFinanciera: { remuneracionTotal: mxn(1200.5) },
      serviciosProfesionales: { remuneracionTotal: mxn(3800) },
      otrosIngresosMensualesTotal: mxn(5000.5),
      ingresoMensualNetoDeclarante: mxn(45000.5),
      ingresoMensualNetoParejaDependiente: mxn(15000),
      totalIngresosMensualesNetos: mxn(60000.5),
    });
    expect((await api.section(filer.token, declaration.id, 'ingresos')).data).toEqual(section.data);
  });

  it('a total over amounts in two currencies stays pending with a Spanish message on its path', async () => {
    const before = await api.section(filer.token, declaration.id, 'ingresos');
    const body = { remuneracionMensualCargoPublico: mxn(40000), actividadFinanciera: { actividades: [{ remuneracion: { valor: 100, moneda: 'USD' } }] } };
    const { section } = await api.save(filer.token, declaration.id, 'ingresos', body, before.version);
    expect(section.status).toBe('en captura');
    expect(section.pending).toEqual(
      expect.arrayContaining([{ path: 'ingresoMensualNetoDeclarante', message: 'los montos que se suman aquí deben estar en la misma moneda' }]),
    );
  });

  it('the signed filing carries the computed totals of the reference INICIAL, sent without them', async () => {
    const other = await api.filer('totales.firma', LEVEL.completa);
    const start = await api.start(other.token, { ...PERIOD['inicial-completa'], prefill: false });
    const item = fixture('inicial-completa');
    const expected = sectionsOf(item);
    const ingresos = structuredClone(expected.ingresos) as Json;
    // A client that leaves the automatic amounts out entirely.
    for (const key of ['otrosIngresosMensualesTotal', 'ingresoMensualNetoDeclarante', 'totalIngresosMensualesNetos']) delete ingresos[key];
    for (const group of Object.values(ingresos)) if (group && typeof group === 'object' && 'remuneracionTotal' in group) delete (group as Json).remuneracionTotal;
    const stripped = { ...item, declaracion: { ...item.declaracion, situacionPatrimonial: { ...item.declaracion.situacionPatrimonial, ingresos } } };
    const filled = await api.fill(other.token, start, stripped);
    expect(filled.sections.filter((s) => s.status !== 'completa' && s.status !== 'ninguno')).toEqual([]);
    const filing = await api.signed(other.token, start.id);
    const res = await api.filing(other.token, filing.id).expect(200);
    expect(res.body.document.declaracion.situacionPatrimonial.ingresos).toEqual(expected.ingresos);
  });
});
