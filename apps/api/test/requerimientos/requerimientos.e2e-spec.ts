import { createHash } from 'node:crypto';
import request from 'supertest';
import { insertObligation, insertRosterPerson, testConfig } from '@veraz/testing';
import { createApp } from '../../src/bootstrap/create-app';
import { ALFA, BETA, bearer, login, PASSWORD, seedWorld, type World } from '../support/seed';
import { startTestApp, type TestApp } from '../support/test-app';
import { mailRecipient, waitFor, waitForMail } from '../support/wait';

const binary = (res: NodeJS.ReadableStream, done: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

/** The deadline clock stands on 1 July 2026 (Mexico City): May's MODIFICACIÓN is a month late. */
const CLOCK = '2026-07-01T10:00:00-06:00';

describe('requerimientos for omisos: batch of sealed letters, e-mail notification, 30-day tracking', () => {
  let t: TestApp;
  let world: World;
  let revisor: string;
  const ids = { rosa: '', luis: '', ana: '', beta: '' };

  beforeAll(async () => {
    t = await startTestApp({ env: { VERAZ_CLOCK: CLOCK } });
    world = await seedWorld(t);
    const owner = await t.owner();
    const person = (institutionId: string, curp: string, nombres: string, primerApellido: string, email: string | null) =>
      insertRosterPerson(owner, { institutionId, curp, nombres, primerApellido, segundoApellido: 'López', email, area: 'Finanzas' });
    const rosa = await person(ALFA.id, 'GURR800101MDFTSS09', 'Rosa', 'Gutiérrez', 'rosa.gutierrez@prueba.mx');
    const luis = await person(ALFA.id, 'PELL790202HDFRSS08', 'Luis', 'Pérez', null);
    const ana = await person(ALFA.id, 'MAAA850303MDFRNN07', 'Ana', 'Martínez', 'ana@prueba.mx');
    const beto = await person(BETA.id, 'BEBB900404HDFTTT06', 'Beto', 'Beta', 'beto@prueba.mx');
    const base = { kind: 'MODIFICACIÓN' as const, periodKey: '2025', windowStart: '2026-05-01', dueDate: '2026-05-31' };
    ids.rosa = await insertObligation(owner, { ...base, institutionId: ALFA.id, personId: rosa, state: 'OMISA' });
    ids.luis = await insertObligation(owner, { institutionId: ALFA.id, personId: luis, kind: 'INICIAL', periodKey: '2026-03-02', windowStart: '2026-03-02', dueDate: '2026-05-01', state: 'OMISA' });
    ids.ana = await insertObligation(owner, { ...base, institutionId: ALFA.id, personId: ana, state: 'PRESENTADA_EN_TIEMPO' });
    ids.beta = await insertObligation(owner, { ...base, institutionId: BETA.id, personId: beto, state: 'OMISA' });
    revisor = (await login(t, world.revisorA.email)).token;
  });
  afterAll(() => t.close());

  const sql = async (text: string, params: unknown[] = []) => (await (await t.owner()).query(text, params)).rows as Array<Record<string, unknown>>;

  it('lists only OMISA obligations of the institution, with days late on the deadline clock', async () => {
    const res = await t.http().get('/api/requerimientos/omisos').set(bearer(revisor)).expect(200);
    expect(res.body.map((o: { obligationId: string }) => o.obligationId)).toEqual([ids.luis, ids.rosa]);
    expect(res.body[1]).toMatchObject({ nombreCompleto: 'Rosa Gutiérrez López', kind: 'MODIFICACIÓN', dueDate: '2026-05-31', diasDeAtraso: 31, requerimiento: null });
  });

  it('refuses an empty batch with the field and a Spanish message', async () => {
    const res = await t.http().post('/api/requerimientos').set(bearer(revisor)).send({}).expect(400);
    expect(res.body.errors).toEqual([{ path: 'obligationIds', message: 'elige al menos una obligación omisa, o todos: true' }]);
  });

  it('generates one sealed letter per omiso in its own folio series, skipping what is not omiso; a second batch issues nothing', async () => {
    const res = await t.http().post('/api/requerimientos').set(bearer(revisor)).send({ obligationIds: [ids.rosa, ids.luis, ids.ana, ids.beta] }).expect(200);
    expect(res.body.generated.map((r: { folio: string; nombreCompleto: string }) => [r.folio, r.nombreCompleto])).toEqual([
      ['ALFA-REQ-2026-000001', 'Luis Pérez López'],
      ['ALFA-REQ-2026-000002', 'Rosa Gutiérrez López'],
    ]);
    expect(res.body.skipped).toEqual([
      { obligationId: ids.ana, motivo: 'La obligación no existe o no está omisa.' },
      { obligationId: ids.beta, motivo: 'La obligación no existe o no está omisa.' },
    ]);
    const again = await t.http().post('/api/requerimientos').set(bearer(revisor)).send({ todos: true }).expect(200);
    expect(again.body.generated).toEqual([]);
    expect(again.body.skipped).toHaveLength(2);
    expect(await sql(`SELECT count(*)::int AS n FROM requerimientos`)).toEqual([{ n: 2 }]);
    expect(await sql(`SELECT action, count(*)::int AS n FROM audit_events WHERE action = 'requerimiento.generated' GROUP BY action`)).toEqual([
      { action: 'requerimiento.generated', n: 2 },
    ]);
  });

  it('the downloaded PDF verifies on /verificar, by file and by folio, without naming the person', async () => {
    const list = (await t.http().get('/api/requerimientos').set(bearer(revisor)).expect(200)).body as Array<{ id: string; folio: string; sha256: string }>;
    const rosa = list.find((r) => r.folio === 'ALFA-REQ-2026-000002')!;
    const pdf = await t.http().get(`/api/requerimientos/${rosa.id}/pdf`).set(bearer(revisor)).buffer(true).parse(binary as never).expect(200);
    expect(pdf.headers['content-disposition']).toBe('attachment; filename="requerimiento-ALFA-REQ-2026-000002.pdf"');
    const content = pdf.body as Buffer;
    expect(createHash('sha256').update(content).digest('hex')).toBe(rosa.sha256);

    const upload = await t.http().post('/verificar').set('Accept', 'application/json').attach('archivo', content, { filename: 'r.pdf', contentType: 'application/pdf' }).expect(200);
    expect(upload.body).toMatchObject({ documento: 'REQUERIMIENTO', firmado: true, firmaValida: true, documentoCompleto: true, registrado: true, folio: rosa.folio, institucion: ALFA.name });
    expect(upload.body.tipo).toBe('Requerimiento por omisión: Declaración de modificación (2025)');
    const tampered = Buffer.from(content);
    tampered[Math.floor(tampered.length / 3)] ^= 1;
    const bad = await t.http().post('/verificar').set('Accept', 'application/json').attach('archivo', tampered, { filename: 'r.pdf', contentType: 'application/pdf' }).expect(200);
    expect(bad.body).toMatchObject({ registrado: false, firmaValida: false });

    const byFolio = await t.http().get(`/verificar/${rosa.folio.toLowerCase()}?formato=json&hash=${rosa.sha256}`).expect(200);
    expect(byFolio.body).toMatchObject({ existe: true, documento: 'REQUERIMIENTO', folio: rosa.folio, institucion: ALFA.name, hash: { coincide: true } });
    expect(JSON.stringify(byFolio.body)).not.toMatch(/Rosa|Gutiérrez/);
    const page = await t.http().get(`/verificar/${rosa.folio}`).set('Accept', 'text/html').expect(200);
    expect(page.text).toContain('El folio corresponde a un requerimiento emitido');
    await t.http().get('/verificar/ALFA-REQ-2026-000099?formato=json').expect(404);
  });

  it('e-mails the letter to the roster address and records that as the notification, deadline 30 natural days later', async () => {
    const rosa = await waitFor(async () => (await sql(`SELECT id FROM requerimientos WHERE folio = 'ALFA-REQ-2026-000002' AND notified_at IS NOT NULL`))[0], 'notification by e-mail');
    const mail = await waitForMail(t.config.dataDir, `requerimiento-correo-${rosa.id as string}`);
    expect(mailRecipient(mail)).toBe('rosa.gutierrez@prueba.mx');
    expect(mail).toContain('Requerimiento ALFA-REQ-2026-000002');
    expect(mail).toContain('filename=requerimiento-ALFA-REQ-2026-000002.pdf');
    const view = (await t.http().get(`/api/requerimientos/${rosa.id as string}`).set(bearer(revisor)).expect(200)).body;
    expect(view).toMatchObject({ notifiedOn: '2026-07-01', notifiedBy: 'CORREO', deadline: '2026-07-31', diasRestantes: 30, status: 'EN_PLAZO' });
    expect(await sql(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'requerimiento.sent'`)).toEqual([{ n: 1 }]);
  });

  it('records a notification in person (no e-mail on file), refusing dates before issue or after today', async () => {
    const luis = (await sql(`SELECT id FROM requerimientos WHERE folio = 'ALFA-REQ-2026-000001'`))[0].id as string;
    expect((await t.http().get(`/api/requerimientos/${luis}`).set(bearer(revisor)).expect(200)).body.status).toBe('SIN_NOTIFICAR');
    const early = await t.http().post(`/api/requerimientos/${luis}/notificacion`).set(bearer(revisor)).send({ fecha: '2026-06-30' }).expect(400);
    expect(early.body.errors[0].path).toBe('fecha');
    await t.http().post(`/api/requerimientos/${luis}/notificacion`).set(bearer(revisor)).send({ fecha: '2026-07-02' }).expect(400);
    await t.http().post(`/api/requerimientos/${luis}/notificacion`).set(bearer(revisor)).send({ fecha: '1/7/2026' }).expect(400);
    const ok = await t.http().post(`/api/requerimientos/${luis}/notificacion`).set(bearer(revisor)).send({ fecha: '2026-07-01' }).expect(200);
    expect(ok.body).toMatchObject({ notifiedOn: '2026-07-01', notifiedBy: 'EN_PERSONA', deadline: '2026-07-31', status: 'EN_PLAZO' });
    expect(await sql(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'requerimiento.notified'`)).toEqual([{ n: 1 }]);
  });

  it('once the clock passes the 30 days, lists who is still omiso as vencido; who filed late is atendido', async () => {
    await sql(`UPDATE obligations SET state = 'PRESENTADA_EXTEMPORANEA' WHERE id = $1`, [ids.luis]);
    // The same database seen on 5 August 2026.
    const later = await createApp({ config: testConfig(t.database.appUrl, { VERAZ_CLOCK: '2026-08-05T10:00:00-06:00' }), databaseUrl: t.database.appUrl, processJobs: false });
    await later.init();
    try {
      const token = (await request(later.getHttpServer()).post('/api/auth/login').send({ email: world.revisorA.email, password: PASSWORD }).expect(200)).body.accessToken;
      const vencidos = (await request(later.getHttpServer()).get('/api/requerimientos/vencidos').set(bearer(token)).expect(200)).body;
      expect(vencidos.map((r: { folio: string; diasRestantes: number; status: string }) => [r.folio, r.diasRestantes, r.status])).toEqual([['ALFA-REQ-2026-000002', -5, 'VENCIDO']]);
      const all = (await request(later.getHttpServer()).get('/api/requerimientos').set(bearer(token)).expect(200)).body;
      expect(all.find((r: { folio: string }) => r.folio === 'ALFA-REQ-2026-000001').status).toBe('ATENDIDO');
    } finally {
      await later.close();
    }
  });

  it('keeps each institution to itself and the console to its comptrollers', async () => {
    const adminB = (await login(t, world.adminB.email)).token;
    expect((await t.http().get('/api/requerimientos').set(bearer(adminB)).expect(200)).body).toEqual([]);
    expect((await t.http().get('/api/requerimientos/omisos').set(bearer(adminB)).expect(200)).body.map((o: { obligationId: string }) => o.obligationId)).toEqual([ids.beta]);
    const alfaId = (await sql(`SELECT id FROM requerimientos LIMIT 1`))[0].id as string;
    await t.http().get(`/api/requerimientos/${alfaId}`).set(bearer(adminB)).expect(404);
    await t.http().get(`/api/requerimientos/${alfaId}/pdf`).set(bearer(adminB)).expect(404);
    await t.http().post('/api/requerimientos').set(bearer(adminB)).send({ obligationIds: [ids.rosa] }).expect(200).expect((r) => expect(r.body.generated).toEqual([]));
    const declarante = (await login(t, world.declaranteA.email)).token;
    await t.http().get('/api/requerimientos').set(bearer(declarante)).expect(403);
    await t.http().get('/api/requerimientos').expect(401);
  });
});
