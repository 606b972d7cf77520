import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { DeclarationsApi, LEVEL, type Filer } from '../declarations/helpers';
import { binary, mimeParts } from '../documents/verification-helpers';
import { ALFA, bearer, login, PASSWORD, seedWorld, type World } from '../support/seed';
import { startTestApp, type TestApp } from '../support/test-app';
import { waitFor } from '../support/wait';
import { auditActions, recomputeJobs, rosterRow } from './filer-records-helpers';

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const mexicoDate = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Mexico_City', year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
const daysAgo = (n: number) => mexicoDate(new Date(Date.now() - n * 86_400_000));
const YEAR = mexicoDate(new Date()).slice(0, 4);
const CURP = 'MUPA820714HJCXXN04';

describe('aviso por cambio de ente público', () => {
  let t: TestApp;
  let world: World;
  let api: DeclarationsApi;
  let filer: Filer;
  let personId: string;

  const valid = () => ({
    password: PASSWORD,
    contacto: { correoPersonal: 'aviso.personal@correo.mx', telefono: '5512345678' },
    encargoNuevo: { empleoCargoComision: 'Jefa de departamento de presupuesto', areaAdscripcion: 'Dirección de Finanzas', nivelEmpleoCargoComision: 'O11', fechaTomaPosesion: daysAgo(10) },
    encargoAnterior: { nombreEntePublico: 'Secretaría de Movilidad', fechaConclusion: daysAgo(25) },
  });
  const file = (token: string, body: unknown) => t.http().post('/api/avisos-cambio-ente').set(bearer(token)).send(body as object);

  beforeAll(async () => {
    t = await startTestApp();
    world = await seedWorld(t);
    api = new DeclarationsApi(t, (await login(t, world.adminA.email)).token);
    filer = await api.filer('aviso.cambio', LEVEL.completa, ALFA.id, { segundoApellido: 'Peña', curp: CURP, rfc: 'MUPA820714', homoclave: 'LY3' });
    personId = await rosterRow(t, filer.userId, CURP, { puesto: 'Jefa de departamento', area: 'Finanzas', fechaAlta: daysAgo(10) });
  });
  afterAll(() => t.close());

  it('prefills datos generales from the account and the new post from the roster', async () => {
    const res = await t.http().get('/api/avisos-cambio-ente/prefill').set(bearer(filer.token)).expect(200);
    expect(res.body.datosGenerales).toMatchObject({ nombre: 'Persona', primerApellido: 'aviso.cambio', curp: CURP, rfc: 'MUPA820714', homoClave: 'LY3', correoInstitucional: filer.email });
    expect(res.body.encargoNuevo).toMatchObject({ nombreEntePublico: ALFA.name, empleoCargoComision: 'Jefa de departamento', areaAdscripcion: 'Finanzas', fechaTomaPosesion: daysAgo(10) });
    expect(res.body.encargoAnterior).toEqual({});
  });

  it('refuses invalid avisos with each field’s path and a Spanish message, and stores nothing', async () => {
    const empty = await file(filer.token, { password: PASSWORD, encargoNuevo: { empleoCargoComision: '', areaAdscripcion: 'X', nivelEmpleoCargoComision: 'O11', fechaTomaPosesion: '2026-02-30' }, encargoAnterior: { nombreEntePublico: 'Otra', fechaConclusion: daysAgo(5) } });
    expect([empty.status, empty.body.code]).toEqual([400, 'VALIDACION']);
    expect(empty.body.errors).toEqual(
      expect.arrayContaining([
        { path: 'encargoNuevo.empleoCargoComision', message: 'es obligatorio' },
        { path: 'encargoNuevo.fechaTomaPosesion', message: 'debe ser una fecha válida (AAAA-MM-DD)' },
      ]),
    );
    const missing = await file(filer.token, { password: PASSWORD, encargoNuevo: { areaAdscripcion: 'X' } });
    expect(missing.status).toBe(400);
    expect(missing.body.errors.map((e: { path: string }) => e.path)).toEqual(expect.arrayContaining(['encargoNuevo.empleoCargoComision', 'encargoAnterior']));

    const late = valid();
    late.encargoAnterior.fechaConclusion = daysAgo(80);
    const gap = await file(filer.token, late);
    expect([gap.status, gap.body.errors]).toEqual([400, [{ path: 'encargoAnterior.fechaConclusion', message: expect.stringContaining('corresponde presentar la declaración inicial') }]]);

    const sameEnte = valid();
    sameEnte.encargoAnterior.nombreEntePublico = ALFA.name.toUpperCase();
    expect((await file(filer.token, sameEnte)).body.errors).toEqual([{ path: 'encargoAnterior.nombreEntePublico', message: expect.stringContaining('otro ente público') }]);

    const future = valid();
    future.encargoNuevo.fechaTomaPosesion = mexicoDate(new Date(Date.now() + 5 * 86_400_000));
    expect((await file(filer.token, future)).body.errors).toContainEqual({ path: 'encargoNuevo.fechaTomaPosesion', message: 'no puede ser posterior a hoy' });

    const wrong = await file(filer.token, { ...valid(), password: 'no es la contraseña' });
    expect(wrong.status).toBe(403);
    const owner = await t.owner();
    expect((await owner.query(`SELECT count(*)::int AS n FROM avisos_cambio_ente`)).rows[0].n).toBe(0);
    for (const res of [empty, missing, gap, wrong]) expect(JSON.stringify(res.body)).not.toContain(CURP);
  });

  let filed: { id: string; folio: string; sha256: string; acuseSha256: string };
  let acuse: Buffer;

  it('files the aviso with its own folio series, canonical SHA-256 and a sealed acuse; audits it and recomputes obligations', async () => {
    const res = await file(filer.token, valid()).expect(201);
    filed = res.body;
    expect(res.body.folio).toBe(`ALFA-${YEAR}-AV-000001`);
    expect(res.body.datos.encargoNuevo).toMatchObject({ nombreEntePublico: ALFA.name, fechaTomaPosesion: daysAgo(10) });
    expect(res.body.datos.datosGenerales).toMatchObject({ curp: CURP, correoPersonal: 'aviso.personal@correo.mx' });
    const owner = await t.owner();
    const { rows } = await owner.query(`SELECT canonical_json, sha256 FROM avisos_cambio_ente WHERE id = $1`, [filed.id]);
    expect(rows[0].sha256).toBe(sha256(Buffer.from(rows[0].canonical_json, 'utf8')));
    expect(rows[0].sha256).toBe(filed.sha256);

    const second = await file(filer.token, valid()).expect(201);
    expect(second.body.folio).toBe(`ALFA-${YEAR}-AV-000002`);

    const dl = await t.http().get(`/api/avisos-cambio-ente/${filed.id}/acuse`).set(bearer(filer.token)).buffer(true).parse(binary).expect(200);
    acuse = dl.body;
    expect(sha256(acuse)).toBe(filed.acuseSha256);
    expect(dl.headers['x-content-sha256']).toBe(filed.acuseSha256);
    expect(acuse.subarray(0, 5).toString()).toBe('%PDF-');

    expect((await auditActions(t, 'aviso.filed')).map((a) => [a.actor_user_id, a.target_id, a.details.folio])).toEqual([
      [filer.userId, filed.id, filed.folio],
      [filer.userId, second.body.id, second.body.folio],
    ]);
    expect(await recomputeJobs(t)).toEqual([
      { institutionId: ALFA.id, personIds: [personId] },
      { institutionId: ALFA.id, personIds: [personId] },
    ]);
    const mine = await t.http().get('/api/avisos-cambio-ente').set(bearer(filer.token)).expect(200);
    expect(mine.body.map((a: { folio: string }) => a.folio)).toEqual([second.body.folio, filed.folio]);
  });

  it('the acuse verifies on /verificar by folio, by hash and by uploading the PDF', async () => {
    const byFolio = await t.http().get(`/verificar/${filed.folio}?formato=json`).expect(200);
    expect(byFolio.body).toMatchObject({ existe: true, documento: 'AVISO', folio: filed.folio, institucion: ALFA.name, tipo: 'Aviso por cambio de ente público' });
    expect(JSON.stringify(byFolio.body)).not.toContain(CURP);
    const hash = await t.http().get(`/verificar/${filed.folio}?formato=json&hash=${filed.sha256}`).expect(200);
    expect(hash.body.hash).toEqual({ dado: filed.sha256, coincide: true });
    const page = await t.http().get(`/verificar/${filed.folio}`).set('Accept', 'text/html').expect(200);
    expect(page.text).toContain('aviso por cambio de ente público presentado');
    await t.http().get(`/verificar/ALFA-${YEAR}-AV-000099?formato=json`).expect(404);

    const upload = await t.http().post('/verificar?formato=json').attach('archivo', acuse, { filename: 'acuse.pdf', contentType: 'application/pdf' }).expect(200);
    expect(upload.body).toMatchObject({ firmado: true, firmaValida: true, documentoCompleto: true, registrado: true, folio: filed.folio, tipo: 'Aviso por cambio de ente público', sha256: filed.acuseSha256 });
    const tampered = Buffer.from(acuse);
    tampered[Math.floor(tampered.length / 3)] ^= 0x01;
    const bad = await t.http().post('/verificar?formato=json').attach('archivo', tampered, { filename: 'acuse.pdf', contentType: 'application/pdf' }).expect(200);
    expect(bad.body.registrado).toBe(false);
  });

  it('mails the sealed acuse to the account and the personal e-mail', async () => {
    const dir = path.join(t.config.dataDir, 'mail');
    const name = await waitFor(() => (fs.existsSync(dir) ? fs.readdirSync(dir).find((f) => f.startsWith(`aviso-correo-${filed.id}`)) : undefined), 'aviso mail', 30_000);
    const full = fs.readFileSync(path.join(dir, name), 'utf8');
    expect(full.split(/\r?\n/)).toContain(`To: ${filer.email}, aviso.personal@correo.mx`);
    const pdfs = mimeParts(full).filter((p) => (p.headers['content-type'] ?? '').startsWith('application/pdf'));
    expect(pdfs).toHaveLength(1);
    expect(pdfs[0].body.equals(acuse)).toBe(true);
  });

  it('reviewers read and download any filer’s aviso; other filers and institutions cannot', async () => {
    const revisor = (await login(t, world.revisorA.email)).token;
    const listed = await t.http().get(`/api/avisos-cambio-ente?userId=${filer.userId}`).set(bearer(revisor)).expect(200);
    expect(listed.body.map((a: { id: string }) => a.id)).toContain(filed.id);
    await t.http().get(`/api/avisos-cambio-ente/${filed.id}/acuse`).set(bearer(revisor)).expect(200);
    expect((await auditActions(t, 'aviso.downloaded')).map((a) => a.actor_user_id)).toEqual([filer.userId, world.revisorA.userId]);
    const other = await api.filer('otra.persona', LEVEL.simplificada);
    await t.http().get(`/api/avisos-cambio-ente/${filed.id}`).set(bearer(other.token)).expect(404);
    await t.http().get(`/api/avisos-cambio-ente/${filed.id}/acuse`).set(bearer(other.token)).expect(404);
    expect((await t.http().get('/api/avisos-cambio-ente').set(bearer(other.token)).expect(200)).body).toEqual([]);
    const beta = (await login(t, world.adminB.email)).token;
    await t.http().get(`/api/avisos-cambio-ente/${filed.id}`).set(bearer(beta)).expect(404);
    expect((await t.http().get('/api/avisos-cambio-ente').set(bearer(beta)).expect(200)).body).toEqual([]);
  });
});
