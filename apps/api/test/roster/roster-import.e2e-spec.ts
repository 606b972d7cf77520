import { bearer, login, seedWorld, ALFA, type World } from '../support/seed';
import { validCurp } from '../support/roster';
import { startTestApp, type TestApp } from '../support/test-app';

const HEADER = 'curp;nombres;primer_apellido;segundo_apellido;correo;puesto;area;nivel;fecha_alta;fecha_baja;motivo;fecha_movimiento';
const ANA = validCurp('LOAA800101MDFPNN');
const LUIS = validCurp('PELU750505HJCRSS');
const EVA = validCurp('RIEV900909MNLVRR');

const csv = (...lines: string[]) => Buffer.from([HEADER, ...lines].join('\r\n'), 'latin1');

describe('roster import: preview, then apply', () => {
  let t: TestApp;
  let world: World;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    world = await seedWorld(t);
    admin = (await login(t, world.adminA.email)).token;
  });
  afterAll(() => t.close());

  const upload = (content: Buffer, name = 'padron.csv') =>
    t.http().post('/api/roster/imports').set(bearer(admin)).attach('archivo', content, { filename: name, contentType: 'text/csv' });
  const people = async () => (await (await t.owner()).query(`SELECT curp, status, fecha_alta::text, fecha_baja::text, puesto FROM roster_people ORDER BY curp`)).rows;

  it('shows errors per row and changes nothing until the admin applies', async () => {
    const first = csv(
      `${ANA};Ana;López;Núñez;ana@alfa.gob.mx;Jefa de Departamento;Auditoría;completa;2024-01-15;;alta;`,
      `${LUIS};Luis;Pérez;;;Analista;Auditoría;simplificada;2024-02-01;;alta;`,
      `${EVA.slice(0, 17)}X;Eva;Ríos;;;;;completa;2024-03-01;;alta;`,
      `${EVA};Eva;Ríos;;;;;gerente;2024-03-01;;alta;`,
    );
    const preview = await upload(first).expect(201);
    expect(preview.body).toMatchObject({ status: 'PREVISTA', rowsTotal: 4, counts: { NUEVA: 2, CAMBIO: 0, SIN_CAMBIO: 0, ERROR: 2 } });
    expect(await people()).toEqual([]);

    const errors = await t.http().get(`/api/roster/imports/${preview.body.id}?soloErrores=true`).set(bearer(admin)).expect(200);
    expect(errors.body.rows.map((r: { line: number; errors: Array<{ column: string; message: string }> }) => [r.line, r.errors[0].column, r.errors[0].message])).toEqual([
      [4, 'curp', 'La CURP no es válida: no tiene el formato de una CURP.'],
      [5, 'nivel', 'Nivel desconocido: usa «completa» (jefe de departamento o superior) o «simplificada» (inferior a jefe de departamento).'],
    ]);

    const applied = await t.http().post(`/api/roster/imports/${preview.body.id}/apply`).set(bearer(admin)).expect(200);
    expect(applied.body).toMatchObject({ status: 'APLICADA', applied: 2, counts: { ERROR: 2 } });
    expect(await people()).toEqual([
      { curp: ANA, status: 'ACTIVO', fecha_alta: '2024-01-15', fecha_baja: null, puesto: 'Jefa de Departamento' },
      { curp: LUIS, status: 'ACTIVO', fecha_alta: '2024-02-01', fecha_baja: null, puesto: 'Analista' },
    ]);
    await t.http().post(`/api/roster/imports/${preview.body.id}/apply`).set(bearer(admin)).expect(409);

    // The obligations engine is told which people changed, in the same transaction (contract 1).
    const owner = await t.owner();
    const jobs = await owner.query(`SELECT payload FROM outbox WHERE name = 'obligations.recompute'`);
    expect(jobs.rows.flatMap((r: { payload: { personIds: string[]; institutionId: string } }) => r.payload.personIds)).toHaveLength(2);
    expect(jobs.rows[0].payload.institutionId).toBe(ALFA.id);

    // The same file again changes nothing.
    const again = await upload(first).expect(201);
    expect(again.body.counts).toEqual({ NUEVA: 0, CAMBIO: 0, SIN_CAMBIO: 2, ERROR: 2 });
    await t.http().post(`/api/roster/imports/${again.body.id}/discard`).set(bearer(admin)).expect(200);
  });

  it('keeps a corrected baja date as a superseded event, and reads a re-entry after a baja', async () => {
    const apply = async (...lines: string[]) => {
      const preview = await upload(csv(...lines)).expect(201);
      expect(preview.body.counts.ERROR).toBe(0);
      return (await t.http().post(`/api/roster/imports/${preview.body.id}/apply`).set(bearer(admin)).expect(200)).body;
    };
    await apply(`${LUIS};Luis;Pérez;;;Analista;Auditoría;simplificada;2024-02-01;2024-06-30;baja;`);
    await apply(`${LUIS};Luis;Pérez;;;Analista;Auditoría;simplificada;2024-02-01;2024-07-15;baja;`);
    const owner = await t.owner();
    const events = await owner.query(
      `SELECT e.kind, e.effective_date::text AS date, e.superseded_by IS NOT NULL AS superseded
         FROM roster_events e JOIN roster_people p ON p.id = e.person_id WHERE p.curp = $1 ORDER BY e.recorded_at, e.effective_date`,
      [LUIS],
    );
    expect(events.rows).toEqual([
      { kind: 'ALTA', date: '2024-02-01', superseded: false },
      { kind: 'BAJA', date: '2024-06-30', superseded: true },
      { kind: 'BAJA', date: '2024-07-15', superseded: false },
    ]);

    // A re-entry must start after the baja; then it opens a new toma de posesión.
    const early = await upload(csv(`${LUIS};Luis;Pérez;;;Analista;Auditoría;simplificada;2024-07-01;;reingreso;`)).expect(201);
    expect(early.body.counts.ERROR).toBe(1);
    await apply(`${LUIS};Luis;Pérez;;;Analista;Auditoría;simplificada;2024-09-01;;reingreso;`);
    expect((await people()).find((p: { curp: string }) => p.curp === LUIS)).toMatchObject({ status: 'ACTIVO', fecha_alta: '2024-09-01', fecha_baja: null });

    const list = await t.http().get('/api/roster?q=pérez').set(bearer(admin)).expect(200);
    expect(list.body.total).toBe(1);
    // The área filter takes part of the name in any case; «100%» matches nothing rather than everything.
    const auditoria = await t.http().get(`/api/roster?area=${encodeURIComponent('AUDITOR')}`).set(bearer(admin)).expect(200);
    expect(auditoria.body.items.map((p: { area: string }) => p.area)).toEqual(expect.arrayContaining(['Auditoría']));
    expect(auditoria.body.total).toBeGreaterThanOrEqual(2);
    expect((await t.http().get(`/api/roster?area=${encodeURIComponent('100%')}`).set(bearer(admin)).expect(200)).body.total).toBe(0);
    const detail = await t.http().get(`/api/roster/${list.body.items[0].id}`).set(bearer(admin)).expect(200);
    expect(detail.body.events.map((e: { kind: string }) => e.kind)).toEqual(['ALTA', 'BAJA', 'BAJA', 'REINGRESO']);
  });

  it('records a single edit as a dated movement; a reviewer reads but cannot edit', async () => {
    const list = await t.http().get('/api/roster?q=ana').set(bearer(admin)).expect(200);
    const id = list.body.items[0].id;
    const bad = await t.http().patch(`/api/roster/${id}`).set(bearer(admin)).send({ motivo: 'CAMBIO', puesto: 'Subdirectora' }).expect(400);
    expect(bad.body.errors).toEqual([{ path: 'fechaMovimiento', message: 'Un movimiento de cambio necesita la fecha del movimiento.' }]);
    const ok = await t.http().patch(`/api/roster/${id}`).set(bearer(admin)).send({ motivo: 'CAMBIO', puesto: 'Subdirectora', fechaMovimiento: '2025-03-01' }).expect(200);
    expect(ok.body).toMatchObject({ puesto: 'Subdirectora', status: 'ACTIVO' });
    expect(ok.body.events.at(-1)).toMatchObject({ kind: 'CAMBIO', effectiveDate: '2025-03-01', puesto: 'Subdirectora', source: 'EDICION' });

    const revisor = (await login(t, world.revisorA.email)).token;
    await t.http().get(`/api/roster/${id}`).set(bearer(revisor)).expect(200);
    await t.http().patch(`/api/roster/${id}`).set(bearer(revisor)).send({ nombres: 'Otra' }).expect(403);
    await t.http().post('/api/roster/imports').set(bearer(revisor)).set('Content-Type', 'text/csv').send(HEADER).expect(403);
    const audit = await (await t.owner()).query(`SELECT action FROM audit_events WHERE action LIKE 'roster.%' ORDER BY seq`);
    expect(new Set(audit.rows.map((r: { action: string }) => r.action))).toEqual(
      new Set(['roster.import_previewed', 'roster.import_applied', 'roster.import_discarded', 'roster.person_changed']),
    );
  });
});
