import { bearer, login, seedWorld, BETA, type World } from '../support/seed';
import { startTestApp, type TestApp } from '../support/test-app';
import { validCurp } from '../support/roster';
import { seedConsole } from '../reports/console-seed';

export const BETA_CURP = validCurp('BETA800101HDFTRR');
export const ROSTER_CSV = (curp: string) => `curp,nombres,primer_apellido,fecha_alta,motivo\n${curp},Solo,Beta,2025-01-02,alta`;
export const notFound = { statusCode: 404, code: 'NO_ENCONTRADO' };

/** What every isolation case works with: Alfa's admin and filer signed in, and the ids of Beta's rows to try. */
export interface Isolation {
  t: TestApp;
  world: World;
  adminA: string;
  declaranteA: string;
  beta: {
    invitationId: string;
    draftId: string;
    filingId: string;
    s1Client: { id: string; client_id: string };
    importId: string;
    personId: string;
    records: { constanciaId: string; avisoId: string };
  };
}

export type IsolationCases = Record<string, () => Promise<void>>;

/** A case body over the context, which is filled in beforeAll: each case reads it when it runs. */
export const caseOf =
  (x: () => Isolation) =>
  (body: (x: Isolation) => Promise<void>): (() => Promise<void>) =>
  () =>
    body(x());

/** The app, the Alfa/Beta world and, through Beta's admin and the owner, a row of Beta behind every tenant route. */
export async function startIsolationWorld(): Promise<Isolation> {
  const t = await startTestApp();
  const world = await seedWorld(t);
  const adminA = (await login(t, world.adminA.email)).token;
  const declaranteA = (await login(t, world.declaranteA.email)).token;
  const adminB = (await login(t, world.adminB.email)).token;
  const inv = await t.http().post('/api/invitations').set(bearer(adminB)).send({ email: 'solo.beta@prueba.mx', roles: ['DECLARANTE'] }).expect(201);
  const s1Client = (await t.http().post('/api/s1-clients').set(bearer(adminB)).send({ label: 'Beta' }).expect(201)).body;
  const { draftId, filingId } = await seedBetaDeclarations(t, world);
  // Beta's roster: one person applied, one preview left pending.
  const applied = await t.http().post('/api/roster/imports').set(bearer(adminB)).set('Content-Type', 'text/csv').send(ROSTER_CSV(BETA_CURP)).expect(201);
  await t.http().post(`/api/roster/imports/${applied.body.id}/apply`).set(bearer(adminB)).expect(200);
  const personId = (await t.http().get('/api/roster').set(bearer(adminB)).expect(200)).body.items[0].id;
  const importId = (await t.http().post('/api/roster/imports').set(bearer(adminB)).set('Content-Type', 'text/csv').send(ROSTER_CSV(validCurp('BETB800101HDFTRR'))).expect(201)).body.id;
  await seedConsole(t);
  const records = await seedBetaFilerRecords(t, world);
  return { t, world, adminA, declaranteA, beta: { invitationId: inv.body.id, draftId, filingId, s1Client, importId, personId, records } };
}

/** A draft and a filing of Beta's filer, written directly so the routes have Beta ids to try. */
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
export async function seedBetaDocument(t: TestApp, filingId: string): Promise<string> {
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

/** A constancia fiscal and an aviso of Beta's filer (with stored bytes), written directly. */
async function seedBetaFilerRecords(t: TestApp, world: World): Promise<{ constanciaId: string; avisoId: string }> {
  const owner = await t.owner();
  const content = Buffer.from('%PDF-1.4 constancia de Beta');
  await owner.query(`INSERT INTO document_blobs (storage_key, institution_id, content) VALUES ('constancia-fiscal/beta.pdf', $1, $2)`, [BETA.id, content]);
  const constancia = await owner.query(
    `INSERT INTO tax_constancias (institution_id, user_id, fiscal_year, file_name, size, sha256, storage_key) VALUES ($1, $2, 2024, 'beta.pdf', $3, $4, 'constancia-fiscal/beta.pdf') RETURNING id`,
    [BETA.id, world.declaranteB.userId, content.length, 'c'.repeat(64)],
  );
  const aviso = await owner.query(
    `INSERT INTO avisos_cambio_ente (institution_id, user_id, folio, data, canonical_json, sha256, acuse_storage_key, acuse_sha256)
     VALUES ($1, $2, 'BETA-2026-AV-000001', '{}', '{}', $3, 'constancia-fiscal/beta.pdf', $4) RETURNING id`,
    [BETA.id, world.declaranteB.userId, 'a'.repeat(64), 'b'.repeat(64)],
  );
  return { constanciaId: constancia.rows[0].id, avisoId: aviso.rows[0].id };
}
