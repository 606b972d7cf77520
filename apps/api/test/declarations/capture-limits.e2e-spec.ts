import type { DeclarationView } from '@veraz/contracts';
import { seedWorld, login, bearer } from '../support/seed';
import { startTestApp, type TestApp } from '../support/test-app';
import { DeclarationsApi, LEVEL, PERIOD, fixture, sectionsOf, type Filer, type Json } from './helpers';

/**
 * Issue 13, items 7 and 8: a text past its limit, a number that is not finite or out of range, and a
 * currency outside ISO 4217 get a 400 naming the field, in Spanish, and the draft saved before stays
 * as it was. The limits themselves are in standards/formulario/limites.json.
 */
describe('capture limits on declaration sections', () => {
  let t: TestApp;
  let admin: string;
  let api: DeclarationsApi;
  let filer: Filer;
  let declaration: DeclarationView;
  const data = sectionsOf(fixture('inicial-completa'));

  beforeAll(async () => {
    t = await startTestApp({ processJobs: false });
    const world = await seedWorld(t);
    admin = (await login(t, world.adminA.email)).token;
    api = new DeclarationsApi(t, admin);
    filer = await api.filer('limites', LEVEL.completa);
    declaration = await api.start(filer.token, PERIOD['inicial-completa']);
    await api.fill(filer.token, declaration, fixture('inicial-completa'), ['datosGenerales', 'ingresos', 'bienesInmuebles']);
  });
  afterAll(() => t?.close());

  async function saved(name: string) {
    return api.section(filer.token, declaration.id, name);
  }

  /** PUTs `body` (an object, or raw JSON text) at the section's current version: a 400 naming `path`, and nothing saved. */
  async function refused(name: string, body: unknown, path: string, message: RegExp): Promise<void> {
    const before = await saved(name);
    const res = await api.put(filer.token, declaration.id, name, body, before.version);
    expect([path, res.status, res.body.code]).toEqual([path, 400, 'VALIDACION']);
    expect(res.body.errors).toEqual(expect.arrayContaining([{ path, message: expect.stringMatching(message) }]));
    const after = await saved(name);
    expect([after.version, after.status, after.data]).toEqual([before.version, before.status, before.data]);
  }

  /** Raw JSON of a section with `literal` (written as is, e.g. 1e400) in place of the marker string. */
  const rawWith = (section: Json, literal: string) => JSON.stringify(section).replace('"@@"', literal);

  it('refuses a nombre of 100,000 characters, or of 1.8 MB, and keeps the saved draft', async () => {
    for (const size of [100_000, 1_800_000]) {
      await refused('datosGenerales', { ...data.datosGenerales, nombre: 'A'.repeat(size) }, 'datosGenerales.nombre', /^debe tener como máximo 100 caracteres$/);
    }
    expect((await saved('datosGenerales')).data).toEqual(data.datosGenerales);
  });

  it('refuses a number that is not finite wherever it is in the body, before it can turn into null', async () => {
    const section = structuredClone(data.ingresos);
    section.remuneracionMensualCargoPublico.valor = '@@';
    // The body guard answers before routing, so its path is relative to the body, as for a NUL byte.
    for (const literal of ['1e400', '-1e400']) {
      await refused('ingresos', rawWith(section, literal), 'remuneracionMensualCargoPublico.valor', /^es un número fuera del rango que se puede representar$/);
    }
    // Outside the S1 fields too: the body guard walks the whole JSON.
    const start = await t.http().post('/api/declarations').set(bearer(filer.token)).set('Content-Type', 'application/json').send('{"tipo":"MODIFICACIÓN","anioReportado":1e999}');
    expect([start.status, start.body.errors]).toEqual([400, [{ path: 'anioReportado', message: 'es un número fuera del rango que se puede representar' }]]);
  });

  it('refuses amounts of 30 digits, negative amounts and areas, and a currency outside ISO 4217', async () => {
    const section = structuredClone(data.ingresos);
    section.remuneracionMensualCargoPublico.valor = '@@';
    const path = 'ingresos.remuneracionMensualCargoPublico.valor';
    await refused('ingresos', rawWith(section, '123456789012345678901234567890'), path, /^debe ser menor o igual a 9,999,999,999,999\.99$/);
    await refused('ingresos', rawWith(section, '-1'), path, /^debe ser mayor o igual a 0$/);
    const zzz = structuredClone(data.ingresos);
    zzz.remuneracionMensualCargoPublico.moneda = 'ZZZ';
    await refused('ingresos', zzz, 'ingresos.remuneracionMensualCargoPublico.moneda', /^no es uno de los valores permitidos del catálogo$/);
    const negativeArea = structuredClone(data.bienesInmuebles);
    negativeArea.bienInmueble[0].superficieTerreno.valor = -250;
    await refused('bienesInmuebles', negativeArea, 'bienesInmuebles.bienInmueble[0].superficieTerreno.valor', /^debe ser mayor o igual a 0$/);
    expect((await saved('ingresos')).data).toEqual(data.ingresos);
  });

  it('accepts values exactly at the limits, and another ISO 4217 currency', async () => {
    const generales = { ...data.datosGenerales, nombre: 'Ñ'.repeat(100), aclaracionesObservaciones: 'a'.repeat(500) };
    let version = (await saved('datosGenerales')).version;
    expect((await api.save(filer.token, declaration.id, 'datosGenerales', generales, version)).section.data).toEqual(generales);

    const ingresos = structuredClone(data.ingresos);
    ingresos.remuneracionMensualCargoPublico = { valor: 9999999999999.99, moneda: 'USD' };
    version = (await saved('ingresos')).version;
    await api.save(filer.token, declaration.id, 'ingresos', ingresos, version);
    expect((await saved('ingresos')).data.remuneracionMensualCargoPublico).toEqual({ valor: 9999999999999.99, moneda: 'USD' });
  });

  it('bounds the free texts around a declaration: nota aclaratoria, motivo de reserva, fechas', async () => {
    const nota = await api.sign(filer.token, declaration.id, { notaAclaratoria: 'n'.repeat(5001) });
    expect([nota.status, nota.body.errors]).toEqual([400, expect.arrayContaining([{ path: 'notaAclaratoria', message: 'debe tener como máximo 5000 caracteres' }])]);
    const reserva = await t.http().put(`/api/filings/${declaration.id}/reservation`).set(bearer(admin)).send({ reservada: true, motivo: 'm'.repeat(2001) });
    expect([reserva.status, reserva.body.errors]).toEqual([400, [{ path: 'motivo', message: 'debe tener como máximo 2000 caracteres' }]]);
    const fecha = await t.http().post('/api/declarations').set(bearer(filer.token)).send({ tipo: 'CONCLUSIÓN', fechaConclusion: '2024-10-15'.repeat(1000) });
    expect([fecha.status, fecha.body.errors]).toEqual([400, [{ path: 'fechaConclusion', message: 'debe ser una fecha AAAA-MM-DD' }]]);
  });

  it('refuses to sign a section saved before the limits existed, naming the field', async () => {
    // As if stored by an earlier version: the final validation applies the same limits.
    const owner = await t.owner();
    await owner.query(`UPDATE declaration_sections SET data = jsonb_set(data, '{nombre}', to_jsonb(repeat('A', 101))) WHERE declaration_id = $1 AND section = 'datosGenerales'`, [
      declaration.id,
    ]);
    const res = await api.sign(filer.token, declaration.id);
    expect([res.status, res.body.code]).toEqual([422, 'DECLARACION_INCOMPLETA']);
    expect(res.body.errors).toEqual(expect.arrayContaining([{ path: 'datosGenerales.nombre', message: 'debe tener como máximo 100 caracteres' }]));
  });
});
