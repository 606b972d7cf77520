import { ALFA, bearer, login, seedWorld, type World } from '../support/seed';
import { startTestApp, type TestApp } from '../support/test-app';
import { seedFiling, type SeededFiling } from './workbench-fixtures';

/** The reviewer's list of filings (search, filters, paging), the audited reading and the review itself. */
describe('reviewer workbench', () => {
  let t: TestApp;
  let world: World;
  let revisor: string;
  let admin: string;
  let rosa: SeededFiling;
  let juan: SeededFiling;
  let ana: SeededFiling;

  beforeAll(async () => {
    t = await startTestApp({ processJobs: false });
    world = await seedWorld(t);
    revisor = (await login(t, world.revisorA.email)).token;
    admin = (await login(t, world.adminA.email)).token;
    rosa = await seedFiling(t, {
      key: 'rosa', nombres: 'Rosa María', primerApellido: 'Gutiérrez', segundoApellido: 'López', curp: 'GULR800101MDFTPS09', rfc: 'GULR800101', homoclave: 'AB1',
      tipo: 'INICIAL', completa: true, filedAt: '2025-06-01T17:00:00Z', area: 'Dirección de Finanzas', obligationState: 'PRESENTADA_EXTEMPORANEA',
    });
    juan = await seedFiling(t, {
      key: 'juan', nombres: 'Juan', primerApellido: 'Pérez', segundoApellido: 'Gómez', curp: 'PEGJ750505HDFRMN02', rfc: 'PEGJ750505', homoclave: 'XY2',
      tipo: 'MODIFICACIÓN', completa: false, filedAt: '2026-05-10T17:00:00Z', anioReportado: 2025, area: 'Unidad Jurídica', obligationState: 'PRESENTADA_EN_TIEMPO',
    });
    ana = await seedFiling(t, {
      key: 'ana', nombres: 'Ana', primerApellido: 'Ruiz', segundoApellido: null, curp: 'RUXA900202MJCZXN05', rfc: 'RUXA900202', homoclave: 'Q11',
      tipo: 'CONCLUSIÓN', completa: true, filedAt: '2026-02-01T17:00:00Z',
    });
  });
  afterAll(() => t.close());

  const list = async (query: Record<string, string | number>, token = revisor) => {
    const res = await t.http().get('/api/filings').query(query).set(bearer(token));
    expect(res.status).toBe(200);
    return res.body as { items: Array<Record<string, any>>; total: number };
  };
  const folios = async (query: Record<string, string | number>) => (await list(query)).items.map((i) => i.folio);

  describe('search', () => {
    it('finds a person by name in any order, ignoring case and accents', async () => {
      expect(await folios({ q: 'gutierrez rosa' })).toEqual([rosa.folio]);
      expect(await folios({ q: 'ROSA GUTIÉRREZ lopez' })).toEqual([rosa.folio]);
      expect(await folios({ q: 'perez juan' })).toEqual([juan.folio]);
      expect(await folios({ q: 'rosa perez' })).toEqual([]);
    });

    it('finds by CURP and by RFC with or without homoclave', async () => {
      expect(await folios({ q: 'PEGJ750505HDFRMN02' })).toEqual([juan.folio]);
      expect(await folios({ q: 'pegj750505hdfrmn02' })).toEqual([juan.folio]);
      expect(await folios({ q: 'GULR800101' })).toEqual([rosa.folio]);
      expect(await folios({ q: 'GULR800101AB1' })).toEqual([rosa.folio]);
      expect(await folios({ q: 'GULR800101ZZ9' })).toEqual([]);
    });

    it('still finds by folio prefix', async () => {
      expect((await folios({ q: 'alfa-2026' })).sort()).toEqual([ana.folio, juan.folio].sort());
    });
  });

  describe('filters', () => {
    it('by tipo, filed year, reported year and format', async () => {
      expect(await folios({ tipo: 'MODIFICACIÓN' })).toEqual([juan.folio]);
      expect(await folios({ anio: 2025 })).toEqual([rosa.folio]);
      expect(await folios({ anioReportado: 2025 })).toEqual([juan.folio]);
      expect(await folios({ formato: 'simplificada' })).toEqual([juan.folio]);
      expect(await folios({ formato: 'completa' })).toEqual([juan.folio, ana.folio, rosa.folio].filter((f) => f !== juan.folio));
    });

    it('by the filer’s área in the roster, showing none for a filer without a roster row', async () => {
      expect(await folios({ area: 'Dirección de Finanzas' })).toEqual([rosa.folio]);
      const all = await list({});
      expect(Object.fromEntries(all.items.map((i) => [i.folio, i.area]))).toEqual({ [rosa.folio]: 'Dirección de Finanzas', [juan.folio]: 'Unidad Jurídica', [ana.folio]: null });
    });

    it('by the state of the obligation the filing met', async () => {
      expect(await folios({ estadoObligacion: 'PRESENTADA_EN_TIEMPO' })).toEqual([juan.folio]);
      expect(await folios({ estadoObligacion: 'PRESENTADA_EXTEMPORANEA' })).toEqual([rosa.folio]);
      const all = await list({});
      expect(all.items.find((i) => i.id === ana.id)?.obligationState).toBeNull();
    });

    it('combines filters, pages newest first and counts every match', async () => {
      const page = await list({ limit: 1, offset: 1 });
      expect([page.total, page.items.map((i) => i.folio)]).toEqual([3, [ana.folio]]);
      expect(await folios({ formato: 'completa', anio: 2026 })).toEqual([ana.folio]);
    });

    it('refuses an unknown filter value naming the field, in Spanish', async () => {
      const res = await t.http().get('/api/filings').query({ estadoRevision: 'LISTA' }).set(bearer(revisor)).expect(400);
      expect(res.body.errors).toEqual([{ path: 'estadoRevision', message: expect.stringContaining('debe ser uno de') }]);
    });

    it('a filer lists only their own filings, without the review fields', async () => {
      const res = await list({ tipo: 'INICIAL' }, juan.token);
      expect(res.items.map((i) => i.folio)).toEqual([juan.folio]);
      expect(res.items[0]).not.toHaveProperty('reviewState');
    });
  });

  describe('opening a filing', () => {
    it('is audit-logged for a reviewer, with no personal data', async () => {
      await t.http().get(`/api/filings/${rosa.id}`).set(bearer(revisor)).expect(200);
      const owner = await t.owner();
      const { rows } = await owner.query(`SELECT actor_user_id, target_id, details FROM audit_events WHERE action = 'filing.opened'`);
      expect(rows).toEqual([{ actor_user_id: world.revisorA.userId, target_id: rosa.id, details: { folio: rosa.folio } }]);
    });

    it('lists the filer’s tax constancias, read-only', async () => {
      await (await t.owner()).query(
        `INSERT INTO tax_constancias (institution_id, user_id, fiscal_year, file_name, size, sha256, storage_key) VALUES ($1, $2, 2025, 'acuse-sat-2025.pdf', 2048, repeat('a', 64), 'constancia/rosa')`,
        [ALFA.id, rosa.userId],
      );
      const res = await t.http().get(`/api/filings/${rosa.id}`).set(bearer(revisor)).expect(200);
      expect(res.body.constancias).toEqual([{ id: expect.any(String), fiscalYear: 2025, fileName: 'acuse-sat-2025.pdf', size: 2048, uploadedAt: expect.any(String) }]);
      expect((await t.http().get(`/api/filings/${juan.id}`).set(bearer(revisor)).expect(200)).body.constancias).toEqual([]);
    });

    it('is not logged when filers read their own', async () => {
      await t.http().get(`/api/filings/${ana.id}`).set(bearer(ana.token)).expect(200);
      const { rows } = await (await t.owner()).query(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'filing.opened' AND target_id = $1`, [ana.id]);
      expect(rows[0].n).toBe(0);
    });
  });

  describe('review', () => {
    const review = (id: string) => t.http().get(`/api/filings/${id}/review`).set(bearer(revisor));

    it('moves through states with an assignee and notes, refusing stale changes, and audits each change', async () => {
      expect((await review(juan.id).expect(200)).body).toMatchObject({ state: 'SIN_REVISAR', assignee: null, version: 0, notes: [] });

      const started = await t.http().put(`/api/filings/${juan.id}/review`).set(bearer(revisor)).send({ version: 0, state: 'EN_REVISION', assigneeId: world.revisorA.userId }).expect(200);
      expect(started.body).toMatchObject({ state: 'EN_REVISION', version: 1, assignee: { userId: world.revisorA.userId, nombreCompleto: 'Persona revisor.alfa' } });

      const stale = await t.http().put(`/api/filings/${juan.id}/review`).set(bearer(admin)).send({ version: 0, state: 'CONCLUIDA' }).expect(409);
      expect(stale.body.message).toMatch(/Otra persona cambió esta revisión/);

      const noted = await t.http().post(`/api/filings/${juan.id}/review/notes`).set(bearer(revisor)).send({ texto: 'Falta el comprobante del inmueble.' }).expect(201);
      expect(noted.body.notes).toEqual([{ id: expect.any(String), author: { userId: world.revisorA.userId, nombreCompleto: 'Persona revisor.alfa' }, body: 'Falta el comprobante del inmueble.', createdAt: expect.any(String) }]);

      const observed = await t.http().put(`/api/filings/${juan.id}/review`).set(bearer(admin)).send({ version: 1, state: 'CON_OBSERVACIONES' }).expect(200);
      expect(observed.body).toMatchObject({ state: 'CON_OBSERVACIONES', version: 2, assignee: { userId: world.revisorA.userId } });

      const { rows } = await (await t.owner()).query(
        `SELECT action, actor_user_id, details FROM audit_events WHERE target_id = $1 AND action LIKE 'review.%' ORDER BY seq`,
        [juan.id],
      );
      expect(rows).toEqual([
        { action: 'review.state_changed', actor_user_id: world.revisorA.userId, details: { before: 'SIN_REVISAR', after: 'EN_REVISION' } },
        { action: 'review.assigned', actor_user_id: world.revisorA.userId, details: { before: null, after: world.revisorA.userId } },
        { action: 'review.note_added', actor_user_id: world.revisorA.userId, details: { noteId: noted.body.notes[0].id } },
        { action: 'review.state_changed', actor_user_id: world.adminA.userId, details: { before: 'EN_REVISION', after: 'CON_OBSERVACIONES' } },
      ]);

      expect(await folios({ estadoRevision: 'CON_OBSERVACIONES' })).toEqual([juan.folio]);
      expect((await folios({ estadoRevision: 'SIN_REVISAR' })).sort()).toEqual([ana.folio, rosa.folio].sort());
      expect(await folios({ asignadoA: world.revisorA.userId })).toEqual([juan.folio]);
      expect((await list({ q: 'juan' })).items[0]).toMatchObject({ reviewState: 'CON_OBSERVACIONES', assignee: { userId: world.revisorA.userId } });
    });

    it('assigns only to reviewers or admins of the institution', async () => {
      const res = await t.http().put(`/api/filings/${ana.id}/review`).set(bearer(revisor)).send({ version: 0, assigneeId: world.declaranteA.userId }).expect(400);
      expect(res.body.errors).toEqual([{ path: 'assigneeId', message: expect.stringContaining('revisión o administración') }]);
      const other = await t.http().put(`/api/filings/${ana.id}/review`).set(bearer(revisor)).send({ version: 0, assigneeId: world.adminB.userId }).expect(400);
      expect(other.body.errors[0].path).toBe('assigneeId');
    });

    it('refuses an empty note', async () => {
      const res = await t.http().post(`/api/filings/${ana.id}/review/notes`).set(bearer(revisor)).send({ texto: '   ' }).expect(400);
      expect(res.body.errors).toEqual([{ path: 'texto', message: expect.stringContaining('escribe la nota') }]);
    });

    it('lists who a review can be assigned to', async () => {
      const res = await t.http().get('/api/reviewers').set(bearer(revisor)).expect(200);
      expect(res.body.map((r: { userId: string }) => r.userId).sort()).toEqual([world.adminA.userId, world.revisorA.userId].sort());
    });
  });
  // Last: it adds a filing the counts above do not expect.
  describe('comparing', () => {
    it('names the filer’s previous filing, to compare a MODIFICACIÓN against', async () => {
      const modificacion = await seedFiling(t, {
        key: 'rosa-2', nombres: 'Rosa María', primerApellido: 'Gutiérrez', segundoApellido: 'López', curp: 'GULR800101MDFTPS09', rfc: 'GULR800101', homoclave: 'AB1',
        tipo: 'MODIFICACIÓN', completa: true, filedAt: '2026-05-20T17:00:00Z', anioReportado: 2025, sameFilerAs: rosa,
      });
      expect((await t.http().get(`/api/filings/${modificacion.id}`).set(bearer(revisor)).expect(200)).body.previousFilingId).toBe(rosa.id);
      expect((await t.http().get(`/api/filings/${rosa.id}`).set(bearer(revisor)).expect(200)).body.previousFilingId).toBeNull();
    });
  });
});
