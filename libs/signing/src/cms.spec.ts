import { spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDetachedCms, verifyCms } from './cms';

const hasOpenssl = (): boolean => {
  const run = spawnSync('openssl', ['version'], { encoding: 'utf8' });
  return !run.error && run.status === 0;
};

describe('detached CMS with an ECDSA key', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'veraz-cms-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('signs with ecdsa-with-SHA256, verifies, and openssl agrees (if openssl is available)', () => {
    if (!hasOpenssl()) {
      console.warn('openssl not found: ECDSA check skipped');
      return;
    }
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    writeFileSync(join(dir, 'key.pem'), privateKey.export({ type: 'pkcs8', format: 'pem' }));
    const req = spawnSync('openssl', ['req', '-new', '-x509', '-key', join(dir, 'key.pem'), '-subj', '/CN=Sello EC', '-days', '2', '-outform', 'DER', '-out', join(dir, 'cert.der')]);
    expect(req.status).toBe(0);
    const certificate = readFileSync(join(dir, 'cert.der'));
    const content = Buffer.from('Acuse de recepción');
    const signingTime = new Date('2026-03-01T12:00:00.456Z');
    const cms = buildDetachedCms({ content, certificate, privateKey, signingTime });

    const result = verifyCms(cms, content);
    expect(result).toMatchObject({ valid: true, digestMatches: true, signatureVerified: true, problem: null });
    expect(result.certificateDer?.equals(certificate)).toBe(true);
    expect(result.signingTime?.toISOString()).toBe('2026-03-01T12:00:00.000Z');
    expect(verifyCms(cms, Buffer.from('Acuse de recepcion')).valid).toBe(false);

    writeFileSync(join(dir, 'sig.der'), cms);
    writeFileSync(join(dir, 'content.bin'), content);
    const run = spawnSync(
      'openssl',
      ['cms', '-verify', '-binary', '-inform', 'DER', '-in', join(dir, 'sig.der'), '-content', join(dir, 'content.bin'), '-noverify', '-out', join(dir, 'out.bin')],
      { encoding: 'utf8' },
    );
    expect(run.stderr).toContain('Verification successful');
  });
});
