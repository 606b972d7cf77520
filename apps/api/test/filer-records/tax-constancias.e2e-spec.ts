import { createHash } from 'node:crypto';
import { DeclarationsApi, LEVEL, type Filer } from '../declarations/helpers';
import { binary } from '../documents/verification-helpers';
import { pdnFields, requestToken, tablesContaining } from '../s1/credentials-helpers';
import { ALFA, bearer, login, seedWorld, type World } from '../support/seed';
import { startTestApp, type TestApp } from '../support/test-app';
import { waitFor } from '../support/wait';
import { auditActions, recomputeJobs, rosterRow, samplePdf } from './filer-records-helpers';

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const LAST_YEAR = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Mexico_City', year: 'numeric' }).format(new Date())) - 1;

describe('constancia de la declaración fiscal (acuse del SAT)', () => {
  let t: TestApp;
  let world: World;
  let api: DeclarationsApi;
  let filer: Filer;
  let revisor: string;
  let personId: string;

  const upload = (token: string, file: Buffer | null, fields: Record<string, string>, name = 'acuse-anual.pdf') => {
    let req = t.http().post('/api/tax-constancias').set(bearer(token));
    for (const [k, v] of Object.entries(fields)) req = req.field(k, v);
    if (file) req = req.attach('archivo', file, { filename: name, contentType: 'application/pdf' });
    return req;
  };

  beforeAll(async () => {
    t = await startTestApp();
    world = await seedWorld(t);
    api = new DeclarationsApi(t, (await login(t, world.adminA.email)).token);
    revisor = (await login(t, world.revisorA.email)).token;
    filer = await api.filer('rosa.fiscal', LEVEL.simplificada);
    personId = await rosterRow(t, filer.userId, 'ROFR800101MDFSSS01');
  });
  afterAll(() => t.close());

  it('stores a PDF privately with its SHA-256, audits it and asks for the filer’s obligations to be recomputed', async () => {
    const pdf = await samplePdf('acuse anual SAT');
    const res = await upload(filer.token, pdf, { anioFiscal: String(LAST_YEAR) }, 'Acuse declaración anual.pdf');
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ userId: filer.userId, anioFiscal: LAST_YEAR, nombreArchivo: 'Acuse declaración anual.pdf', tamano: pdf.length, sha256: sha256(pdf), vigente: true });
    const audited = await auditActions(t, 'constancia.uploaded');
    expect(audited.map((a) => [a.actor_user_id, a.target_id])).toEqual([[filer.userId, res.body.id]]);
    expect(await recomputeJobs(t)).toEqual([{ institutionId: ALFA.id, personIds: [personId] }]);
  });

  it('refuses a file that is not a PDF, a damaged PDF, an oversized file and a bad year, in Spanish with the field', async () => {
    const before = (await t.http().get('/api/tax-constancias').set(bearer(filer.token))).body.constancias.length;
    const notPdf = await upload(filer.token, Buffer.from('Esto es un texto, no un PDF'), { anioFiscal: String(LAST_YEAR) });
    expect([notPdf.status, notPdf.body.code, notPdf.body.message]).toEqual([415, 'NO_ES_PDF', expect.stringContaining('no es un PDF')]);
    const damaged = await upload(filer.token, Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >>\nbasura sin páginas'), { anioFiscal: String(LAST_YEAR) });
    expect([damaged.status, damaged.body.code, damaged.body.errors]).toEqual([422, 'PDF_ILEGIBLE', [{ path: 'archivo', message: 'no se puede leer como PDF' }]]);
    const big = Buffer.concat([await samplePdf('grande'), Buffer.alloc(5 * 1024 * 1024)]);
    const oversized = await upload(filer.token, big, { anioFiscal: String(LAST_YEAR) });
    expect([oversized.status, oversized.body.code, oversized.body.message]).toEqual([413, 'ARCHIVO_DEMASIADO_GRANDE', expect.stringContaining('5 MB')]);
    const noYear = await upload(filer.token, await samplePdf('sin año'), {});
    expect([noYear.status, noYear.body.errors]).toEqual([400, [{ path: 'anioFiscal', message: 'debe ser un año de cuatro dígitos' }]]);
    const future = await upload(filer.token, await samplePdf('futuro'), { anioFiscal: String(LAST_YEAR + 2) });
    expect([future.status, future.body.errors[0].path, future.body.errors[0].message]).toEqual([400, 'anioFiscal', expect.stringContaining(`${LAST_YEAR}`)]);
    const noFile = await upload(filer.token, null, { anioFiscal: String(LAST_YEAR) });
    expect([noFile.status, noFile.body.errors]).toEqual([400, [{ path: 'archivo', message: 'adjunta el acuse del SAT en PDF' }]]);
    expect((await t.http().get('/api/tax-constancias').set(bearer(filer.token))).body.constancias).toHaveLength(before);
  });

  it('replacing keeps the history and only the newest of the year counts', async () => {
    const second = await samplePdf('acuse anual corregido');
    const res = await upload(filer.token, second, { anioFiscal: String(LAST_YEAR) }).expect(201);
    const list = await t.http().get('/api/tax-constancias').set(bearer(filer.token)).expect(200);
    expect(list.body.requerida).toBe(false);
    expect(list.body.maxMb).toBe(5);
    const ofYear = list.body.constancias.filter((c: { anioFiscal: number }) => c.anioFiscal === LAST_YEAR);
    expect(ofYear.map((c: { id: string; vigente: boolean }) => [c.id, c.vigente])).toEqual([
      [res.body.id, true],
      [expect.any(String), false],
    ]);
  });

  it('says when the institution requires it', async () => {
    const owner = await t.owner();
    await owner.query(`UPDATE institutions SET requires_tax_constancia = true WHERE id = $1`, [ALFA.id]);
    expect((await t.http().get('/api/tax-constancias').set(bearer(filer.token)).expect(200)).body.requerida).toBe(true);
    await owner.query(`UPDATE institutions SET requires_tax_constancia = false WHERE id = $1`, [ALFA.id]);
  });

  it('a reviewer lists a filer’s constancias and downloads the stored bytes (audited); other filers and institutions cannot', async () => {
    const pdf = await samplePdf('para revisión');
    const { body: stored } = await upload(filer.token, pdf, { anioFiscal: String(LAST_YEAR - 1) }).expect(201);
    const listed = await t.http().get(`/api/tax-constancias?userId=${filer.userId}`).set(bearer(revisor)).expect(200);
    expect(listed.body.constancias.map((c: { id: string }) => c.id)).toContain(stored.id);
    expect(listed.body.constancias.every((c: { userId: string }) => c.userId === filer.userId)).toBe(true);
    const file = await t.http().get(`/api/tax-constancias/${stored.id}/archivo`).set(bearer(revisor)).buffer(true).parse(binary).expect(200);
    expect(Buffer.compare(file.body, pdf)).toBe(0);
    expect(file.headers['x-content-sha256']).toBe(sha256(pdf));
    const downloads = await auditActions(t, 'constancia.downloaded');
    expect(downloads.map((d) => [d.actor_user_id, d.target_id])).toContainEqual([world.revisorA.userId, stored.id]);

    const other = await api.filer('otro.fiscal', LEVEL.simplificada);
    await t.http().get(`/api/tax-constancias/${stored.id}/archivo`).set(bearer(other.token)).expect(404);
    expect((await t.http().get(`/api/tax-constancias`).set(bearer(other.token)).expect(200)).body.constancias).toEqual([]);
    await t.http().get(`/api/tax-constancias?userId=${filer.userId}`).set(bearer(other.token)).expect(404);
    const beta = (await login(t, world.adminB.email)).token;
    await t.http().get(`/api/tax-constancias/${stored.id}/archivo`).set(bearer(beta)).expect(404);
    expect((await t.http().get(`/api/tax-constancias?userId=${filer.userId}`).set(bearer(beta)).expect(200)).body.constancias).toEqual([]);
  });

  it('is never published through S1, even when attached to a filed declaration', async () => {
    const { declaration } = await api.file(filer, 'inicial-simplificada');
    const pdf = await samplePdf('adjunta a declaración');
    const { body: stored } = await upload(filer.token, pdf, { anioFiscal: String(LAST_YEAR), declarationId: declaration.id }).expect(201);
    expect(stored.declarationId).toBe(declaration.id);

    const client = (await t.http().post('/api/s1-clients').set(bearer(api.adminToken)).send({ label: 'PDN' }).expect(201)).body;
    const token = (await requestToken(t, 'alfa', { body: pdnFields(client) })).body.access_token as string;
    const page = await waitFor(
      async () => {
        const res = await t.http().post('/s1/alfa/v2/declaraciones').set(bearer(token)).send({ page: 1, pageSize: 50 });
        return res.status === 200 && res.body.pagination.totalRows > 0 ? res : null;
      },
      'the filing published in S1',
      30_000,
    );
    const text = JSON.stringify(page.body);
    expect(text).not.toContain(stored.sha256);
    expect(text).not.toContain(stored.id);
    expect(text.toLowerCase()).not.toContain('constancia');
    expect((await tablesContaining(t, stored.sha256)).sort()).toEqual(['audit_events', 'tax_constancias']);
  });
});
