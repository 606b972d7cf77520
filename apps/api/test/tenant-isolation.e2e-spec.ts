import { bearer, login, seedWorld, ALFA, BETA, PASSWORD, type World } from './support/seed';
import { startTestApp, type TestApp } from './support/test-app';
import { listRoutes, routeKey } from './support/routes';
import { validCurp } from './support/roster';
import { adminIsolationCases } from './tenant-isolation/admin-cases';
import { seedConsole } from './reports/console-seed';
import { consoleIsolationCases, seedBetaFilerRecords } from './tenant-isolation/console-cases';

const BETA_CURP = validCurp('BETA800101HDFTRR');
const ROSTER_CSV = (curp: string) => `curp,nombres,primer_apellido,fecha_alta,motivo\n${curp},Solo,Beta,2025-01-02,alta`;

/**
 * For every tenant-scoped route, a person of institution Alfa using Beta's ids gets 404 with no
 * data, lists show only Alfa's rows, and a member without the role gets 403. A new tenant route
 * without a case here makes the first test fail.
 */
describe('tenant isolation', () => {
  let t: TestApp;
  let world: World;
  let adminA: string;
  let declaranteA: string;
  let betaInvitationId: string;
  let betaDraftId: string;
  let betaFilingId: string;
  let betaS1Client: { id: string; client_id: string };
  let betaImportId: string;
  let betaPersonId: string;
  let betaRecords: { constanciaId: string; avisoId: string };
  const notFound = { statusCode: 404, code: 'NO_ENCONTRADO' };

  beforeAll(async () => {
    t = await startTestApp();
    world = await seedWorld(t);
    adminA = (await login(t, world.adminA.email)).token;
    declaranteA = (await login(t, world.declaranteA.email)).token;
    const adminB = (await login(t, world.adminB.email)).token;
    const inv = await t.http().post('/api/invitations').set(bearer(adminB)).send({ email: 'solo.beta@prueba.mx', roles: ['DECLARANTE'] }).expect(201);
    betaInvitationId = inv.body.id;
    betaS1Client = (await t.http().post('/api/s1-clients').set(bearer(adminB)).send({ label: 'Beta' }).expect(201)).body;
    ({ draftId: betaDraftId, filingId: betaFilingId } = await seedBetaDeclarations(t, world));
    // Beta's roster: one person applied, one preview left pending.
    const applied = await t.http().post('/api/roster/imports').set(bearer(adminB)).set('Content-Type', 'text/csv').send(ROSTER_CSV(BETA_CURP)).expect(201);
    await t.http().post(`/api/roster/imports/${applied.body.id}/apply`).set(bearer(adminB)).expect(200);
    betaPersonId = (await t.http().get('/api/roster').set(bearer(adminB)).expect(200)).body.items[0].id;
    betaImportId = (await t.http().post('/api/roster/imports').set(bearer(adminB)).set('Content-Type', 'text/csv').send(ROSTER_CSV(validCurp('BETB800101HDFTRR'))).expect(201)).body.id;
    await seedConsole(t);
    betaRecords = await seedBetaFilerRecords(t, world);
  });
  afterAll(() => t.close());

  type Case = () => Promise<void>;
  const cases: Record<string, Case> = {
    'GET /api/members': async () => {
      const res = await t.http().get('/api/members').set(bearer(adminA)).expect(200);
      const emails: string[] = res.body.items.map((m: { email: string }) => m.email);
      expect(emails).not.toContain(world.adminB.email);
      expect(emails).not.toContain(world.declaranteB.email);
      await t.http().get('/api/members').set(bearer(declaranteA)).expect(403);
    },
    'GET /api/members/:id': async () => {
      const res = await t.http().get(`/api/members/${world.declaranteB.membershipId}`).set(bearer(adminA)).expect(404);
      expect(res.body).toMatchObject(notFound);
      expect(JSON.stringify(res.body)).not.toContain(world.declaranteB.email);
      await t.http().get(`/api/members/${world.declaranteA.membershipId}`).set(bearer(adminA)).expect(200);
      await t.http().get(`/api/members/no-es-uuid`).set(bearer(adminA)).expect(404);
      await t.http().get(`/api/members/${world.declaranteA.membershipId}`).set(bearer(declaranteA)).expect(403);
    },
    'PATCH /api/members/:id': async () => {
      await t.http().patch(`/api/members/${world.declaranteB.membershipId}`).set(bearer(adminA)).send({ roles: ['ADMIN_INSTITUCION'] }).expect(404);
      const owner = await t.owner();
      const { rows } = await owner.query(`SELECT roles FROM memberships WHERE id = $1`, [world.declaranteB.membershipId]);
      expect(rows[0].roles).toEqual(['DECLARANTE']);
      await t.http().patch(`/api/members/${world.declaranteA.membershipId}`).set(bearer(declaranteA)).send({ roles: ['ADMIN_INSTITUCION'] }).expect(403);
    },
    'GET /api/invitations': async () => {
      const res = await t.http().get('/api/invitations').set(bearer(adminA)).expect(200);
      expect(res.body.items.map((i: { id: string }) => i.id)).not.toContain(betaInvitationId);
      expect(res.body.items.map((i: { email: string }) => i.email)).not.toContain('solo.beta@prueba.mx');
      await t.http().get('/api/invitations').set(bearer(declaranteA)).expect(403);
    },
    'POST /api/invitations': async () => {
      const res = await t.http().post('/api/invitations').set(bearer(adminA)).send({ email: 'a.para.alfa@prueba.mx', roles: ['DECLARANTE'] }).expect(201);
      const owner = await t.owner();
      const { rows } = await owner.query(`SELECT institution_id FROM invitations WHERE id = $1`, [res.body.id]);
      expect(rows[0].institution_id).toBe(ALFA.id);
      await t.http().post('/api/invitations').set(bearer(declaranteA)).send({ email: 'z@prueba.mx', roles: ['DECLARANTE'] }).expect(403);
    },
    'POST /api/invitations/:id/revoke': async () => {
      const res = await t.http().post(`/api/invitations/${betaInvitationId}/revoke`).set(bearer(adminA)).expect(404);
      expect(res.body).toMatchObject(notFound);
      const owner = await t.owner();
      const { rows } = await owner.query(`SELECT revoked_at FROM invitations WHERE id = $1`, [betaInvitationId]);
      expect(rows[0].revoked_at).toBeNull();
      await t.http().post(`/api/invitations/${betaInvitationId}/revoke`).set(bearer(declaranteA)).expect(403);
    },
    'POST /api/roster/imports': async () => {
      const res = await t.http().post('/api/roster/imports').set(bearer(adminA)).set('Content-Type', 'text/csv').send(ROSTER_CSV(BETA_CURP)).expect(201);
      // Beta's person is new to Alfa's roster: the preview compares with Alfa's rows only.
      expect(res.body.counts).toMatchObject({ NUEVA: 1, CAMBIO: 0, SIN_CAMBIO: 0 });
      const { rows } = await (await t.owner()).query(`SELECT institution_id FROM roster_imports WHERE id = $1`, [res.body.id]);
      expect(rows[0].institution_id).toBe(ALFA.id);
      await t.http().post('/api/roster/imports').set(bearer(declaranteA)).set('Content-Type', 'text/csv').send(ROSTER_CSV(BETA_CURP)).expect(403);
    },
    'GET /api/roster/imports/:id': async () => {
      const res = await t.http().get(`/api/roster/imports/${betaImportId}`).set(bearer(adminA)).expect(404);
      expect(res.body).toMatchObject(notFound);
      await t.http().get(`/api/roster/imports/${betaImportId}`).set(bearer(declaranteA)).expect(403);
    },
    'POST /api/roster/imports/:id/apply': async () => {
      await t.http().post(`/api/roster/imports/${betaImportId}/apply`).set(bearer(adminA)).expect(404);
      await t.http().post(`/api/roster/imports/${betaImportId}/apply`).set(bearer(declaranteA)).expect(403);
      const { rows } = await (await t.owner()).query(`SELECT status FROM roster_imports WHERE id = $1`, [betaImportId]);
      expect(rows[0].status).toBe('PREVISTA');
    },
    'POST /api/roster/imports/:id/discard': async () => {
      await t.http().post(`/api/roster/imports/${betaImportId}/discard`).set(bearer(adminA)).expect(404);
      await t.http().post(`/api/roster/imports/${betaImportId}/discard`).set(bearer(declaranteA)).expect(403);
      const { rows } = await (await t.owner()).query(`SELECT status FROM roster_imports WHERE id = $1`, [betaImportId]);
      expect(rows[0].status).toBe('PREVISTA');
    },
    'GET /api/roster': async () => {
      const res = await t.http().get(`/api/roster?q=${BETA_CURP}`).set(bearer(adminA)).expect(200);
      expect(res.body.items.map((p: { id: string }) => p.id)).not.toContain(betaPersonId);
      await t.http().get('/api/roster').set(bearer(declaranteA)).expect(403);
    },
    'GET /api/roster/:personId': async () => {
      const res = await t.http().get(`/api/roster/${betaPersonId}`).set(bearer(adminA)).expect(404);
      expect(res.body).toMatchObject(notFound);
      expect(JSON.stringify(res.body)).not.toContain(BETA_CURP);
      await t.http().get(`/api/roster/${betaPersonId}`).set(bearer(declaranteA)).expect(403);
    },
    'PATCH /api/roster/:personId': async () => {
      await t.http().patch(`/api/roster/${betaPersonId}`).set(bearer(adminA)).send({ nombres: 'Cambiado' }).expect(404);
      await t.http().patch(`/api/roster/${betaPersonId}`).set(bearer(declaranteA)).send({ nombres: 'Cambiado' }).expect(403);
      const { rows } = await (await t.owner()).query(`SELECT nombres FROM roster_people WHERE id = $1`, [betaPersonId]);
      expect(rows[0].nombres).toBe('Solo');
    },
    'GET /api/audit-events': async () => {
      const res = await t.http().get('/api/audit-events?limit=200').set(bearer(adminA)).expect(200);
      expect(res.body.map((e: { targetId: string }) => e.targetId)).not.toContain(betaInvitationId);
      const owner = await t.owner();
      const { rows } = await owner.query(`SELECT count(*)::int AS n FROM audit_events WHERE institution_id = $1`, [ALFA.id]);
      expect(res.body).toHaveLength(rows[0].n);
      await t.http().get('/api/audit-events').set(bearer(declaranteA)).expect(403);
    },
    'PUT /api/members/:id/employment-level': async () => {
      const level = { employmentLevel: 'JEFE_DEPARTAMENTO_O_SUPERIOR' };
      await t.http().put(`/api/members/${world.declaranteB.membershipId}/employment-level`).set(bearer(adminA)).send(level).expect(404);
      const { rows } = await (await t.owner()).query(`SELECT employment_level FROM memberships WHERE id = $1`, [world.declaranteB.membershipId]);
      expect(rows[0].employment_level).toBe('INFERIOR_A_JEFE_DEPARTAMENTO');
      await t.http().put(`/api/members/${world.declaranteA.membershipId}/employment-level`).set(bearer(declaranteA)).send(level).expect(403);
    },
    'GET /api/declarations': async () => {
      const res = await t.http().get('/api/declarations').set(bearer(declaranteA)).expect(200);
      expect(res.body.map((d: { id: string }) => d.id)).not.toContain(betaDraftId);
      await t.http().get('/api/declarations').set(bearer(adminA)).expect(403);
    },
    'POST /api/declarations': async () => {
      await t.http().put(`/api/members/${world.declaranteA.membershipId}/employment-level`).set(bearer(adminA)).send({ employmentLevel: 'INFERIOR_A_JEFE_DEPARTAMENTO' }).expect(200);
      const res = await t.http().post('/api/declarations').set(bearer(declaranteA)).send({ tipo: 'INICIAL', fechaTomaPosesion: '2024-01-01' }).expect(201);
      const { rows } = await (await t.owner()).query(`SELECT institution_id FROM declarations WHERE id = $1`, [res.body.id]);
      expect(rows[0].institution_id).toBe(ALFA.id);
      await t.http().post('/api/declarations').set(bearer(adminA)).send({ tipo: 'INICIAL', fechaTomaPosesion: '2024-01-01' }).expect(403);
    },
    'GET /api/declarations/:id': async () => {
      expect((await t.http().get(`/api/declarations/${betaDraftId}`).set(bearer(declaranteA)).expect(404)).body).toMatchObject(notFound);
    },
    'PUT /api/declarations/:id/sections/:section': async () => {
      await t.http().put(`/api/declarations/${betaDraftId}/sections/datosGenerales`).set(bearer(declaranteA)).set('If-Match', '"0"').send({ nombre: 'Intruso' }).expect(404);
      const { rows } = await (await t.owner()).query(`SELECT count(*)::int AS n FROM declaration_sections WHERE declaration_id = $1`, [betaDraftId]);
      expect(rows[0].n).toBe(0);
      await t.http().put(`/api/declarations/${betaDraftId}/sections/datosGenerales`).set(bearer(adminA)).set('If-Match', '"0"').send({ nombre: 'Intruso' }).expect(403);
    },
    'GET /api/declarations/readiness': async () => {
      // The answer is about the membership in the institution of the token, never another one.
      const res = await t.http().get('/api/declarations/readiness').set(bearer(declaranteA)).expect(200);
      const { rows } = await (await t.owner()).query(`SELECT employment_level FROM memberships WHERE id = $1`, [world.declaranteA.membershipId]);
      expect(res.body.employmentLevel).toBe(rows[0].employment_level);
      await t.http().get('/api/declarations/readiness').set(bearer(adminA)).expect(403);
    },
    'GET /api/declarations/obligations': async () => {
      // Beta's roster lists Beta's filer with an obligation; Alfa's filer is on no roster yet.
      const owner = await t.owner();
      const seedObligation = async (institutionId: string, userId: string, curp: string) => {
        const person = await owner.query(
          `INSERT INTO roster_people (institution_id, curp, nombres, primer_apellido, fecha_alta, user_id) VALUES ($1, $2, 'Ana', 'Pérez', '2026-01-05', $3) RETURNING id`,
          [institutionId, curp, userId],
        );
        const { rows } = await owner.query(
          `INSERT INTO obligations (institution_id, person_id, kind, period_key, trigger_date, window_start, due_date, state, basis)
           VALUES ($1, $2, 'INICIAL', '2026-01-05', '2026-01-05', '2026-01-05', '2026-03-06', 'OMISA', 'Cuarta') RETURNING id`,
          [institutionId, person.rows[0].id],
        );
        return rows[0].id as string;
      };
      const betaObligation = await seedObligation(BETA.id, world.declaranteB.userId, 'BBBB800101HDFRRN09');
      expect((await t.http().get('/api/declarations/obligations').set(bearer(declaranteA)).expect(200)).body).toEqual({ onRoster: false, items: [] });
      const alfaObligation = await seedObligation(ALFA.id, world.declaranteA.userId, 'AAAA800101HDFRRN09');
      const res = await t.http().get('/api/declarations/obligations').set(bearer(declaranteA)).expect(200);
      expect(res.body.items.map((o: { id: string }) => o.id)).toEqual([alfaObligation]);
      expect(JSON.stringify(res.body)).not.toContain(betaObligation);
      await t.http().get('/api/declarations/obligations').set(bearer(adminA)).expect(403);
    },
    'GET /api/declarations/:id/changes': async () => {
      await t.http().get(`/api/declarations/${betaDraftId}/changes`).set(bearer(declaranteA)).expect(404);
    },
    'POST /api/declarations/:id/sign': async () => {
      await t.http().post(`/api/declarations/${betaDraftId}/sign`).set(bearer(declaranteA)).send({ password: PASSWORD, aceptaProtesta: true }).expect(404);
      const { rows } = await (await t.owner()).query(`SELECT count(*)::int AS n FROM filings WHERE declaration_id = $1`, [betaDraftId]);
      expect(rows[0].n).toBe(0);
    },
    'GET /api/filings': async () => {
      for (const token of [adminA, declaranteA]) {
        const res = await t.http().get('/api/filings').set(bearer(token)).expect(200);
        expect(res.body.items.map((f: { id: string }) => f.id)).not.toContain(betaFilingId);
      }
    },
    'GET /api/filings/export.csv': async () => {
      const betaFolio = (await (await t.owner()).query(`SELECT folio FROM filings WHERE id = $1`, [betaFilingId])).rows[0].folio as string;
      // Alfa's admin exports Alfa's list: Beta's filing is not in it, not even when searched for by its folio.
      for (const q of [undefined, betaFolio]) {
        const res = await t.http().get('/api/filings/export.csv').query(q ? { q } : {}).set(bearer(adminA)).expect(200);
        expect(res.text).toContain('Folio,Declarante');
        expect(res.text).not.toContain(betaFolio);
      }
    },
    'GET /api/filings/:id': async () => {
      const res = await t.http().get(`/api/filings/${betaFilingId}`).set(bearer(adminA)).expect(404);
      expect(JSON.stringify(res.body)).not.toContain('BETA-2026');
    },
    'POST /api/filings/:id/corrections': async () => {
      await t.http().post(`/api/filings/${betaFilingId}/corrections`).set(bearer(declaranteA)).expect(404);
    },
    'PUT /api/filings/:id/reservation': async () => {
      const body = { reservada: true, motivo: 'Acuerdo CT-01/2026 del Comité de Transparencia' };
      await t.http().put(`/api/filings/${betaFilingId}/reservation`).set(bearer(adminA)).send(body).expect(404);
      const { rows } = await (await t.owner()).query(`SELECT reserved FROM filings WHERE id = $1`, [betaFilingId]);
      expect(rows[0].reserved).toBe(false);
      await t.http().put(`/api/filings/${betaFilingId}/reservation`).set(bearer(declaranteA)).send(body).expect(403);
    },
    'GET /api/s1-clients': async () => {
      const res = await t.http().get('/api/s1-clients').set(bearer(adminA)).expect(200);
      expect(res.body.map((c: { id: string }) => c.id)).not.toContain(betaS1Client.id);
      expect(JSON.stringify(res.body)).not.toContain(betaS1Client.client_id);
      await t.http().get('/api/s1-clients').set(bearer(declaranteA)).expect(403);
    },
    'POST /api/s1-clients': async () => {
      const res = await t.http().post('/api/s1-clients').set(bearer(adminA)).send({ label: 'Alfa' }).expect(201);
      expect(res.body.token_url).toMatch(/\/s1\/alfa\/oauth\/token$/);
      const { rows } = await (await t.owner()).query(`SELECT institution_id FROM s1_clients WHERE id = $1`, [res.body.id]);
      expect(rows[0].institution_id).toBe(ALFA.id);
      await t.http().post('/api/s1-clients').set(bearer(declaranteA)).send({}).expect(403);
    },
    'POST /api/s1-clients/:id/revoke': async () => {
      const res = await t.http().post(`/api/s1-clients/${betaS1Client.id}/revoke`).set(bearer(adminA)).expect(404);
      expect(res.body).toMatchObject(notFound);
      expect(JSON.stringify(res.body)).not.toContain(betaS1Client.client_id);
      const { rows } = await (await t.owner()).query(`SELECT revoked_at FROM s1_clients WHERE id = $1`, [betaS1Client.id]);
      expect(rows[0].revoked_at).toBeNull();
      await t.http().post(`/api/s1-clients/${betaS1Client.id}/revoke`).set(bearer(declaranteA)).expect(403);
    },
    'GET /api/filings/:id/documents': async () => {
      const sha = await seedBetaDocument(t, betaFilingId);
      for (const token of [adminA, declaranteA]) {
        const res = await t.http().get(`/api/filings/${betaFilingId}/documents`).set(bearer(token)).expect(404);
        expect(res.body).toMatchObject(notFound);
        expect(JSON.stringify(res.body)).not.toContain(sha);
      }
    },
    'GET /api/filings/:id/documents/:kind': async () => {
      const sha = await seedBetaDocument(t, betaFilingId);
      for (const token of [adminA, declaranteA]) {
        const res = await t.http().get(`/api/filings/${betaFilingId}/documents/acuse`).set(bearer(token)).expect(404);
        expect(res.body).toMatchObject(notFound);
        expect(res.headers['x-content-sha256']).toBeUndefined();
        expect(JSON.stringify(res.body)).not.toContain(sha);
      }
      const { rows } = await (await t.owner()).query(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'document.downloaded'`);
      expect(rows[0].n).toBe(0);
    },
    'GET /api/filings/:id/review': async () => {
      const res = await t.http().get(`/api/filings/${betaFilingId}/review`).set(bearer(adminA)).expect(404);
      expect(res.body).toMatchObject(notFound);
      await t.http().get(`/api/filings/${betaFilingId}/review`).set(bearer(declaranteA)).expect(403);
    },
    'PUT /api/filings/:id/review': async () => {
      await t.http().put(`/api/filings/${betaFilingId}/review`).set(bearer(adminA)).send({ version: 0, state: 'CONCLUIDA' }).expect(404);
      await t.http().put(`/api/filings/${betaFilingId}/review`).set(bearer(declaranteA)).send({ version: 0, state: 'CONCLUIDA' }).expect(403);
      const { rows } = await (await t.owner()).query(`SELECT count(*)::int AS n FROM filing_reviews WHERE filing_id = $1`, [betaFilingId]);
      expect(rows[0].n).toBe(0);
    },
    'POST /api/filings/:id/review/notes': async () => {
      await t.http().post(`/api/filings/${betaFilingId}/review/notes`).set(bearer(adminA)).send({ texto: 'Nota de Alfa' }).expect(404);
      await t.http().post(`/api/filings/${betaFilingId}/review/notes`).set(bearer(declaranteA)).send({ texto: 'Nota de Alfa' }).expect(403);
      const { rows } = await (await t.owner()).query(`SELECT count(*)::int AS n FROM filing_review_notes WHERE filing_id = $1`, [betaFilingId]);
      expect(rows[0].n).toBe(0);
    },
    'GET /api/reviewers': async () => {
      const res = await t.http().get('/api/reviewers').set(bearer(adminA)).expect(200);
      const ids: string[] = res.body.map((r: { userId: string }) => r.userId);
      expect(ids).toEqual(expect.arrayContaining([world.adminA.userId, world.revisorA.userId]));
      expect(ids).not.toContain(world.adminB.userId);
      await t.http().get('/api/reviewers').set(bearer(declaranteA)).expect(403);
    },
    'GET /api/declarations/:id/preview.pdf': async () => {
      const res = await t.http().get(`/api/declarations/${betaDraftId}/preview.pdf`).set(bearer(declaranteA)).expect(404);
      expect(res.body).toMatchObject(notFound);
      expect(res.headers['content-type']).not.toMatch(/pdf/);
      await t.http().get(`/api/declarations/${betaDraftId}/preview.pdf`).set(bearer(adminA)).expect(403);
    },
    ...adminIsolationCases({ t: () => t, world: () => world, adminA: () => adminA, declaranteA: () => declaranteA, betaInvitationId: () => betaInvitationId }),
    ...consoleIsolationCases({ t: () => t, world: () => world, adminA: () => adminA, declaranteA: () => declaranteA, betaRecords: () => betaRecords }),
  };

  it('has a case for every tenant-scoped route', () => {
    const tenantRoutes = listRoutes(t.app).filter((r) => r.policy?.kind === 'member').map(routeKey);
    expect(tenantRoutes.sort()).toEqual(Object.keys(cases).sort());
  });

  for (const [route, run] of Object.entries(cases)) {
    it(`${route}: Alfa sees nothing of Beta`, run);
  }
});

/** A draft and a filing of Beta's filer, written directly so the routes above have Beta ids to try. */
async function seedBetaDeclarations(t: TestApp, world: World): Promise<{ draftId: string; filingId: string }> {
  const owner = await t.owner();
  await owner.query(`UPDATE memberships SET employment_level = 'INFERIOR_A_JEFE_DEPARTAMENTO' WHERE id = $1`, [world.declaranteB.membershipId]);
  const insertDeclaration = async (status: string, key: string) =>
    (
      await owner.query(
        `INSERT INTO declarations (institution_id, user_id, tipo, declaracion_completa, fecha_toma_posesion, period_key, status)
         VALUES ($1, $2, 'INICIAL', false, '2024-01-01', $3, $4) RETURNING id`,
        [BETA.id, world.declaranteB.userId, key, status],
      )
    ).rows[0].id as string;
  const draftId = await insertDeclaration('BORRADOR', 'INICIAL:2024-01-01');
  const filedId = await insertDeclaration('PRESENTADA', 'INICIAL:2023-01-01');
  const { rows } = await owner.query(
    `INSERT INTO filings (institution_id, declaration_id, user_id, s1_id, folio, folio_year, folio_seq, tipo, declaracion_completa,
       actualizacion_conflicto_interes, filed_at, document, canonical_json, sha256, nombres, primer_apellido)
     VALUES ($1, $2, $3, 'bbbbbbbbbbbbbbbbbbbbbbbb', 'BETA-2026-000001', 2026, 1, 'INICIAL', false, false, now(), '{}', '{}', $4, 'Persona', 'Beta')
     RETURNING id`,
    [BETA.id, filedId, world.declaranteB.userId, 'f'.repeat(64)],
  );
  return { draftId, filingId: rows[0].id };
}

/** A stored acuse of Beta's filing (idempotent), so a download by Alfa would have something to leak. */
async function seedBetaDocument(t: TestApp, filingId: string): Promise<string> {
  const owner = await t.owner();
  const content = Buffer.from('%PDF-1.4 acuse de Beta');
  const sha = 'd'.repeat(64); // never served: the filing is not found first
  await owner.query(`INSERT INTO document_blobs (storage_key, institution_id, content) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [`acuse/${filingId}.pdf`, BETA.id, content]);
  await owner.query(
    `INSERT INTO documents (institution_id, filing_id, kind, sha256, size, storage, storage_key) VALUES ($1, $2, 'acuse', $3, $4, 'database', $5)
     ON CONFLICT DO NOTHING`,
    [BETA.id, filingId, sha, content.length, `acuse/${filingId}.pdf`],
  );
  return sha;
}
