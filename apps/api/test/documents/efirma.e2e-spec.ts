import { execFileSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AccountProvisioning } from '@veraz/accounts';
import { UnitOfWork } from '@veraz/tenancy';
import type { DeclarationView, FilingView } from '@veraz/contracts';
import { AuthoritiesService } from '@veraz/institutions';
import { generateEfirmaLike, generateTestAuthority, generateTestCrl, verifyDetachedCms } from '@veraz/signing';
import { ALFA, PASSWORD, login, seedWorld } from '../support/seed';
import { startTestApp, type TestApp } from '../support/test-app';
import { waitFor } from '../support/wait';
import { DeclarationsApi, LEVEL, PERIOD, fixture, type Filer, type Json } from '../declarations/helpers';

/**
 * The optional e.firma (SAT FIEL) at submission, through the HTTP API: a good one signs the filing's
 * SHA-256 and shows on the filing and its acuse; a bad one is refused before anything is written
 * (no filing, no folio); the key and its passphrase never reach a response, the database or the logs.
 */

const DAY = 24 * 3600 * 1000;
const RFC = 'MUPA820714';
const HOMOCLAVE = 'LY3';
const CURP = 'MUPA820714HJCXXN04';
const NAME = 'JOSE ANGEL MUÑOZ PEÑA';
const PASSPHRASE = 'Frase-de-la-FIEL ñandú 2026 «no-debe-aparecer»';
const FIXTURE = 'inicial-simplificada' as const;

type EfirmaFiles = { cer: Buffer; key: Buffer };

/** Stands in for the SAT's issuing authority. */
const AUTHORITY = generateTestAuthority({ commonName: 'AC DE PRUEBAS QUE HACE DE SAT' });

function efirmaLike(input: { rfc?: string; notBefore?: Date; notAfter?: Date; passphrase?: string } = {}): EfirmaFiles {
  const now = Date.now();
  return generateEfirmaLike({
    rfc: input.rfc ?? RFC + HOMOCLAVE,
    curp: CURP,
    name: NAME,
    notBefore: input.notBefore ?? new Date(now - 365 * DAY),
    notAfter: input.notAfter ?? new Date(now + 3 * 365 * DAY),
    passphrase: input.passphrase ?? PASSPHRASE,
    issuer: AUTHORITY,
  });
}

const body = (files: EfirmaFiles, passphrase = PASSPHRASE) => ({ cer: files.cer.toString('base64'), key: files.key.toString('base64'), passphrase });

/**
 * Every log line the app writes while the file runs. pino writes its JSON lines either to
 * process.stdout (when something, like jest, wrapped it) or straight to the file descriptor through
 * sonic-boom (fs.write/fs.writeSync); all four paths are watched. Log lines are kept here and not
 * printed; anything else goes through untouched.
 */
function captureLogs(): { text: () => string; restore: () => void } {
  const lines: string[] = [];
  const asText = (data: unknown) => (typeof data === 'string' ? data : Buffer.isBuffer(data) || data instanceof Uint8Array ? Buffer.from(data).toString('utf8') : String(data));
  const isLog = (fd: unknown, text: string) => (fd === 1 || fd === 2) && text.startsWith('{"level"');
  const realWrite = fs.write;
  const realWriteSync = fs.writeSync;
  const write = jest.spyOn(fs, 'write').mockImplementation(((fd: number, data: unknown, ...rest: unknown[]) => {
    const text = asText(data);
    if (!isLog(fd, text)) return (realWrite as (...args: unknown[]) => void).call(fs, fd, data, ...rest);
    lines.push(text);
    const callback = [...rest].reverse().find((a) => typeof a === 'function') as ((err: null, n: number, d: unknown) => void) | undefined;
    const written = typeof data === 'string' ? Buffer.byteLength(data, 'utf8') : (data as Uint8Array).byteLength;
    if (callback) process.nextTick(callback, null, written, data);
  }) as never);
  const writeSync = jest.spyOn(fs, 'writeSync').mockImplementation(((fd: number, data: unknown, ...rest: unknown[]) => {
    const text = asText(data);
    if (!isLog(fd, text)) return (realWriteSync as (...args: unknown[]) => number).call(fs, fd, data, ...rest);
    lines.push(text);
    return typeof data === 'string' ? Buffer.byteLength(data, 'utf8') : (data as Uint8Array).byteLength;
  }) as never);
  const streams = [process.stdout, process.stderr].map((stream) => {
    const realStreamWrite = stream.write;
    return jest.spyOn(stream, 'write').mockImplementation(((chunk: unknown, ...rest: unknown[]) => {
      const text = asText(chunk);
      if (!text.startsWith('{"level"')) return (realStreamWrite as (...args: unknown[]) => boolean).call(stream, chunk, ...rest);
      lines.push(text);
      const callback = rest.find((a) => typeof a === 'function') as (() => void) | undefined;
      if (callback) process.nextTick(callback);
      return true;
    }) as never);
  });
  return {
    text: () => lines.join(''),
    restore: () => {
      write.mockRestore();
      writeSync.mockRestore();
      for (const spy of streams) spy.mockRestore();
    },
  };
}

describe('e.firma at submission (HTTP)', () => {
  let t: TestApp;
  let api: DeclarationsApi;
  let logs: ReturnType<typeof captureLogs>;
  let filer: Filer;
  let draft: DeclarationView;
  const valid = efirmaLike();
  /** Every response body of the file, to check none carries the passphrase or the key. */
  const responses: string[] = [];

  beforeAll(async () => {
    logs = captureLogs();
    t = await startTestApp({ env: { LOG_LEVEL: 'trace' } });
    const world = await seedWorld(t);
    api = new DeclarationsApi(t, (await login(t, world.adminA.email)).token);
    filer = await identifiedFiler();
    draft = await api.start(filer.token, { ...PERIOD[FIXTURE], prefill: false });
    expect((await api.fill(filer.token, draft, fixture(FIXTURE))).progress).toBe(100);
  });
  afterAll(async () => {
    await t?.close();
    logs?.restore();
  });

  /** A DECLARANTE of ALFA whose account has CURP, RFC and homoclave (created like seed.ts does). */
  async function identifiedFiler(): Promise<Filer> {
    const accounts = t.app.get(AccountProvisioning);
    const uow = t.app.get(UnitOfWork);
    const email = 'firmante.efirma@prueba.mx';
    const { user } = await uow.inAuth(() => accounts.createUser({
      email,
      password: PASSWORD,
      nombre: 'José Ángel',
      primerApellido: 'Muñoz',
      segundoApellido: 'Peña',
      curp: CURP,
      rfc: RFC,
      homoclave: HOMOCLAVE,
    }));
    await uow.inTenant(ALFA.id, () => accounts.grantRoles(user.id, ['DECLARANTE'], null));
    const { rows } = await (await t.owner()).query(`SELECT id FROM memberships WHERE user_id = $1 AND institution_id = $2`, [user.id, ALFA.id]);
    await api.setLevel(rows[0].id, LEVEL.simplificada);
    return { email, userId: user.id, membershipId: rows[0].id, token: (await login(t, email)).token };
  }

  async function sign(who: Filer, declarationId: string, extra: Json) {
    const res = await api.sign(who.token, declarationId, extra);
    responses.push(JSON.stringify(res.body));
    return res;
  }

  /** What a refused signature must leave untouched. */
  async function state(declarationId: string) {
    const owner = await t.owner();
    const q = async (sql: string, params: unknown[] = []) => (await owner.query(sql, params)).rows;
    return {
      counters: await q(`SELECT institution_id, year, last_seq FROM folio_counters ORDER BY institution_id, year`),
      filings: Number((await q(`SELECT count(*) AS n FROM filings WHERE declaration_id = $1`, [declarationId]))[0].n),
      efirmas: Number((await q(`SELECT count(*) AS n FROM filing_efirmas`))[0].n),
      status: (await q(`SELECT status FROM declarations WHERE id = $1`, [declarationId]))[0].status,
      filedEvents: Number((await q(`SELECT count(*) AS n FROM audit_events WHERE action = 'declaration.filed'`))[0].n),
    };
  }

  async function acuseText(filingId: string): Promise<string> {
    const owner = await t.owner();
    const pdf = await waitFor(
      async () =>
        (
          await owner.query(
            `SELECT b.content FROM documents d JOIN document_blobs b ON b.storage_key = d.storage_key WHERE d.filing_id = $1 AND d.kind = 'acuse'`,
            [filingId],
          )
        ).rows[0]?.content as Buffer | undefined,
      `acuse of ${filingId}`,
      60_000,
    );
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'veraz-acuse-'));
    try {
      fs.writeFileSync(path.join(dir, 'acuse.pdf'), pdf);
      return execFileSync('pdftotext', ['-enc', 'UTF-8', path.join(dir, 'acuse.pdf'), '-'], { encoding: 'utf8' });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  const other = efirmaLike();
  const REFUSED: Array<[string, () => Json, string]> = [
    ['certificate of another RFC', () => body(efirmaLike({ rfc: 'OONF981102LU1' })), 'El certificado no corresponde a tu RFC.'],
    ['expired certificate', () => body(efirmaLike({ notBefore: new Date(Date.now() - 4 * 365 * DAY), notAfter: new Date(Date.now() - DAY) })), 'El certificado de la e.firma está vencido.'],
    ['certificate not valid yet', () => body(efirmaLike({ notBefore: new Date(Date.now() + DAY), notAfter: new Date(Date.now() + 4 * 365 * DAY) })), 'El certificado de la e.firma todavía no es válido.'],
    ['wrong passphrase', () => body(valid, 'no es la frase'), 'La contraseña de la llave privada no es correcta.'],
    ['key of another certificate', () => ({ ...body(valid), key: other.key.toString('base64') }), 'La llave privada no corresponde al certificado.'],
    ['a .cer that is not a certificate', () => ({ ...body(valid), cer: Buffer.from('no soy un certificado').toString('base64') }), 'El archivo .cer no es un certificado válido.'],
    ['an unencrypted key', () => ({ ...body(valid), key: Buffer.from('30030201', 'hex').toString('base64') }), 'El archivo .key no es una llave privada válida de e.firma.'],
  ];

  it.each(REFUSED)('%s: 400 EFIRMA_INVALIDA, nothing filed, no folio used', async (_case, efirma, message) => {
    const before = await state(draft.id);
    const res = await sign(filer, draft.id, { efirma: efirma() });
    expect([res.status, res.body]).toEqual([400, { statusCode: 400, code: 'EFIRMA_INVALIDA', message, errors: [{ path: 'efirma', message }] }]);
    const after = await state(draft.id);
    expect(after).toEqual(before);
    expect(after).toMatchObject({ filings: 0, status: 'BORRADOR' });
  });

  it('checks the request shape first: base64, sizes, passphrase, no unknown fields (400 VALIDACION, values not echoed)', async () => {
    const before = await state(draft.id);
    const big = Buffer.alloc(20 * 1024, 7).toString('base64');
    const res = await sign(filer, draft.id, { efirma: { cer: 'esto no es base64!', key: big, passphrase: '', extra: 1 } });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDACION');
    const paths = (res.body.errors as Array<{ path: string; message: string }>).map((e) => `${e.path}: ${e.message}`);
    expect(paths).toEqual(
      expect.arrayContaining([
        'efirma.cer: el archivo .cer debe venir codificado en base64',
        'efirma.key: el archivo .key es demasiado grande (máximo 16 KB)',
        'efirma.passphrase: escribe la contraseña de tu llave privada',
        'efirma.extra: no es un campo permitido',
      ]),
    );
    expect(JSON.stringify(res.body)).not.toContain('esto no es base64');

    const long = await sign(filer, draft.id, { efirma: { ...body(valid), passphrase: 'x'.repeat(257) } });
    expect([long.status, long.body.errors]).toEqual([400, [{ path: 'efirma.passphrase', message: 'es demasiado larga (máximo 256 caracteres)' }]]);
    const notObject = await sign(filer, draft.id, { efirma: 'archivo' });
    expect([notObject.status, notObject.body.errors[0]]).toEqual([400, { path: 'efirma', message: 'debe ser un objeto con cer, key y passphrase' }]);
    expect(await state(draft.id)).toEqual(before);
  });

  it('asks for the account password before looking at the e.firma', async () => {
    const res = await sign(filer, draft.id, { password: 'no es la contraseña', efirma: body(efirmaLike({ rfc: 'OONF981102LU1' })) });
    expect([res.status, res.body.code]).toEqual([403, 'CONTRASENA_INCORRECTA']);
  });

  it('refuses e.firma when the account has no RFC with homoclave; the same filer signs without e.firma', async () => {
    const plain = await api.filer('sin.rfc', LEVEL.simplificada);
    const declaration = await api.start(plain.token, { ...PERIOD[FIXTURE], prefill: false });
    await api.fill(plain.token, declaration, fixture(FIXTURE));
    const before = await state(declaration.id);
    const refused = await sign(plain, declaration.id, { efirma: body(valid) });
    const message = 'Tu cuenta no tiene RFC con homoclave; no es posible firmar con e.firma.';
    expect([refused.status, refused.body]).toEqual([400, { statusCode: 400, code: 'EFIRMA_SIN_RFC', message, errors: [{ path: 'efirma', message }] }]);
    expect(await state(declaration.id)).toEqual(before);

    // Without e.firma, signing works as always, and neither the filing nor the acuse mention one.
    const res = await sign(plain, declaration.id, {});
    expect(res.status).toBe(201);
    const filing: FilingView = res.body;
    expect(filing.efirma).toBeNull();
    expect((await api.filing(plain.token, filing.id).expect(200)).body.efirma).toBeNull();
    const text = await acuseText(filing.id);
    expect(text).toContain(filing.folio);
    expect(text).not.toContain('e.firma');
  });

  it('signs the filing hash with a valid e.firma: 201, stored CMS that verifies, shown on the filing and on the acuse', async () => {
    const before = await state(draft.id);
    const res = await sign(filer, draft.id, { efirma: body(valid) });
    expect(res.status).toBe(201);
    const filing: FilingView = res.body;
    const certificate = new X509Certificate(valid.cer);
    const serial = Buffer.from(certificate.serialNumber, 'hex').toString('latin1');
    expect(serial).toMatch(/^\d{20}$/);
    // ALFA has registered no authority yet: reported, not refused.
    const autoridad = { estado: 'sin_autoridades', explicacion: 'La institución no ha registrado autoridades.' };
    expect(filing.efirma).toEqual({ serial, notAfter: new Date(certificate.validTo).toISOString(), signedAt: filing.filedAt, autoridad });
    // The answer to the signature is the filing exactly as reading it afterwards shows it.
    expect((await api.filing(filer.token, filing.id).expect(200)).body).toEqual(filing);

    // One more folio, exactly: the refused attempts consumed none.
    const after = await state(draft.id);
    expect(after.filings).toBe(1);
    const year = before.counters.find((c: Json) => c.institution_id === ALFA.id)?.last_seq ?? 0;
    expect(after.counters.find((c: Json) => c.institution_id === ALFA.id)?.last_seq).toBe(year + 1);
    expect(filing.folio).toMatch(new RegExp(`^ALFA-\\d{4}-${String(year + 1).padStart(6, '0')}$`));

    // The stored CMS is the filer's signature over the SHA-256 hex text the acuse prints.
    const { rows } = await (await t.owner()).query(
      `SELECT cms, certificate_serial, certificate_not_after, signed_at, institution_id FROM filing_efirmas WHERE filing_id = $1`,
      [filing.id],
    );
    expect(rows).toHaveLength(1);
    const row = rows[0];
    expect([row.certificate_serial, row.institution_id, (row.signed_at as Date).toISOString()]).toEqual([serial, ALFA.id, filing.filedAt]);
    const verified = verifyDetachedCms(row.cms, Buffer.from(filing.sha256));
    expect(verified.valid).toBe(true);
    expect(verified.certificateDer?.equals(valid.cer)).toBe(true);
    expect(verifyDetachedCms(row.cms, Buffer.from(filing.sha256.replace(/.$/, (c) => (c === '0' ? '1' : '0')))).valid).toBe(false);

    // The audit trail records which certificate signed.
    const { rows: audit } = await (await t.owner()).query(`SELECT details FROM audit_events WHERE action = 'declaration.filed' AND target_id = $1`, [filing.id]);
    expect(audit.map((a: Json) => [a.details.efirmaCertificado, a.details.efirmaAutoridad])).toEqual([[serial, 'sin_autoridades']]);

    // The acuse names the certificate.
    const text = (await acuseText(filing.id)).replace(/\s+/g, ' ');
    expect(text).toContain('Firma electrónica (e.firma)');
    expect(text).toContain(`Certificado ${serial}, vigente hasta ${new Date(certificate.validTo).toISOString().slice(0, 10)}`);
    expect(text).toContain(filing.sha256);

    // Repeating the submission answers the same filing.
    const again = await sign(filer, draft.id, { efirma: body(valid) });
    expect([again.status, again.body.id, again.body.efirma]).toEqual([200, filing.id, filing.efirma]);
  });

  it("reports on the filing and in the public verification whether the e.firma was issued by an authority ALFA registered", async () => {
    const filing: FilingView = (await sign(filer, draft.id, { efirma: body(valid) })).body;
    const authorities = t.app.get(AuthoritiesService);
    const inAlfa = <T>(run: () => Promise<T>) => t.app.get(UnitOfWork).inTenant(ALFA.id, run);
    const verified = async () => (await t.http().get(`/verificar/${filing.folio}`).set('Accept', 'application/json').expect(200)).body.efirma;

    expect(await verified()).toEqual({ autoridad: { estado: 'sin_autoridades', explicacion: 'La institución no ha registrado autoridades.' } });
    await inAlfa(() => authorities.add(generateTestAuthority({ commonName: 'OTRA AC' }).certificate, null));
    const foreign = { estado: 'no_registrada', explicacion: 'No emitido por una autoridad registrada: el certificado no fue emitido por ninguna autoridad registrada.' };
    expect((await api.filing(filer.token, filing.id).expect(200)).body.efirma.autoridad).toEqual(foreign);
    expect(await verified()).toEqual({ autoridad: foreign });

    await inAlfa(() => authorities.add(AUTHORITY.certificate, null));
    const registered = { estado: 'registrada', explicacion: 'Emitido por una autoridad registrada.' };
    expect((await api.filing(filer.token, filing.id).expect(200)).body.efirma.autoridad).toEqual(registered);
    expect(await verified()).toEqual({ autoridad: registered });
    const page = await t.http().get(`/verificar/${filing.folio}`).set('Accept', 'text/html').expect(200);
    expect(page.text).toContain('<dt>e.firma de la persona declarante</dt><dd>Emitido por una autoridad registrada.</dd>');
  });

  it("weighs a CRL ALFA loaded by its revocation date: revoked before the signing is 'vencido_o_revocado' with the date, after it 'registrada'", async () => {
    const filing: FilingView = (await sign(filer, draft.id, { efirma: body(valid) })).body;
    const authorities = t.app.get(AuthoritiesService);
    const inAlfa = <T>(run: () => Promise<T>) => t.app.get(UnitOfWork).inTenant(ALFA.id, run);
    const shown = async () => [
      (await api.filing(filer.token, filing.id).expect(200)).body.efirma.autoridad,
      (await t.http().get(`/verificar/${filing.folio}`).set('Accept', 'application/json').expect(200)).body.efirma.autoridad,
    ];
    const signedAt = new Date(filing.efirma!.signedAt);
    const loadCrl = async (revokedAt: Date) => inAlfa(async () => authorities.addCrl(await generateTestCrl({ issuer: AUTHORITY, revoked: [valid.cer], revokedAt }), null));

    // A CRL states whole seconds.
    const before = new Date(Math.floor(signedAt.getTime() / 1000) * 1000 - 60_000);
    const crl = await loadCrl(before);
    const when = new Intl.DateTimeFormat('es-MX', { dateStyle: 'long', timeStyle: 'short', hourCycle: 'h23', timeZone: 'America/Mexico_City' }).format(before);
    const revoked = {
      estado: 'vencido_o_revocado',
      explicacion: `Emitido por una autoridad registrada, pero el certificado fue revocado el ${when} (hora del centro de México) por la autoridad que lo emitió, antes de la firma.`,
    };
    expect(await shown()).toEqual([revoked, revoked]);

    await inAlfa(() => authorities.removeCrl(crl.id, null));
    await loadCrl(new Date(Math.ceil(signedAt.getTime() / 1000) * 1000 + 1000));
    const registered = { estado: 'registrada', explicacion: 'Emitido por una autoridad registrada.' };
    expect(await shown()).toEqual([registered, registered]);
  });

  it('never lets the key or its passphrase out: not in responses, the database or the logs', async () => {
    const keyBase64 = valid.key.toString('base64');
    const secrets = [PASSPHRASE, keyBase64.slice(200, 260), valid.key.subarray(150, 190).toString('hex')];
    for (const response of responses) for (const secret of secrets) expect(response).not.toContain(secret);

    const owner = await t.owner();
    const { rows: tables } = await owner.query(
      `SELECT table_schema, table_name FROM information_schema.tables
        WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')`,
    );
    expect(tables.length).toBeGreaterThan(10);
    const leaks: string[] = [];
    for (const { table_schema: schema, table_name: table } of tables) {
      const { rows } = await owner.query(
        `SELECT count(*) AS n FROM "${schema}"."${table}" t WHERE strpos(t::text, $1) > 0 OR strpos(t::text, $2) > 0 OR strpos(t::text, $3) > 0`,
        secrets,
      );
      if (Number(rows[0].n) > 0) leaks.push(`${schema}.${table}`);
    }
    expect(leaks).toEqual([]);
    // The same scan does find what is meant to be stored (the certificate number).
    const serial = Buffer.from(new X509Certificate(valid.cer).serialNumber, 'hex').toString('latin1');
    const { rows: found } = await owner.query(`SELECT count(*) AS n FROM filing_efirmas t WHERE strpos(t::text, $1) > 0`, [serial]);
    expect(Number(found[0].n)).toBe(1);

    // The capture works (requests to the sign route were logged) and holds neither secret.
    const logged = logs.text();
    expect(logged).toContain('/sign');
    for (const secret of secrets) expect(logged).not.toContain(secret);
  });
});
