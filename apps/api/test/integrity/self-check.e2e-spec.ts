import { ThresholdsService } from '@veraz/integrity';
import { UnitOfWork } from '@veraz/tenancy';
import { ALFA, bearer, login, seedWorld, type World } from '../support/seed';
import { startTestApp, type TestApp } from '../support/test-app';
import { DeclarationsApi, LEVEL, PERIOD, fixture, sectionsOf, type Json } from '../declarations/helpers';

interface Hint {
  code: string;
  message: string;
  section: string;
  item: number | null;
  field: string | null;
}

/** Issue 17: before signing, the filer sees data-quality and consistency help about their own draft only. */
describe('the filer’s self-check before signing', () => {
  let t: TestApp;
  let world: World;
  let api: DeclarationsApi;

  beforeAll(async () => {
    t = await startTestApp();
    world = await seedWorld(t);
    api = new DeclarationsApi(t, (await login(t, world.adminA.email)).token);
  });
  afterAll(() => t?.close());

  const selfCheck = (token: string, id: string) => t.http().get(`/api/declarations/${id}/self-check`).set(bearer(token));
  const hintsOf = async (token: string, id: string): Promise<Hint[]> => {
    const res = await selfCheck(token, id).expect(200);
    return res.body.hints;
  };

  it('helps with a property whose co-owners add up to more than 100 %, only its owner may ask, and it never blocks signing', async () => {
    const filer = await api.filer('copropiedad', LEVEL.completa);
    const draft = await api.start(filer.token, { ...PERIOD['inicial-completa'], prefill: false });
    const bienes = structuredClone(sectionsOf(fixture('inicial-completa')).bienesInmuebles) as Json;
    const version = draft.sections.find((s) => s.name === 'bienesInmuebles')!.version;
    await api.save(filer.token, draft.id, 'bienesInmuebles', bienes, version);
    expect((await hintsOf(filer.token, draft.id)).filter((h) => h.code === 'COPROPIEDAD_MAYOR_100')).toEqual([]);

    // The same house twice (same folio real), 60 % each: the shares add up to 120 %.
    const house = bienes.bienInmueble[0];
    bienes.bienInmueble = [{ ...house, porcentajePropiedad: 60 }, bienes.bienInmueble[1], { ...structuredClone(house), porcentajePropiedad: 60 }];
    await api.save(filer.token, draft.id, 'bienesInmuebles', bienes, version + 1);
    const hints = await hintsOf(filer.token, draft.id);
    const coOwnership = hints.filter((h) => h.code === 'COPROPIEDAD_MAYOR_100');
    expect(coOwnership).toEqual([{ code: 'COPROPIEDAD_MAYOR_100', section: 'bienesInmuebles', item: 0, field: 'porcentajePropiedad', message: expect.stringContaining('suman 120 %') }]);
    // Worded as help for the filer, with only the groups the self-check shows (3 and 7).
    expect(coOwnership[0].message).toMatch(/^Los inmuebles 1 y 3 parecen ser el mismo bien/);
    const SELF_CHECK_CODES = ['BIEN_SIN_ADQUISICION', 'BIEN_DESAPARECE_SIN_BAJA', 'COMPRA_SIN_VALOR', 'VENTA_SIN_INGRESO', 'SALARIO_IMPLAUSIBLE', 'FECHA_IMPOSIBLE', 'NOMBRE_DE_RELLENO', 'TOTAL_NO_CUADRA', 'COPROPIEDAD_MAYOR_100'];
    for (const h of hints) expect(SELF_CHECK_CODES).toContain(h.code);

    // Another filer of the institution, or of another one, does not find it; an admin is not a filer.
    for (const other of [world.declaranteA, world.declaranteB]) {
      const res = await selfCheck((await login(t, other.email)).token, draft.id).expect(404);
      expect(res.body.message).toBe('No se encontró la declaración.');
      expect(JSON.stringify(res.body)).not.toContain('COPROPIEDAD');
    }
    await selfCheck(api.adminToken, draft.id).expect(403);
    await t.http().get(`/api/declarations/${draft.id}/self-check`).expect(401);

    // The hint is help only: the draft signs with it, and a filed declaration has no self-check.
    const rest = sectionsOf(fixture('inicial-completa'));
    for (const s of (await api.view(filer.token, draft.id)).sections) {
      if (s.name !== 'bienesInmuebles') await api.save(filer.token, draft.id, s.name, rest[s.name], s.version);
    }
    const signed = await api.sign(filer.token, draft.id);
    expect([signed.status, signed.body.errors]).toEqual([201, undefined]);
    const closed = await selfCheck(filer.token, draft.id).expect(409);
    expect(closed.body.message).toContain('ya fue presentada');
  });

  it('helps with a property of the previous filing that is missing from the new one', async () => {
    const filer = await api.filer('desaparece', LEVEL.completa);
    const { filing } = await api.file(filer, 'inicial-completa');
    const draft = await api.start(filer.token, PERIOD['modificacion-completa']);
    expect(draft.prefilledFromFilingId).toBe(filing.id);
    const carried = draft.sections.find((s) => s.name === 'bienesInmuebles')!;
    expect((await hintsOf(filer.token, draft.id)).filter((h) => h.code === 'BIEN_DESAPARECE_SIN_BAJA')).toEqual([]);

    // The filer deletes the house instead of reporting it as sold (BAJA).
    const data = structuredClone(carried.data) as Json;
    data.bienInmueble = data.bienInmueble.slice(1);
    await api.save(filer.token, draft.id, 'bienesInmuebles', data, carried.version);
    const missing = (await hintsOf(filer.token, draft.id)).filter((h) => h.code === 'BIEN_DESAPARECE_SIN_BAJA');
    expect(missing).toEqual([{ code: 'BIEN_DESAPARECE_SIN_BAJA', section: 'bienesInmuebles', item: null, field: null, message: expect.stringContaining(`(folio ${filing.folio})`) }]);
    expect(missing[0].message).toContain('agrégalo con la operación «Baja»');
  });

  it('uses the institution’s current thresholds: a salary outside the admin’s range gets a hint', async () => {
    const filer = await api.filer('umbrales', LEVEL.completa);
    const draft = await api.start(filer.token, { ...PERIOD['inicial-completa'], prefill: false });
    const ingresos = draft.sections.find((s) => s.name === 'ingresos')!;
    // 78,450 pesos a month: inside Veraz's default range (5,000 to 400,000).
    await api.save(filer.token, draft.id, 'ingresos', sectionsOf(fixture('inicial-completa')).ingresos, ingresos.version);
    expect((await hintsOf(filer.token, draft.id)).map((h) => h.code)).not.toContain('SALARIO_IMPLAUSIBLE');

    const uow = t.app.get(UnitOfWork);
    const thresholds = t.app.get(ThresholdsService);
    await uow.inTenant(ALFA.id, async () => thresholds.update(world.adminA.userId, { ...(await thresholds.current()).thresholds, salarioMensualMaximo: 60_000 }));
    const salary = (await hintsOf(filer.token, draft.id)).filter((h) => h.code === 'SALARIO_IMPLAUSIBLE');
    expect(salary).toEqual([{ code: 'SALARIO_IMPLAUSIBLE', section: 'ingresos', item: null, field: 'remuneracionMensualCargoPublico.valor', message: expect.stringContaining('más de lo habitual') }]);

    // A salary in dollars is read with the platform's rate for the year, and not at all while it is missing.
    const usd = structuredClone(sectionsOf(fixture('inicial-completa')).ingresos) as Json;
    usd.remuneracionMensualCargoPublico = { valor: 4_000, moneda: 'USD' };
    const saved = await api.save(filer.token, draft.id, 'ingresos', usd, ingresos.version + 1);
    expect(saved.section.data).toMatchObject({ remuneracionMensualCargoPublico: { valor: 4_000, moneda: 'USD' } });
    expect((await hintsOf(filer.token, draft.id)).map((h) => h.code)).not.toContain('SALARIO_IMPLAUSIBLE');
    const operator = (await login(t, world.operator.email)).token;
    await t.http().post('/api/platform/fx-rates').set(bearer(operator)).send({ csv: 'anio,moneda,tipo_cambio\n2023,USD,17.5\n', fuente: 'Cifra de prueba' }).expect(201);
    const dollars = (await hintsOf(filer.token, draft.id)).filter((h) => h.code === 'SALARIO_IMPLAUSIBLE');
    expect(dollars).toEqual([expect.objectContaining({ message: expect.stringContaining('equivale a $70,000 al mes') })]);

    // Another institution's thresholds are its own: BETA's filers are not affected (nor can they see ALFA's draft).
    await selfCheck((await login(t, world.declaranteB.email)).token, draft.id).expect(404);
  });
});
