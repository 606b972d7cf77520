import { spawnSync } from 'node:child_process';
import { createHash, X509Certificate } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import forge from 'node-forge';
import PDFDocument from 'pdfkit';
import { checkPdfSignature, describeP12, generateSelfSignedP12, P12PdfSigner, signPdf } from './index';

function renderPdf(): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'LETTER', info: { Title: 'Acuse de recibo' } });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.fontSize(18).text('Acuse de recepción de la declaración patrimonial');
    doc.moveDown().fontSize(11).text('Declarante: José Núñez Peña. Institución: Secretaría de Educación Pública.');
    doc.text('Año del ejercicio: 2024 — tipo: modificación. Señal de integridad: ü, ñ, ¿?, ¡!');
    doc.end();
  });
}

/** The bytes a PDF signature covers and the DER CMS from its /Contents, read independently of the library. */
function extractSignature(pdf: Buffer): { content: Buffer; cms: Buffer } {
  const text = pdf.toString('latin1');
  const matches = [...text.matchAll(/\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g)];
  const [a, b, c, d] = matches[matches.length - 1].slice(1, 5).map(Number);
  const content = Buffer.concat([pdf.subarray(a, a + b), pdf.subarray(c, c + d)]);
  const padded = Buffer.from(text.slice(a + b + 1, c - 1), 'hex');
  // Drop the zero padding: the CMS is one DER SEQUENCE with a long-form length.
  const lengthBytes = padded[1] & 0x7f;
  const length = padded.subarray(2, 2 + lengthBytes).reduce((n, byte) => n * 256 + byte, 0);
  return { content, cms: padded.subarray(0, 2 + lengthBytes + length) };
}

const pdfsigMissing = 'pdfsig is not installed: install poppler-utils (apt-get update && apt-get install -y poppler-utils)';

function pdfsig(dir: string, name: string, pdf: Buffer): string {
  const file = join(dir, name);
  writeFileSync(file, pdf);
  const run = spawnSync('pdfsig', [file], { encoding: 'utf8' });
  if (run.error && (run.error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(pdfsigMissing);
  return `${run.stdout}\n${run.stderr}`;
}

function hasOpenssl(): boolean {
  const run = spawnSync('openssl', ['version'], { encoding: 'utf8' });
  return !run.error && run.status === 0;
}

/** A byte in the middle of the first content stream of the unsigned part. */
function tamperOffset(pdf: Buffer): number {
  const at = pdf.indexOf('stream\n');
  expect(at).toBeGreaterThan(0);
  return at + 7 + 5;
}

describe('signPdf / checkPdfSignature', () => {
  const passphrase = 'correcto caballo batería grapa';
  const signingTime = new Date('2025-05-14T17:30:05Z');
  let dir: string;
  let p12: Buffer;
  let certificateDer: Buffer;
  let unsigned: Buffer;
  let signed: Buffer;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'veraz-signing-'));
    const generated = generateSelfSignedP12({
      commonName: 'Sello electrónico Veraz — Pruebas',
      organization: 'Institución de Pruebas, S.C.',
      years: 2,
      passphrase,
    });
    p12 = generated.p12;
    certificateDer = new X509Certificate(generated.certificatePem).raw;
    unsigned = await renderPdf();
    signed = await signPdf(unsigned, new P12PdfSigner(p12, passphrase), {
      reason: 'Acuse de recepción de declaración',
      location: 'Ciudad de México',
      contactInfo: 'soporte@veraz.example',
      signingTime,
    });
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('produces a signature pdfsig accepts as ETSI.CAdES.detached covering the whole document', () => {
    const out = pdfsig(dir, 'signed.pdf', signed);
    expect(out).toContain('Signature Validation: Signature is Valid.');
    expect(out).toContain('Signature Type: ETSI.CAdES.detached');
    expect(out).toContain('Total document signed');
    expect(out).toContain('Signing Hash Algorithm: SHA-256');
    expect(out).toContain('Sello electrónico Veraz — Pruebas');
  });

  it('checkPdfSignature verifies it in pure JS', () => {
    const check = checkPdfSignature(signed);
    expect(check).toEqual({
      signed: true,
      valid: true,
      coversWholeDocument: true,
      signerName: 'Sello electrónico Veraz — Pruebas',
      signingTime,
      certificateSha256: createHash('sha256').update(certificateDer).digest('hex'),
      reason: 'Acuse de recepción de declaración',
    });
    expect(check.certificateSha256).toBe(describeP12(p12, passphrase).fingerprintSha256);
  });

  it('keeps accented text of the signature dictionary readable (UTF-16BE text strings)', () => {
    const text = signed.toString('latin1');
    const utf16 = (s: string) => {
      const b = Buffer.from(`\ufeff${s}`, 'utf16le');
      b.swap16();
      return b.toString('latin1');
    };
    expect(text).toContain(utf16('Ciudad de México'));
    expect(text).not.toContain(Buffer.from(utf16('Ciudad de México'), 'utf8').toString('latin1'));
  });

  it('detects one flipped byte: pdfsig Digest Mismatch, checkPdfSignature invalid', () => {
    const tampered = Buffer.from(signed);
    const at = tamperOffset(tampered);
    tampered[at] ^= 0x01;
    const out = pdfsig(dir, 'tampered.pdf', tampered);
    expect(out).toContain('Digest Mismatch');
    const check = checkPdfSignature(tampered);
    expect(check.signed).toBe(true);
    expect(check.valid).toBe(false);
  });

  it('detects a changed signature byte inside the CMS', () => {
    const text = signed.toString('latin1');
    const [, b] = [...text.matchAll(/\/ByteRange\s*\[\s*(\d+)\s+(\d+)/g)][0].slice(1).map(Number);
    const { cms } = extractSignature(signed);
    const tampered = Buffer.from(signed);
    // The RSA signature is the last thing in the CMS; flip a hex digit inside it.
    const hexPos = b + 1 + (cms.length - 10) * 2;
    tampered[hexPos] = tampered[hexPos] === 0x30 ? 0x31 : 0x30;
    expect(checkPdfSignature(tampered).valid).toBe(false);
  });

  it('reports content appended after signing as not covering the whole document', () => {
    const appended = Buffer.concat([signed, Buffer.from('\n% appended after signing\n')]);
    const check = checkPdfSignature(appended);
    expect(check.valid).toBe(true);
    expect(check.coversWholeDocument).toBe(false);
  });

  it('grows the placeholder when the signature does not fit the default size', async () => {
    const inner = new P12PdfSigner(p12, passphrase);
    let calls = 0;
    // Trailing zeros after the DER are what /Contents padding looks like, so the result stays verifiable.
    const bulky = {
      signerName: inner.signerName,
      sign: async (content: Buffer, time: Date) => {
        calls++;
        return Buffer.concat([await inner.sign(content, time), Buffer.alloc(9000)]);
      },
    };
    const out = await signPdf(unsigned, bulky, { reason: 'Prueba de tamaño' });
    expect(calls).toBe(2);
    expect(checkPdfSignature(out)).toMatchObject({ signed: true, valid: true, coversWholeDocument: true });
  });

  it('says signed=false for a PDF without signature', () => {
    expect(checkPdfSignature(unsigned)).toEqual({
      signed: false,
      valid: false,
      coversWholeDocument: false,
      signerName: null,
      signingTime: null,
      certificateSha256: null,
      reason: null,
    });
  });

  it('embeds ESS signing-certificate-v2 whose certHash is the SHA-256 of the certificate', () => {
    const { cms } = extractSignature(signed);
    const contentInfo = forge.asn1.fromDer(forge.util.createBuffer(cms.toString('binary')));
    const ci = contentInfo.value as forge.asn1.Asn1[];
    expect(forge.asn1.derToOid(ci[0].value as string)).toBe('1.2.840.113549.1.7.2');
    const signedData = (ci[1].value as forge.asn1.Asn1[])[0].value as forge.asn1.Asn1[];
    const signerInfos = signedData[signedData.length - 1].value as forge.asn1.Asn1[];
    const signerInfo = signerInfos[0].value as forge.asn1.Asn1[];
    const signedAttrs = signerInfo.find((n) => n.tagClass === forge.asn1.Class.CONTEXT_SPECIFIC && n.type === 0)!;
    const attrs = new Map(
      (signedAttrs.value as forge.asn1.Asn1[]).map((attr) => {
        const [type, values] = attr.value as forge.asn1.Asn1[];
        return [forge.asn1.derToOid(type.value as string), (values.value as forge.asn1.Asn1[])[0]] as const;
      }),
    );
    expect([...attrs.keys()].sort()).toEqual(
      ['1.2.840.113549.1.9.3', '1.2.840.113549.1.9.4', '1.2.840.113549.1.9.5', '1.2.840.113549.1.9.16.2.47'].sort(),
    );
    const signingCertificateV2 = attrs.get('1.2.840.113549.1.9.16.2.47')!;
    const certs = (signingCertificateV2.value as forge.asn1.Asn1[])[0].value as forge.asn1.Asn1[];
    const essCertIdV2 = certs[0].value as forge.asn1.Asn1[];
    // hashAlgorithm is omitted (DEFAULT sha256), so the first field is certHash.
    expect(essCertIdV2[0].type).toBe(forge.asn1.Type.OCTETSTRING);
    const certHash = Buffer.from(essCertIdV2[0].value as string, 'binary');
    expect(certHash.toString('hex')).toBe(createHash('sha256').update(certificateDer).digest('hex'));
    // issuerSerial.serialNumber is the certificate's serial.
    const issuerSerial = essCertIdV2[1].value as forge.asn1.Asn1[];
    const serial = Buffer.from(issuerSerial[1].value as string, 'binary').toString('hex').replace(/^00/, '');
    expect(serial.toUpperCase()).toBe(new X509Certificate(certificateDer).serialNumber.replace(/^00/, '').toUpperCase());
  });

  it('verifies with openssl cms (if openssl is available)', () => {
    if (!hasOpenssl()) {
      console.warn('openssl not found: cross-check skipped');
      return;
    }
    const { content, cms } = extractSignature(signed);
    writeFileSync(join(dir, 'sig.der'), cms);
    writeFileSync(join(dir, 'content.bin'), content);
    writeFileSync(join(dir, 'cert.pem'), new X509Certificate(certificateDer).toString());
    const noverify = spawnSync(
      'openssl',
      ['cms', '-verify', '-binary', '-inform', 'DER', '-in', join(dir, 'sig.der'), '-content', join(dir, 'content.bin'), '-noverify', '-out', join(dir, 'out.bin')],
      { encoding: 'utf8' },
    );
    expect(noverify.stderr).toContain('Verification successful');
    expect(noverify.status).toBe(0);
    // With the certificate as trust anchor OpenSSL also checks the ESS signing-certificate-v2 against it.
    const trusted = spawnSync(
      'openssl',
      ['cms', '-verify', '-binary', '-inform', 'DER', '-in', join(dir, 'sig.der'), '-content', join(dir, 'content.bin'), '-CAfile', join(dir, 'cert.pem'), '-purpose', 'any', '-out', join(dir, 'out.bin')],
      { encoding: 'utf8' },
    );
    expect(trusted.stderr).toContain('Verification successful');
    expect(trusted.status).toBe(0);
  });

  it('signs with a P12 made by openssl (if openssl is available)', async () => {
    if (!hasOpenssl()) {
      console.warn('openssl not found: check skipped');
      return;
    }
    const run = (args: string[]) => {
      const r = spawnSync('openssl', args, { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`openssl ${args[0]} failed: ${r.stderr}`);
    };
    run(['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-sha256', '-days', '30', '-keyout', join(dir, 'k.pem'), '-out', join(dir, 'c.pem'), '-subj', '/CN=Sello OpenSSL/O=Pruebas OpenSSL']);
    run(['pkcs12', '-export', '-inkey', join(dir, 'k.pem'), '-in', join(dir, 'c.pem'), '-out', join(dir, 'o.p12'), '-passout', 'pass:otra clave']);
    const opensslP12 = require('node:fs').readFileSync(join(dir, 'o.p12')) as Buffer;
    expect(describeP12(opensslP12, 'otra clave')).toMatchObject({ commonName: 'Sello OpenSSL', organization: 'Pruebas OpenSSL' });
    const out = await signPdf(unsigned, new P12PdfSigner(opensslP12, 'otra clave'), { reason: 'Prueba' });
    const check = checkPdfSignature(out);
    expect(check).toMatchObject({ signed: true, valid: true, coversWholeDocument: true, signerName: 'Sello OpenSSL', reason: 'Prueba' });
    expect(pdfsig(dir, 'openssl.pdf', out)).toContain('Signature Validation: Signature is Valid.');
  });
});
