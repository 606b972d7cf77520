import { ALFA, bearer, login, seedWorld, type World } from '../support/seed';
import { startTestApp, type TestApp } from '../support/test-app';
import { DeclarationsApi, LEVEL, PERIOD, fixture, sectionsOf } from './helpers';

/**
 * Issue 14: a new draft starts with what Veraz knows (the account, the institution), and a malformed
 * CURP, RFC, e-mail, phone or postal code is refused with the field's path, never stored as «completa».
 */
describe('prefill and value checks of a declaration over HTTP', () => {
  let t: TestApp;
  let world: World;
  let api: DeclarationsApi;
  let operator: string;

  beforeAll(async () => {
    t = await startTestApp();
    world = await seedWorld(t);
    api = new DeclarationsApi(t, (await login(t, world.adminA.email)).token);
    operator = (await login(t, world.operator.email)).token;
  });
  afterAll(() => t?.close());

  it('starts an INICIAL with datos generales from the account and the employment section from the institution; the filer corrects what is theirs', async () => {
    const wrong = await t.http().put(`/api/platform/institutions/${ALFA.id}/ente-publico`).set(bearer(operator)).send({ nivelOrdenGobierno: 'ESTATALES', ambitoPublico: 'EJECUTIVO' });
    expect([wrong.status, wrong.body.errors]).toEqual([400, [{ path: 'nivelOrdenGobierno', message: expect.stringContaining('MUNICIPAL_ALCALDIA') }]]);
    await t.http().put(`/api/platform/institutions/${ALFA.id}/ente-publico`).set(bearer(operator)).send({ nivelOrdenGobierno: 'ESTATAL', ambitoPublico: 'EJECUTIVO' }).expect(200);
    // An institution's admin cannot record it: it is the platform's.
    await t.http().put(`/api/platform/institutions/${ALFA.id}/ente-publico`).set(bearer(api.adminToken)).send({ nivelOrdenGobierno: 'FEDERAL', ambitoPublico: 'JUDICIAL' }).expect(403);

    const filer = await api.filer('prellenado', LEVEL.completa, ALFA.id, { segundoApellido: 'Peña', curp: 'MUPA820714HJCXXN04', rfc: 'MUPA820714', homoclave: 'LY3' });
    const draft = await api.start(filer.token, PERIOD['inicial-completa']);
    const section = (name: string) => draft.sections.find((s) => s.name === name)!;
    expect(section('datosGenerales').data).toEqual({
      nombre: 'Persona',
      primerApellido: 'prellenado',
      segundoApellido: 'Peña',
      curp: 'MUPA820714HJCXXN04',
      rfc: { rfc: 'MUPA820714', homoClave: 'LY3' },
      correoElectronico: { institucional: filer.email },
    });
    expect(section('datosEmpleoCargoComision').data).toEqual({ nivelOrdenGobierno: 'ESTATAL', ambitoPublico: 'EJECUTIVO', nombreEntePublico: ALFA.name, fechaTomaPosesion: '2023-01-16' });
    // Started, not finished: the filer still adds what only they know.
    expect(section('datosEmpleoCargoComision').status).toBe('en captura');
    expect(section('domicilioDeclarante')).toMatchObject({ status: 'vacía', version: 0 });

    // The filer corrects their personal e-mail and phones on top of what was prefilled.
    const generales = { ...(section('datosGenerales').data as object), ...sectionsOf(fixture('inicial-completa')).datosGenerales, curp: 'MUPA820714HJCXXN04' };
    const saved = await api.save(filer.token, draft.id, 'datosGenerales', generales, 1);
    expect(saved.section).toMatchObject({ status: 'completa', version: 2 });

    // The audit chain says who recorded the ente público.
    const audit = await t.http().get('/api/audit-events?limit=50').set(bearer(api.adminToken)).expect(200);
    expect(audit.body.map((e: { action: string }) => e.action)).toContain('institution.ente_publico_changed');
  });

  it('refuses a malformed CURP, RFC, e-mail, phone and postal code, and dates that contradict the declaration\'s, with 400 and the field path, saving nothing', async () => {
    const filer = await api.filer('valores', LEVEL.completa);
    const draft = await api.start(filer.token, { ...PERIOD['inicial-completa'], prefill: false });
    const data = sectionsOf(fixture('inicial-completa'));
    const version = (name: string) => draft.sections.find((s) => s.name === name)!.version;
    const cases: Array<[string, (d: Record<string, any>) => void, string, RegExp]> = [
      ['datosGenerales', (d) => (d.curp = 'MUPA820714HJCXXN0'), 'datosGenerales.curp', /18 caracteres/],
      ['datosGenerales', (d) => (d.rfc.homoClave = 'LY4'), 'datosGenerales.rfc.homoClave', /dígito verificador/],
      ['datosGenerales', (d) => (d.correoElectronico.personal = 'maria@'), 'datosGenerales.correoElectronico.personal', /correo electrónico/],
      ['datosGenerales', (d) => (d.telefono.casa = '55-1234'), 'datosGenerales.telefono.casa', /10 dígitos/],
      ['domicilioDeclarante', (d) => (d.domicilioMexico.codigoPostal = '4410'), 'domicilioDeclarante.domicilioMexico.codigoPostal', /5 dígitos/],
      // The office is in Mexico (domicilioMexico beside the phone): a foreign number is refused there.
      ['datosEmpleoCargoComision', (d) => (d.telefonoOficina.telefono = '+34911234567'), 'datosEmpleoCargoComision.telefonoOficina.telefono', /en México, escribe los 10 dígitos/],
      // An INICIAL's employment date is the declaration's toma de posesión, and it reports assets held on that day.
      ['datosEmpleoCargoComision', (d) => (d.fechaTomaPosesion = '2023-02-01'), 'datosEmpleoCargoComision.fechaTomaPosesion', /toma de posesión de esta declaración \(2023-01-16\)/],
      ['bienesInmuebles', (d) => (d.bienInmueble[1].fechaAdquisicion = '2023-01-17'), 'bienesInmuebles.bienInmueble[1].fechaAdquisicion', /posterior a tu toma de posesión/],
    ];
    for (const [name, spoil, path, message] of cases) {
      const body = structuredClone(data[name]!);
      spoil(body);
      const res = await api.put(filer.token, draft.id, name, body, version(name));
      expect([path, res.status, res.body.errors]).toEqual([path, 400, [{ path, message: expect.stringMatching(message) }]]);
      // The value itself never comes back in the answer.
      if (name === 'datosGenerales') expect(JSON.stringify(res.body)).not.toContain('MUPA820714HJCXXN0');
    }
    const after = await api.view(filer.token, draft.id);
    expect(after.sections.map((s) => [s.name, s.version])).toEqual(draft.sections.map((s) => [s.name, s.version]));
  });

  it('refuses to sign a draft that holds an invalid value stored before these checks, naming the field', async () => {
    // Written straight into the table, as a draft saved by an earlier version of Veraz would be.
    const filer = await api.filer('heredado', LEVEL.simplificada);
    const draft = await api.start(filer.token, { ...PERIOD['inicial-simplificada'], prefill: false });
    const generales = { ...sectionsOf(fixture('inicial-simplificada')).datosGenerales, curp: 'MUPA820714HJCXXN05' };
    const owner = await t.owner();
    await owner.query(`UPDATE declaration_sections SET data = $2::jsonb, status = 'completa' WHERE declaration_id = $1 AND section = 'datosGenerales'`, [draft.id, JSON.stringify(generales)]);
    const view = await api.section(filer.token, draft.id, 'datosGenerales');
    const sign = await api.sign(filer.token, draft.id);
    expect(sign.status).toBe(422);
    expect(sign.body.errors).toContainEqual({ path: 'datosGenerales.curp', message: 'el dígito verificador no corresponde' });
    expect(view.data).toMatchObject({ curp: 'MUPA820714HJCXXN05' });
  });
});
