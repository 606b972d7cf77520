import { spawnSync } from 'node:child_process';
import { createPrivateKey, X509Certificate } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkEfirma, EfirmaError, generateEfirmaLike, signWithEfirma, verifyDetachedCms } from './index';

const DAY = 24 * 3600 * 1000;
const RFC = 'MUPA820714LY3';
const CURP = 'MUPA820714HDFXRN09';
const PASSPHRASE = 'Contraseña-FIEL-2024';

function errorOf(fn: () => unknown): EfirmaError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(EfirmaError);
    const message = (error as Error).message;
    // Never the RFC nor the passphrase in what may reach logs or the screen.
    expect(message).not.toContain(RFC);
    expect(message).not.toContain(RFC.toLowerCase());
    expect(message).not.toContain(PASSPHRASE);
    expect(message).not.toContain('XAXX010101000');
    return error as EfirmaError;
  }
  throw new Error('expected an EfirmaError');
}

describe('e.firma', () => {
  const now = new Date();
  const valid = generateEfirmaLike({
    rfc: RFC,
    curp: CURP,
    name: 'ANA MUÑOZ PÉREZ',
    notBefore: new Date(now.getTime() - DAY),
    notAfter: new Date(now.getTime() + 4 * 365 * DAY),
    passphrase: PASSPHRASE,
  });
  const expired = generateEfirmaLike({
    rfc: RFC,
    name: 'ANA MUÑOZ PÉREZ',
    notBefore: new Date(now.getTime() - 4 * 365 * DAY),
    notAfter: new Date(now.getTime() - DAY),
    passphrase: PASSPHRASE,
  });
  const future = generateEfirmaLike({
    rfc: RFC,
    curp: CURP,
    name: 'ANA MUÑOZ PÉREZ',
    notBefore: new Date(now.getTime() + 10 * DAY),
    notAfter: new Date(now.getTime() + 4 * 365 * DAY),
    passphrase: PASSPHRASE,
  });
  const other = generateEfirmaLike({
    rfc: 'XAXX010101000',
    name: 'OTRA PERSONA',
    notBefore: new Date(now.getTime() - DAY),
    notAfter: new Date(now.getTime() + 365 * DAY),
    passphrase: PASSPHRASE,
  });

  it('accepts a SAT-like .cer/.key for the RFC (case-insensitive)', () => {
    const check = checkEfirma({ cer: valid.cer, key: valid.key, passphrase: PASSPHRASE, expectedRfc: 'mupa820714ly3' });
    expect(check).toEqual({
      rfc: RFC,
      notBefore: expect.any(Date),
      notAfter: expect.any(Date),
      serial: expect.stringMatching(/^00001000000\d{9}$/),
      commonName: 'ANA MUÑOZ PÉREZ',
    });
    expect(Math.abs(check.notBefore.getTime() - (now.getTime() - DAY))).toBeLessThan(1000);
    const x509 = new X509Certificate(valid.cer);
    expect(Buffer.from(x509.serialNumber, 'hex').toString('latin1')).toBe(check.serial);
  });

  it('rejects another RFC', () => {
    const error = errorOf(() => checkEfirma({ cer: other.cer, key: other.key, passphrase: PASSPHRASE, expectedRfc: RFC }));
    expect(error.code).toBe('wrong_rfc');
    expect(error.message).toBe('El certificado no corresponde a tu RFC.');
    expect(errorOf(() => checkEfirma({ cer: valid.cer, key: valid.key, passphrase: PASSPHRASE, expectedRfc: 'XAXX010101000' })).code).toBe('wrong_rfc');
  });

  it('rejects an expired certificate, and accepts it at a date inside its validity', () => {
    const error = errorOf(() => checkEfirma({ cer: expired.cer, key: expired.key, passphrase: PASSPHRASE, expectedRfc: RFC }));
    expect(error.code).toBe('expired');
    expect(error.message).toBe('El certificado de la e.firma está vencido.');
    const past = new Date(now.getTime() - 365 * DAY);
    expect(checkEfirma({ cer: expired.cer, key: expired.key, passphrase: PASSPHRASE, expectedRfc: RFC, at: past }).rfc).toBe(RFC);
  });

  it('rejects a certificate that is not valid yet', () => {
    const error = errorOf(() => checkEfirma({ cer: future.cer, key: future.key, passphrase: PASSPHRASE, expectedRfc: RFC }));
    expect(error.code).toBe('not_yet_valid');
    expect(error.message).toBe('El certificado de la e.firma todavía no es válido.');
  });

  it('rejects a wrong passphrase', () => {
    const error = errorOf(() => checkEfirma({ cer: valid.cer, key: valid.key, passphrase: 'otra-contraseña', expectedRfc: RFC }));
    expect(error.code).toBe('wrong_passphrase');
    expect(error.message).toBe('La contraseña de la llave privada no es correcta.');
  });

  it('rejects a key that belongs to another certificate', () => {
    const error = errorOf(() => checkEfirma({ cer: valid.cer, key: other.key, passphrase: PASSPHRASE, expectedRfc: RFC }));
    expect(error.code).toBe('key_mismatch');
    expect(error.message).toBe('La llave privada no corresponde al certificado.');
  });

  it('rejects files that are not a certificate or an encrypted key', () => {
    const badCer = errorOf(() => checkEfirma({ cer: Buffer.from('no soy un certificado'), key: valid.key, passphrase: PASSPHRASE, expectedRfc: RFC }));
    expect(badCer.code).toBe('invalid_cer');
    expect(badCer.message).toBe('El archivo .cer no es un certificado válido.');
    const badKey = errorOf(() => checkEfirma({ cer: valid.cer, key: valid.cer, passphrase: PASSPHRASE, expectedRfc: RFC }));
    expect(badKey.code).toBe('invalid_key');
    // A real but unencrypted PKCS#8 key is not a SAT .key: its passphrase could not be checked.
    const plain = createPrivateKey({ key: valid.key, format: 'der', type: 'pkcs8', passphrase: PASSPHRASE }).export({ type: 'pkcs8', format: 'der' });
    expect(errorOf(() => checkEfirma({ cer: valid.cer, key: plain, passphrase: PASSPHRASE, expectedRfc: RFC })).code).toBe('invalid_key');
  });

  describe('detached CMS', () => {
    const content = Buffer.from('{"declaracion":"modificación","ejercicio":2024,"declarante":"Ana Muñoz"}', 'utf8');
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'veraz-efirma-'));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('round-trips signWithEfirma and verifyDetachedCms', () => {
      const cms = signWithEfirma({ cer: valid.cer, key: valid.key, passphrase: PASSPHRASE, content, signingTime: new Date('2025-06-01T10:00:00Z') });
      const result = verifyDetachedCms(cms, content);
      expect(result.valid).toBe(true);
      expect(result.certificateDer?.equals(valid.cer)).toBe(true);
    });

    it('is invalid for altered content, an altered signature or garbage', () => {
      const cms = signWithEfirma({ cer: valid.cer, key: valid.key, passphrase: PASSPHRASE, content });
      const altered = Buffer.from(content);
      altered[5] ^= 0x20;
      expect(verifyDetachedCms(cms, altered).valid).toBe(false);
      const badSignature = Buffer.from(cms);
      badSignature[badSignature.length - 3] ^= 0x01;
      expect(verifyDetachedCms(badSignature, content).valid).toBe(false);
      expect(verifyDetachedCms(Buffer.from('basura'), content)).toEqual({ valid: false, certificateDer: null });
    });

    it('refuses to sign with a wrong passphrase', () => {
      expect(errorOf(() => signWithEfirma({ cer: valid.cer, key: valid.key, passphrase: 'x', content })).code).toBe('wrong_passphrase');
    });

    it('verifies with openssl cms (if openssl is available)', () => {
      const version = spawnSync('openssl', ['version'], { encoding: 'utf8' });
      if (version.error || version.status !== 0) {
        console.warn('openssl not found: cross-check skipped');
        return;
      }
      const cms = signWithEfirma({ cer: valid.cer, key: valid.key, passphrase: PASSPHRASE, content });
      writeFileSync(join(dir, 'sig.der'), cms);
      writeFileSync(join(dir, 'content.bin'), content);
      const run = spawnSync(
        'openssl',
        ['cms', '-verify', '-binary', '-inform', 'DER', '-in', join(dir, 'sig.der'), '-content', join(dir, 'content.bin'), '-noverify', '-out', join(dir, 'out.bin')],
        { encoding: 'utf8' },
      );
      expect(run.stderr).toContain('Verification successful');
      expect(run.status).toBe(0);
      // OpenSSL reads the SAT-style .key (encrypted PKCS#8, DER) with the passphrase too.
      writeFileSync(join(dir, 'fiel.key'), valid.key);
      const key = spawnSync('openssl', ['pkey', '-inform', 'DER', '-in', join(dir, 'fiel.key'), '-passin', `pass:${PASSPHRASE}`, '-noout'], { encoding: 'utf8' });
      expect(key.status).toBe(0);
    });
  });
});
