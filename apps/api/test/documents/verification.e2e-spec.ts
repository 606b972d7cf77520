import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FilingView } from '@veraz/contracts';
import { AcuseService } from '@veraz/documents';
import { generateSelfSignedP12 } from '@veraz/signing';
import { UnitOfWork } from '@veraz/tenancy';
import { DeclarationsApi, fixture, LEVEL, sectionsOf, type Filer } from '../declarations/helpers';
import { ALFA, bearer, login, seedWorld, type World } from '../support/seed';
import { waitFor } from '../support/wait';
import { binary, mimeParts, startAppWithFlakyStore, type FlakyAcuseStore } from './verification-helpers';
import type { TestApp } from '../support/test-app';
import { runCli } from '@veraz/testing';

const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

/** Private data of the fixture that must never leave through the acuse, its mail or verification. */
const data = sectionsOf(fixture('inicial-simplificada'));
const PRIVATE = [
  data.datosGenerales.curp,
  data.datosGenerales.rfc.rfc + data.datosGenerales.rfc.homoClave,
  data.datosGenerales.rfc.rfc,
  data.datosGenerales.telefono.celularPersonal,
  data.datosGenerales.correoElectronico.personal,
  data.domicilioDeclarante.domicilioMexico.calle,
  data.datosEmpleoCargoComision.funcionPrincipal,
];

describe('acuse downloads and public verification', () => {
  let t: TestApp & { store: () => FlakyAcuseStore };
  let world: World;
  let api: DeclarationsApi;
  let filer: Filer;
  let filing: FilingView;
  let acuse: Buffer;
  let revisorToken: string;
  let tmp: string;

  const download = (token: string, filingId: string, kind = 'acuse') =>
    t.http().get(`/api/filings/${filingId}/documents/${kind}`).set(bearer(token)).buffer(true).parse(binary);

  /** A filed declaration written directly, without its acuse job: the state before rendering. */
  async function insertFiling(userId: string, seq: number): Promise<{ id: string; folio: string }> {
    const owner = await t.owner();
    const declaration = await owner.query(
      `INSERT INTO declarations (institution_id, user_id, tipo, declaracion_completa, fecha_toma_posesion, period_key, status)
       VALUES ($1, $2, 'INICIAL', false, '2020-01-01', $3, 'PRESENTADA') RETURNING id`,
      [ALFA.id, userId, `INICIAL:2020-01-${String(seq).padStart(2, '0')}`],
    );
    const folio = `ALFA-2020-${String(seq).padStart(6, '0')}`;
    const { rows } = await owner.query(
      `INSERT INTO filings (institution_id, declaration_id, user_id, s1_id, folio, folio_year, folio_seq, tipo, declaracion_completa,
         actualizacion_conflicto_interes, filed_at, document, canonical_json, sha256, nombres, primer_apellido)
       VALUES ($1, $2, $3, $4, $5, 2020, $6, 'INICIAL', false, false, '2020-01-02T17:00:00Z', $7, '{}', $8, 'Persona', 'Insertada')
       RETURNING id`,
      [ALFA.id, declaration.rows[0].id, userId, `${'c'.repeat(20)}${String(seq).padStart(4, '0')}`, folio, seq, JSON.stringify({ metadata: { institucion: ALFA.name } }), 'e'.repeat(64)],
    );
    return { id: rows[0].id, folio };
  }

  beforeAll(async () => {
    // The first two attempts to store an acuse fail, as a storage outage would: the job retries.
    t = await startAppWithFlakyStore(2);
    world = await seedWorld(t);
    api = new DeclarationsApi(t, (await login(t, world.adminA.email)).token);
    revisorToken = (await login(t, world.revisorA.email)).token;
    filer = await api.filer('ana.verifica', LEVEL.simplificada);
    ({ filing } = await api.file(filer, 'inicial-simplificada'));
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'veraz-verificacion-'));
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('seals and stores the acuse once although storing it failed twice', async () => {
    const listed = await waitFor(
      async () => {
        const res = await t.http().get(`/api/filings/${filing.id}/documents`).set(bearer(filer.token)).expect(200);
        return (res.body as Array<{ kind: string }>).find((d) => d.kind === 'acuse');
      },
      'the acuse',
      30_000,
    );
    expect(listed).toEqual({ kind: 'acuse', sha256: expect.stringMatching(/^[0-9a-f]{64}$/), size: expect.any(Number), createdAt: expect.any(String) });
    expect(t.store().attempts.get(`acuse/${filing.id}.pdf`)).toBe(3);
    const owner = await t.owner();
    const docs = await owner.query(`SELECT count(*)::int AS n FROM documents WHERE filing_id = $1 AND kind = 'acuse'`, [filing.id]);
    const blobs = await owner.query(`SELECT count(*)::int AS n FROM document_blobs WHERE storage_key = $1`, [`acuse/${filing.id}.pdf`]);
    expect([docs.rows[0].n, blobs.rows[0].n]).toEqual([1, 1]);
  });

  it('lets the filer download the stored acuse: folio, hash and name inside, sealed over the whole file', async () => {
    const res = await download(filer.token, filing.id).expect(200);
    acuse = res.body as Buffer;
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="acuse-${filing.folio}.pdf"`);
    expect(res.headers['x-content-sha256']).toBe(sha256(acuse));
    expect(res.headers['cache-control']).toBe('private, no-store');
    const listed = await t.http().get(`/api/filings/${filing.id}/documents`).set(bearer(filer.token)).expect(200);
    expect(listed.body.find((d: { kind: string }) => d.kind === 'acuse')).toMatchObject({ sha256: sha256(acuse), size: acuse.length });
    // Always the stored bytes.
    expect((await download(filer.token, filing.id).expect(200)).body).toEqual(acuse);

    const file = path.join(tmp, 'acuse.pdf');
    fs.writeFileSync(file, acuse);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    expect(text).toContain(filing.folio);
    expect(text).toContain(filing.sha256);
    expect(text).toContain('Persona ana.verifica');
    for (const secret of PRIVATE) expect(text).not.toContain(secret);
    const sig = execFileSync('pdfsig', [file], { encoding: 'utf8' });
    expect(sig).toContain('Signature is Valid.');
    expect(sig).toContain('Total document signed');

    const audit = await (await t.owner()).query(`SELECT actor_user_id, details FROM audit_events WHERE action = 'document.downloaded' AND target_id = $1`, [filing.id]);
    expect(audit.rows[0]).toEqual({ actor_user_id: filer.userId, details: expect.objectContaining({ folio: filing.folio, documento: 'acuse' }) });
  });

  it('lets reviewers download it and hides it from other filers and institutions', async () => {
    const reviewed = await download(revisorToken, filing.id).expect(200);
    expect(reviewed.body).toEqual(acuse);
    const other = await api.filer('otro.declarante', LEVEL.simplificada);
    for (const url of [`/api/filings/${filing.id}/documents/acuse`, `/api/filings/${filing.id}/documents`]) {
      const res = await t.http().get(url).set(bearer(other.token)).expect(404);
      expect(res.body).toMatchObject({ statusCode: 404, code: 'NO_ENCONTRADO' });
      expect(JSON.stringify(res.body)).not.toContain(filing.folio);
      const beta = await login(t, world.adminB.email);
      await t.http().get(url).set(bearer(beta.token)).expect(404);
    }
    await t.http().get(`/api/filings/${filing.id}/documents/otro`).set(bearer(filer.token)).expect(404);
    await t.http().get(`/api/filings/no-es-uuid/documents/acuse`).set(bearer(filer.token)).expect(404);
    await t.http().get(`/api/filings/${filing.id}/documents/acuse`).expect(401);
  });

  it('answers 409 with Retry-After while a document is not rendered yet, and a concurrent render stores one', async () => {
    const pending = await insertFiling(filer.userId, 1);
    const res = await t.http().get(`/api/filings/${pending.id}/documents/acuse`).set(bearer(filer.token)).expect(409);
    expect(res.body).toMatchObject({ statusCode: 409, code: 'DOCUMENTO_EN_PREPARACION', message: expect.stringContaining('se está generando') });
    expect(res.headers['retry-after']).toBe('5');
    await t.http().get(`/api/filings/${pending.id}/documents/completa`).set(bearer(revisorToken)).expect(409);
    expect((await t.http().get(`/api/filings/${pending.id}/documents`).set(bearer(filer.token)).expect(200)).body).toEqual([]);

    // Two renders at once (a retried job racing the first): one document, the same for both.
    const acuses = t.app.get(AcuseService);
    const db = t.app.get(UnitOfWork);
    const results = await Promise.all([1, 2].map(() => db.inTenant(ALFA.id, () => acuses.produce(pending.id))));
    expect(results.map((r) => r.created).sort()).toEqual([false, true]);
    expect(results[0].document.sha256).toBe(results[1].document.sha256);
    // Only the acuse: the render queues the declaration PDFs, which the worker may already have stored.
    const { rows } = await (await t.owner()).query(`SELECT count(*)::int AS n FROM documents WHERE filing_id = $1 AND kind = 'acuse'`, [pending.id]);
    expect(rows[0].n).toBe(1);
    const served = await download(filer.token, pending.id).expect(200);
    expect(served.headers['x-content-sha256']).toBe(results[0].document.sha256);
  });

  it('mails the acuse as a PDF attachment to the account and the personal e-mail of datos generales, and nothing of the declaration', async () => {
    const dir = path.join(t.config.dataDir, 'mail');
    const name = await waitFor(() => (fs.existsSync(dir) ? fs.readdirSync(dir).find((f) => f.startsWith(`acuse-correo-${filing.id}`)) : undefined), 'acuse mail', 30_000);
    const full = fs.readFileSync(path.join(dir, name), 'utf8');
    // The form said where the acuse goes: the account's address and the personal e-mail the filer wrote.
    expect(full.split(/\r?\n/)).toContain(`To: ana.verifica@prueba.mx, ${data.datosGenerales.correoElectronico.personal}`);
    // Apart from that header, the message carries nothing of the declaration.
    const raw = full.replace(/^To: .*\r?\n/m, '');
    const parts = mimeParts(raw);
    const pdfs = parts.filter((p) => (p.headers['content-type'] ?? '').startsWith('application/pdf'));
    expect(pdfs).toHaveLength(1);
    expect(pdfs[0].headers['content-disposition']).toContain(`acuse-${filing.folio}.pdf`);
    expect(pdfs[0].body.equals(acuse)).toBe(true);
    const text = parts.filter((p) => p !== pdfs[0]).map((p) => p.body.toString('utf8')).join('\n') + raw;
    expect(text).toContain(filing.folio);
    for (const secret of PRIVATE) expect(text).not.toContain(secret);
    for (const section of ['datosGenerales', 'domicilioDeclarante', 'datosEmpleoCargoComision', 'ingresos']) expect(text).not.toContain(section);
  });

  describe('GET /verificar/:folio', () => {
    const facts = () => ({
      existe: true,
      folio: filing.folio,
      institucion: ALFA.name,
      tipo: 'INICIAL',
      declaracionCompleta: false,
      fechaPresentacion: filing.filedAt,
      version: 1,
      vigente: true,
      // Signed without e.firma.
      efirma: null,
      // The test institution seals with its automatic trial certificate.
      selloDePrueba: true,
      // The audit entry that recorded the filing, as its acuse prints it, still in the chain.
      anclaBitacora: { entrada: expect.any(Number), hash: expect.stringMatching(/^[0-9a-f]{64}$/), conservada: true },
    });

    it('answers JSON with the public facts only, and compares a hash', async () => {
      const res = await t.http().get(`/verificar/${filing.folio}`).set('Accept', 'application/json').expect(200);
      expect(res.body).toEqual(facts());
      expect(res.headers['vary']).toContain('Accept');
      const serialized = JSON.stringify(res.body);
      for (const secret of [...PRIVATE, 'ana.verifica', filing.sha256]) expect(serialized).not.toContain(secret);

      const match = await t.http().get(`/verificar/${filing.folio.toLowerCase()}?formato=json&hash=${filing.sha256.toUpperCase()}`).expect(200);
      expect(match.body).toEqual({ ...facts(), hash: { dado: filing.sha256, coincide: true } });
      const other = 'a'.repeat(64);
      const mismatch = await t.http().get(`/verificar/${filing.folio}?hash=${other}`).set('Accept', 'application/json').expect(200);
      expect(mismatch.body).toEqual({ ...facts(), hash: { dado: other, coincide: false } });
      const malformed = await t.http().get(`/verificar/${filing.folio}?formato=json&hash=123`).expect(400);
      expect(malformed.body).toMatchObject({ code: 'VALIDACION', errors: [{ path: 'hash', message: expect.stringContaining('64 caracteres') }] });
    });

    it('answers 404 with existe:false for unknown folios and institutions', async () => {
      for (const folio of ['ALFA-2026-999999', 'ZETA-2026-000001', 'no-es-folio']) {
        const res = await t.http().get(`/verificar/${folio}`).set('Accept', 'application/json').expect(404);
        expect(res.body).toEqual({ existe: false, folio: folio.toUpperCase() === folio ? folio : expect.any(String) });
      }
      // Another institution's folio number under this slug is not found either.
      await t.http().get(`/verificar/BETA-${filing.folio.slice(5)}?formato=json`).expect(404);
    });

    it('renders an accessible Spanish page without scripts, with the hash result and both forms', async () => {
      const res = await t.http().get(`/verificar/${filing.folio}`).set('Accept', 'text/html').expect(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.headers['content-security-policy']).toContain("script-src 'self'");
      const html = res.text;
      expect(html).toContain('<html lang="es-MX">');
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toMatch(/\son[a-z]+=/i);
      expect(html).toContain(filing.folio);
      expect(html).toContain(ALFA.name);
      expect(html).toContain('El folio corresponde a una declaración presentada');
      expect(html).toContain('Simplificada');
      expect(html).toMatch(/<form method="post" action="\/verificar" enctype="multipart\/form-data">/);
      expect(html).toContain('<label for="archivo">');
      expect(html).toContain('name="archivo"');
      expect(html).toContain('<label for="hash">');
      expect(html).toContain('<main id="contenido">');
      for (const secret of [...PRIVATE, 'ana.verifica']) expect(html).not.toContain(secret);

      const match = await t.http().get(`/verificar/${filing.folio}?hash=${filing.sha256}`).expect(200);
      expect(match.text).toContain('La huella coincide');
      const mismatch = await t.http().get(`/verificar/${filing.folio}?hash=${'b'.repeat(64)}`).expect(200);
      expect(mismatch.text).toContain('La huella no coincide');
      const malformed = await t.http().get(`/verificar/${filing.folio}?hash=%3Cscript%3E`).expect(400);
      expect(malformed.text).toContain('64 caracteres hexadecimales');
      expect(malformed.text).toContain('&lt;script&gt;');
      expect(malformed.text).not.toMatch(/<script/i);
      const missing = await t.http().get('/verificar/ALFA-2026-999999').expect(404);
      expect(missing.text).toContain('No existe una declaración presentada con el folio ALFA-2026-999999');
      const landing = await t.http().get('/verificar').expect(200);
      expect(landing.text).toContain('Verificar un acuse');
      await t.http().get(`/verificar?folio=${filing.folio.toLowerCase()}`).expect(303).expect('Location', `/verificar/${filing.folio}`);
    });
  });

  describe('POST /verificar', () => {
    const upload = (content: Buffer, accept = 'application/json', filename = 'acuse.pdf') =>
      t.http().post('/verificar').set('Accept', accept).attach('archivo', content, { filename, contentType: 'application/pdf' });

    it('recognizes the genuine acuse: valid seal over the whole file, registered, with its filing', async () => {
      const res = await upload(acuse).expect(200);
      expect(res.body).toMatchObject({
        firmaValida: true,
        documentoCompleto: true,
        firmante: ALFA.name,
        registrado: true,
        folio: filing.folio,
        institucion: ALFA.name,
        tipo: 'INICIAL',
        fechaPresentacion: filing.filedAt,
        sha256: sha256(acuse),
        explicacion: expect.stringContaining('acuse auténtico'),
        selloDePrueba: true,
      });
      expect(res.body.explicacion).toContain('Sello de prueba: la institución aún no registra su certificado oficial');
      for (const secret of [...PRIVATE, 'ana.verifica']) expect(JSON.stringify(res.body)).not.toContain(secret);
      const page = await upload(acuse, 'text/html').expect(200);
      expect(page.text).toContain('Acuse auténtico');
      expect(page.text).toContain('Sello de prueba: la institución aún no registra su certificado oficial');
      expect(page.text).toContain(`href="/verificar/${filing.folio}"`);
      expect(page.text).not.toMatch(/<script/i);
    });

    it('rejects a copy with one byte changed: invalid seal and not registered, explained in Spanish', async () => {
      const tampered = Buffer.from(acuse);
      tampered[400] ^= 0x01;
      const res = await upload(tampered).expect(200);
      expect(res.body).toMatchObject({ firmaValida: false, registrado: false, selloDePrueba: null, explicacion: expect.stringContaining('fue modificado después de sellarse') });
      expect(res.body.folio).toBeUndefined();
      const page = await upload(tampered, 'text/html').expect(200);
      expect(page.text).toContain('El archivo no es un acuse auténtico');
      expect(page.text).toContain('fue modificado después de sellarse');

      const unsigned = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
      const plain = await upload(unsigned).expect(200);
      expect(plain.body).toMatchObject({ firmado: false, firmaValida: false, registrado: false, explicacion: expect.stringContaining('no tiene sello digital') });
    });

    it('explains bad uploads in Spanish: no file, not a PDF, too large', async () => {
      const none = await t.http().post('/verificar?formato=json').field('otro', 'x').expect(400);
      expect(none.body).toMatchObject({ code: 'ARCHIVO_REQUERIDO' });
      const notPdf = await upload(Buffer.from('hola, no soy un PDF'), 'application/json', 'hola.txt').expect(415);
      expect(notPdf.body).toMatchObject({ code: 'NO_ES_PDF', message: expect.stringContaining('no es un PDF') });
      const big = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(5 * 1024 * 1024)]);
      const tooLarge = await upload(big).expect(413);
      expect(tooLarge.body).toMatchObject({ code: 'ARCHIVO_DEMASIADO_GRANDE', message: expect.stringContaining('5 MB') });
      const page = await upload(big, 'text/html').expect(413);
      expect(page.text).toContain('Archivo demasiado grande');
      const wrongField = await t.http().post('/verificar?formato=json').attach('file', acuse, 'acuse.pdf').expect(400);
      expect(wrongField.body).toMatchObject({ code: 'SOLICITUD_INVALIDA', message: expect.stringContaining('«archivo»') });
    });
  });

  describe('CLI', () => {
    let env: Record<string, string | undefined>;
    beforeAll(() => {
      env = {
        ...t.database.env,
        REDIS_URL: process.env.REDIS_URL,
        VERAZ_DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'veraz-cli-docs-')),
        VERAZ_SECRET_KEY: t.config.secretKey,
        QUEUE_PREFIX: `vdoc${process.pid}`,
      };
    });

    it('verify: exit 0 for the genuine acuse, 1 for a tampered copy, 2 without a file', async () => {
      const good = path.join(tmp, 'bueno.pdf');
      fs.writeFileSync(good, acuse);
      const ok = await runCli(['verify', good], env);
      expect(ok.stderr).toBe('');
      expect(ok.code).toBe(0);
      expect(ok.stdout).toContain('Sello digital: válido');
      expect(ok.stdout).toContain(`Firmante: ${ALFA.name}`);
      expect(ok.stdout).toContain('Cubre todo el documento: sí');
      expect(ok.stdout).toContain(`Registrado: sí, acuse del folio ${filing.folio}`);
      expect(ok.stdout).toContain(`Institución: ${ALFA.name}`);
      expect(ok.stdout).toContain(`Fecha de presentación: ${filing.filedAt}`);
      expect(ok.stdout).toContain('ACUSE AUTÉNTICO');
      expect(ok.stdout).toContain('Certificado del sello: de prueba (autofirmado)');
      expect(ok.stdout).toContain('Sello de prueba: la institución aún no registra su certificado oficial');

      const bad = path.join(tmp, 'alterado.pdf');
      const tampered = Buffer.from(acuse);
      tampered[400] ^= 0x01;
      fs.writeFileSync(bad, tampered);
      const ko = await runCli(['verify', bad], env);
      expect(ko.code).toBe(1);
      expect(ko.stdout).toContain('Sello digital: NO válido');
      expect(ko.stdout).toContain('Registrado: no');
      expect(ko.stdout).toContain('NO ES UN ACUSE AUTÉNTICO');

      const missing = await runCli(['verify', path.join(tmp, 'no-existe.pdf')], env);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain('no se pudo leer el archivo');
      expect((await runCli(['verify'], env)).code).toBe(2);
    });

    it('filing pdf: writes the stored bytes, or says the document is not ready', async () => {
      const out = path.join(tmp, 'descargado.pdf');
      const res = await runCli(['filing', 'pdf', '--folio', filing.folio, '--kind', 'acuse', '--out', out], env);
      expect(res.stderr).toBe('');
      expect(res.code).toBe(0);
      expect(res.stdout).toContain(`SHA-256 ${sha256(acuse)}`);
      expect(fs.readFileSync(out).equals(acuse)).toBe(true);

      const pending = await insertFiling(filer.userId, 2);
      const notYet = await runCli(['filing', 'pdf', '--folio', pending.folio, '--kind', 'acuse', '--out', path.join(tmp, 'pendiente.pdf')], env);
      expect(notYet.code).toBe(1);
      expect(notYet.stderr).toContain(`el documento acuse del folio ${pending.folio} aún no se ha generado`);
      expect(fs.existsSync(path.join(tmp, 'pendiente.pdf'))).toBe(false);

      const kind = await runCli(['filing', 'pdf', '--folio', filing.folio, '--kind', 'borrador', '--out', out], env);
      expect(kind.code).toBe(2);
      expect(kind.stderr).toContain('--kind debe ser acuse, completa o publica');
      const unknown = await runCli(['filing', 'pdf', '--folio', 'ALFA-2026-999999', '--kind', 'acuse', '--out', out], env);
      expect(unknown.code).toBe(2);
      expect(unknown.stderr).toContain('no existe la declaración con folio ALFA-2026-999999');
    });

    it('institution cert: a trial certificate, then a real P12 whose passphrase comes from the environment', async () => {
      const trial = await runCli(['institution', 'cert', '--slug', 'alfa'], env);
      expect(trial.stderr).toBe('');
      expect(trial.code).toBe(0);
      expect(trial.stdout).toContain(`Certificado de sello de ${ALFA.name} registrado (autofirmado, de prueba).`);
      expect(trial.stdout).toContain(`Sujeto: CN=${ALFA.name}, O=${ALFA.name}`);
      expect(trial.stdout).toMatch(/Vigencia: del \d{4}-\d\d-\d\dT.* al \d{4}-/);
      const owner = await t.owner();
      const active = async () =>
        (await owner.query(`SELECT fingerprint_sha256, self_signed FROM institution_certificates WHERE institution_id = $1 AND active`, [ALFA.id])).rows[0];
      expect(trial.stdout).toContain(`Huella SHA-256: ${(await active()).fingerprint_sha256}`);
      expect(trial.stdout).not.toMatch(/PRIVATE KEY|BEGIN/);

      const passphrase = 'frase secreta del sello real';
      const { p12 } = generateSelfSignedP12({ commonName: 'Sello Real Alfa', organization: 'Institución Alfa', years: 3, passphrase });
      const file = path.join(tmp, 'sello.p12');
      fs.writeFileSync(file, p12);
      const imported = await runCli(['institution', 'cert', '--slug', 'alfa', '--p12', file, '--passphrase-env', 'SELLO_PASS'], { ...env, SELLO_PASS: passphrase });
      expect(imported.stderr).toBe('');
      expect(imported.code).toBe(0);
      expect(imported.stdout).toContain('Sujeto: CN=Sello Real Alfa, O=Institución Alfa');
      expect(imported.stdout).not.toContain('de prueba');
      expect(imported.stdout + imported.stderr).not.toContain(passphrase);
      expect(await active()).toEqual({ fingerprint_sha256: expect.any(String), self_signed: false });
      expect(imported.stdout).toContain(`Huella SHA-256: ${(await active()).fingerprint_sha256}`);

      const wrong = await runCli(['institution', 'cert', '--slug', 'alfa', '--p12', file, '--passphrase-env', 'SELLO_PASS'], { ...env, SELLO_PASS: 'otra' });
      expect(wrong.code).toBe(2);
      expect(wrong.stderr).toContain('contraseña');
      const unset = await runCli(['institution', 'cert', '--slug', 'alfa', '--p12', file, '--passphrase-env', 'NO_DEFINIDA'], env);
      expect(unset.code).toBe(2);
      expect(unset.stderr).toContain('la variable de entorno NO_DEFINIDA no está definida');
      const keepReal = await runCli(['institution', 'cert', '--slug', 'alfa'], env);
      expect(keepReal.code).toBe(2);
      expect(keepReal.stderr).toContain('ya tiene un certificado real');
      expect((await active()).self_signed).toBe(false);
      const unknown = await runCli(['institution', 'cert', '--slug', 'zeta'], env);
      expect(unknown.code).toBe(2);
    });
  });
});
