import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Response } from 'supertest';
import { FilingReadService } from '@veraz/declarations';
import { DeclarationPdfService } from '@veraz/documents';
import { projectPublic } from '@veraz/projection';
import { UnitOfWork } from '@veraz/tenancy';
import { DeclarationsApi, LEVEL, PERIOD, fixture, sectionsOf, type Filer, type Json } from '../declarations/helpers';
import { ALFA, bearer, login, seedWorld, type World } from '../support/seed';
import { startTestApp, type TestApp } from '../support/test-app';
import { waitFor } from '../support/wait';

/**
 * The declaration PDFs over the real application: signing enqueues the acuse, whose job enqueues
 * the complete and the public PDF; both are stored once. The draft preview is rendered on the fly
 * for its filer only.
 */
describe('declaration PDFs', () => {
  let t: TestApp;
  let world: World;
  let api: DeclarationsApi;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'veraz-declaration-pdf-e2e-'));

  beforeAll(async () => {
    t = await startTestApp();
    world = await seedWorld(t);
    api = new DeclarationsApi(t, (await login(t, world.adminA.email)).token);
  });
  afterAll(async () => {
    await t?.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  let seq = 0;
  function pdfText(pdf: Buffer, options: { nodiag?: boolean } = {}): string[] {
    const file = path.join(tmp, `${++seq}.pdf`);
    fs.writeFileSync(file, pdf);
    const pages = execFileSync('pdftotext', [...(options.nodiag ? ['-nodiag'] : []), '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).split('\f');
    if (pages.at(-1)!.trim() === '') pages.pop();
    return pages;
  }
  const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
  const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

  /** supertest leaves binary bodies alone unless asked to buffer them. */
  const binary = (res: NodeJS.ReadableStream, done: (err: Error | null, body: Buffer) => void) => {
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  };
  const preview = (token: string, id: string): Promise<Response> =>
    t.http().get(`/api/declarations/${id}/preview.pdf`).set(bearer(token)).buffer(true).parse(binary as never);

  describe('after signing', () => {
    let filer: Filer;
    let filing: { id: string; folio: string; sha256: string };
    let stored: Array<{ kind: string; sha256: string; size: number; storage_key: string }>;
    const item = fixture('inicial-completa');
    const sp = item.declaracion.situacionPatrimonial;

    const bytes = async (kind: string): Promise<Buffer> => {
      const row = stored.find((r) => r.kind === kind)!;
      const { rows } = await (await t.owner()).query(`SELECT content FROM document_blobs WHERE storage_key = $1 AND institution_id = $2`, [row.storage_key, ALFA.id]);
      return rows[0].content as Buffer;
    };

    beforeAll(async () => {
      filer = await api.filer('pdf.completa', LEVEL.completa);
      ({ filing } = await api.file(filer, 'inicial-completa'));
      const owner = await t.owner();
      stored = await waitFor(
        async () => {
          const { rows } = await owner.query(`SELECT kind, sha256, size, storage_key FROM documents WHERE filing_id = $1 ORDER BY kind`, [filing.id]);
          return rows.length === 3 ? rows : null;
        },
        'the acuse and both declaration PDFs',
        60_000,
      );
    });

    it('stores the acuse, the complete PDF and the public PDF, each once, with their SHA-256', async () => {
      expect(stored.map((r) => r.kind)).toEqual(['acuse', 'completa', 'publica']);
      for (const kind of ['completa', 'publica']) {
        const content = await bytes(kind);
        const row = stored.find((r) => r.kind === kind)!;
        expect(content.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        expect([sha256(content), content.length]).toEqual([row.sha256.trim(), Number(row.size)]);
      }
    });

    it('the public PDF shows only public data; the complete one shows everything', async () => {
      const publica = pdfText(await bytes('publica'));
      const completa = pdfText(await bytes('completa'));
      const pub = squash(publica.join(' '));
      const full = squash(completa.join(' '));
      expect(pub).toContain('Versión pública');
      expect(pub).toContain('Declaración de situación patrimonial y de intereses — Inicial');
      const secrets = [
        sp.datosGenerales.curp,
        `${sp.datosGenerales.rfc.rfc}${sp.datosGenerales.rfc.homoClave}`,
        sp.datosGenerales.correoElectronico.personal,
        sp.datosGenerales.telefono.casa,
        sp.domicilioDeclarante.domicilioMexico.calle,
        sp.datosPareja.nombre,
        sp.datosDependienteEconomico.dependienteEconomico[0].nombre,
        ...sp.inversiones.inversion.map((i: Json) => i.numeroCuentaContrato),
        ...sp.vehiculos.vehiculo.map((v: Json) => v.numeroSerieRegistro),
      ];
      expect(secrets.filter((s) => pub.includes(s))).toEqual([]);
      expect(secrets.filter((s) => !full.includes(s))).toEqual([]);
      // Both carry the filing's folio and hash on every page.
      for (const pages of [publica, completa]) {
        pages.forEach((page, i) => {
          expect(page).toContain(`Folio ${filing.folio}`);
          expect(page).toContain(filing.sha256);
          expect(page).toContain(`Página ${i + 1} de ${pages.length}`);
        });
      }
    });

    it('is rendered once: running the job again stores nothing new', async () => {
      const service = t.app.get(DeclarationPdfService);
      const again = await t.app.get(UnitOfWork).inTenant(ALFA.id, () => service.produce(filing.id, 'publica'));
      expect(again.created).toBe(false);
      expect(again.document.sha256).toBe(stored.find((r) => r.kind === 'publica')!.sha256.trim());
      const { rows } = await (await t.owner()).query(`SELECT count(*)::int AS n FROM documents WHERE filing_id = $1`, [filing.id]);
      expect(rows[0].n).toBe(3);
    });

    it('a filed declaration has no preview any more', async () => {
      const declarationId = (await (await t.owner()).query(`SELECT declaration_id FROM filings WHERE id = $1`, [filing.id])).rows[0].declaration_id;
      const res = await preview(filer.token, declarationId);
      expect(res.status).toBe(404);
    });
    it('a reserved or superseded filing gets its public PDF from its own projection, never from the private document', async () => {
      const admin = (await login(t, world.adminA.email)).token;
      const owner = await t.owner();
      const service = t.app.get(DeclarationPdfService);
      const filings = t.app.get(FilingReadService);
      const publicInput = (id: string) =>
        t.app.get(UnitOfWork).inTenant(ALFA.id, async () => service.input((await filings.findById(id))!, 'publica'));
      const published = async () => (await owner.query(`SELECT filing_id FROM s1_publications WHERE institution_id = $1 AND s1_id = (SELECT s1_id FROM filings WHERE id = $2)`, [ALFA.id, filing.id])).rows;
      const original = (await owner.query(`SELECT document FROM filings WHERE id = $1`, [filing.id])).rows[0].document;

      // Published: the stored projection of this very filing.
      expect((await published()).map((r) => r.filing_id)).toEqual([filing.id]);
      expect((await publicInput(filing.id)).item).toEqual(projectPublic(original));

      // Reserved: no publication, the same projection computed from the filing.
      const motivo = 'Acuerdo CT-07/2026 del Comité de Transparencia: riesgo para la integridad de la persona.';
      await t.http().put(`/api/filings/${filing.id}/reservation`).set(bearer(admin)).send({ reservada: true, motivo }).expect(200);
      expect(await published()).toEqual([]);
      const reserved = await publicInput(filing.id);
      expect(reserved.item).toEqual(projectPublic(original));
      expect(JSON.stringify(reserved.item)).not.toContain(sp.datosGenerales.curp);
      await t.http().put(`/api/filings/${filing.id}/reservation`).set(bearer(admin)).send({ reservada: false, motivo }).expect(200);

      // Superseded by a nota aclaratoria: the publication is the new version's; the old filing projects its own document.
      const correction = await t.http().post(`/api/filings/${filing.id}/corrections`).set(bearer(filer.token)).expect(201);
      const corrected = await api.signed(filer.token, correction.body.id, { notaAclaratoria: 'Corrijo las aclaraciones de datos generales.' });
      expect((await published()).map((r) => r.filing_id)).toEqual([corrected.id]);
      expect((await publicInput(filing.id)).item).toEqual(projectPublic(original));
      const newer = await waitFor(
        async () => (await owner.query(`SELECT kind FROM documents WHERE filing_id = $1 ORDER BY kind`, [corrected.id])).rows.length === 3,
        'the PDFs of the correction',
        60_000,
      );
      expect(newer).toBe(true);
    });
  });

  describe('draft preview', () => {
    let filer: Filer;
    let other: Filer;
    let draftId: string;
    const item = fixture('modificacion-completa');
    const sections = sectionsOf(item);

    beforeAll(async () => {
      filer = await api.filer('pdf.borrador', LEVEL.completa);
      other = await api.filer('pdf.otra', LEVEL.completa);
      const declaration = await api.start(filer.token, { ...PERIOD['modificacion-completa'], prefill: false });
      draftId = declaration.id;
      await api.fill(filer.token, declaration, item, ['datosGenerales', 'datosPareja', 'bienesInmuebles', 'participacion']);
    });

    it('returns the saved sections as a PDF watermarked VERSIÓN PRELIMINAR, without folio, not stored', async () => {
      const res = await preview(filer.token, draftId);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^application\/pdf/);
      expect(res.headers['cache-control']).toContain('no-store');
      const pdf = res.body as Buffer;
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const pages = pdfText(pdf, { nodiag: true });
      const withDiagonal = pdfText(pdf);
      const text = squash(pages.join(' '));
      expect(text).toContain('Declaración de situación patrimonial y de intereses — Modificación');
      expect(text).toContain(sections.datosGenerales.curp);
      expect(text).toContain(sections.datosPareja.nombre);
      // Saved sections only, in DOF order.
      const order = ['1. Datos generales', '6. Datos de la pareja', '9. Bienes inmuebles', 'II. DECLARACIÓN DE INTERESES', '1. Participación en empresas'];
      let from = 0;
      for (const heading of order) {
        const at = text.indexOf(heading, from);
        expect({ heading, at: at >= 0 }).toEqual({ heading, at: true });
        from = at;
      }
      expect(text).not.toContain('2. Domicilio del declarante');
      pages.forEach((page, i) => {
        expect(page).toContain('VERSIÓN PRELIMINAR');
        expect(page).toContain(`Página ${i + 1} de ${pages.length}`);
        expect(page).not.toMatch(/Folio ALFA-/);
        // The diagonal watermark: the letters that only the diagonal text adds.
        const extra = withDiagonal[i]!.replace(/\s/g, '').length - page.replace(/\s/g, '').length;
        expect(extra).toBe('VERSIÓNPRELIMINAR'.length);
      });
      const { rows } = await (await t.owner()).query(`SELECT count(*)::int AS n FROM document_blobs WHERE storage_key LIKE 'declaracion/%' AND storage_key LIKE $1`, [`%${draftId}%`]);
      expect(rows[0].n).toBe(0);
    });

    it('is not found for another filer, and refused to members who are not filers', async () => {
      const res = await preview(other.token, draftId);
      expect(res.status).toBe(404);
      expect(JSON.parse(res.body.toString('utf8'))).toMatchObject({ statusCode: 404, code: 'NO_ENCONTRADO' });
      const admin = (await login(t, world.adminA.email)).token;
      expect((await preview(admin, draftId)).status).toBe(403);
      expect((await preview(filer.token, '00000000-0000-4000-8000-000000000000')).status).toBe(404);
      expect((await preview(filer.token, 'no-es-uuid')).status).toBe(404);
    });

    it('is documented in the OpenAPI description as a PDF', async () => {
      const doc = await t.http().get('/api/docs-json').expect(200);
      const op = doc.body.paths['/api/declarations/{id}/preview.pdf']?.get;
      expect(op).toBeDefined();
      expect(Object.keys(op.responses['200'].content)).toEqual(['application/pdf']);
    });
  });
});
