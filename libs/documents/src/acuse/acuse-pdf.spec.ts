import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import jsQR from 'jsqr';
import QRCode from 'qrcode';
import { renderAcuse, type AcuseContent } from './acuse-pdf';

const CONTENT: AcuseContent = {
  institutionName: 'Secretaría de Administración',
  filerName: 'María Fernanda Ordóñez Núñez',
  tipo: 'MODIFICACIÓN',
  period: 'Del 1 de enero al 31 de diciembre de 2025',
  completa: false,
  actualizacionConflictoInteres: false,
  folio: 'SECADMIN-2026-000042',
  version: 1,
  filedAt: new Date('2026-05-21T17:05:09Z'),
  sha256: 'b'.repeat(64),
  verificationUrl: 'https://veraz.example/verificar/SECADMIN-2026-000042',
};

function tool(name: string, args: string[], pdf: Buffer): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'acuse-')), 'a.pdf');
  fs.writeFileSync(file, pdf);
  try {
    return execFileSync(name, [...args, file, '-'].filter((a) => !((name === 'pdfimages' || name === 'pdfinfo') && a === '-')), { encoding: 'utf8' });
  } catch (err) {
    throw new Error(`${name} failed (install poppler-utils): ${(err as Error).message}`);
  }
}

describe('the acuse PDF', () => {
  it('states who filed what and when, in Mexico City time, with the hash and the verification link', async () => {
    const text = tool('pdftotext', [], await renderAcuse(CONTENT));
    for (const expected of ['María Fernanda Ordóñez Núñez', 'MODIFICACIÓN', 'Simplificada', 'SECADMIN-2026-000042', 'b'.repeat(64), 'bajo protesta de decir verdad', 'https://veraz.example/verificar/SECADMIN-2026-000042']) {
      expect(text).toContain(expected);
    }
    // 17:05 UTC on 21 May 2026 is 11:05 in Mexico City (UTC-6, no daylight saving time).
    expect(text).toMatch(/21 de mayo de 2026.*11:05:09/);
  });

  it('prints the audit chain anchor (entry and hash) and still fits on one page with every optional part', async () => {
    const anchored = { ...CONTENT, auditAnchor: { seq: 1234, hash: 'c'.repeat(64) } };
    const text = tool('pdftotext', [], await renderAcuse(anchored));
    expect(text).toContain('Ancla de la bitácora: entrada 1234 de la bitácora de la institución');
    expect(text).toContain('c'.repeat(64));
    expect(text.replace(/\s+/g, ' ')).toContain('La página también indica si la bitácora de la institución conserva la entrada del ancla.');
    expect(tool('pdftotext', [], await renderAcuse(CONTENT))).not.toContain('Ancla de la bitácora');
    const full = { ...anchored, efirma: { serial: '00001000000500000001', notAfter: new Date('2028-01-01T00:00:00Z') }, logoPng: await QRCode.toBuffer('logotipo', { width: 120 }) };
    expect(tool('pdfinfo', [], await renderAcuse(full))).toMatch(/^Pages:\s+1$/m);
  });

  it('prints the institution logo when one is configured', async () => {
    // pdfimages lists each picture once per page (plus its transparency mask, if any).
    const pictures = (pdf: Buffer) => tool('pdfimages', ['-list'], pdf).trim().split('\n').slice(2).filter((l) => !/\bsmask\b/.test(l)).length;
    // The QR code is drawn as vectors, so the logo is the only picture.
    expect(pictures(await renderAcuse(CONTENT))).toBe(0);
    const logo = await QRCode.toBuffer('logotipo', { width: 120 });
    expect(pictures(await renderAcuse({ ...CONTENT, logoPng: logo }))).toBe(1);
  });

  it('carries a QR code that a phone camera reads as the verification link', async () => {
    // The printed page as a scanner sees it: 150 dpi grey, then a QR decoder over the pixels.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'acuse-qr-'));
    const file = path.join(dir, 'a.pdf');
    // The fullest page (e.firma row and audit anchor): the QR must not be pushed into the footer.
    const full = { ...CONTENT, efirma: { serial: '00001000000500000001', notAfter: new Date('2028-01-01T00:00:00Z') }, auditAnchor: { seq: 7, hash: 'd'.repeat(64) } };
    fs.writeFileSync(file, await renderAcuse(full));
    execFileSync('pdftoppm', ['-gray', '-r', '150', '-singlefile', file, path.join(dir, 'page')]);
    const pgm = fs.readFileSync(path.join(dir, 'page.pgm'));
    const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 64).toString('latin1'))!;
    const [width, height] = [Number(header[1]), Number(header[2])];
    const grey = pgm.subarray(header[0].length);
    const rgba = new Uint8ClampedArray(width * height * 4);
    for (let i = 0; i < width * height; i++) rgba.set([grey[i]!, grey[i]!, grey[i]!, 255], i * 4);
    expect(jsQR(rgba, width, height)?.data).toBe(CONTENT.verificationUrl);
  });
});
