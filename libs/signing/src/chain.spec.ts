import { createPrivateKey, X509Certificate } from 'node:crypto';
import { buildDetachedCms, verifyCms } from './cms';
import { generateEfirmaLike, generateTestAuthority, generateTestCrl, validateCertificateChain } from './index';

const DAY = 24 * 3600 * 1000;
const now = Date.now();

describe('validateCertificateChain', () => {
  const root = generateTestAuthority({ commonName: 'AC RAÍZ DE PRUEBAS' });
  const intermediate = generateTestAuthority({ commonName: 'AC INTERMEDIA DE PRUEBAS', issuer: root });
  const stranger = generateTestAuthority({ commonName: 'AC AJENA' });
  const efirma = (issuer = intermediate, notBefore = new Date(now - 30 * DAY), notAfter = new Date(now + 365 * DAY)) =>
    generateEfirmaLike({ rfc: 'MUPA820714LY3', name: 'ANA MUÑOZ PÉREZ', notBefore, notAfter, passphrase: 'x', issuer });
  const leaf = efirma().cer;
  const at = new Date(now - DAY);

  it('says a certificate issued through an intermediate chains to the registered root and was valid', async () => {
    const result = await validateCertificateChain({ certificate: leaf, intermediates: [intermediate.certificate], authorities: [root.certificate], at });
    expect(result).toMatchObject({ status: 'trusted', trusted: true, chainsToAuthority: true, validAtTime: true, revoked: false });
    expect(result.authority?.equals(root.certificate)).toBe(true);
    expect(result.reason).toBe('El certificado fue emitido por una autoridad registrada y era vigente al momento de la firma.');
    // Registering the intermediate itself is enough (the SAT's issuing authority, without its root).
    expect((await validateCertificateChain({ certificate: leaf, authorities: [intermediate.certificate], at })).status).toBe('trusted');
  });

  it('takes the intermediates a CMS embeds', async () => {
    const { cer, key } = efirma();
    const privateKey = createPrivateKey({ key, format: 'der', type: 'pkcs8', passphrase: 'x' });
    const content = Buffer.from('hola');
    const cms = buildDetachedCms({ content, certificate: cer, chain: [intermediate.certificate], privateKey, signingTime: at });
    const verified = verifyCms(cms, content);
    expect(verified.valid).toBe(true);
    const result = await validateCertificateChain({ certificate: verified.certificateDer!, intermediates: verified.certificates, authorities: [root.certificate], at });
    expect(result.status).toBe('trusted');
  });

  it('rejects an unknown issuer, and a chain whose intermediate is missing', async () => {
    const unknown = await validateCertificateChain({ certificate: leaf, intermediates: [intermediate.certificate], authorities: [stranger.certificate], at });
    expect(unknown).toMatchObject({ status: 'unknown_issuer', trusted: false, chainsToAuthority: false, validAtTime: true, authority: null });
    expect(unknown.reason).toBe('El certificado no fue emitido por ninguna autoridad registrada.');
    expect((await validateCertificateChain({ certificate: leaf, authorities: [root.certificate], at })).status).toBe('unknown_issuer');
  });

  it('answers that no authority is registered', async () => {
    const result = await validateCertificateChain({ certificate: leaf, authorities: [], at });
    expect(result).toMatchObject({ status: 'no_authorities', trusted: false, validAtTime: true });
  });

  it('judges validity at the signing time: expired, not yet valid, and valid back then', async () => {
    const old = efirma(intermediate, new Date(now - 800 * DAY), new Date(now - 400 * DAY)).cer;
    const input = { certificate: old, intermediates: [intermediate.certificate], authorities: [root.certificate] };
    const expired = await validateCertificateChain({ ...input, at: new Date(now) });
    expect(expired).toMatchObject({ status: 'expired', trusted: false, chainsToAuthority: true, validAtTime: false });
    expect(expired.reason).toBe('El certificado ya había vencido al momento de la firma.');
    // The root of these tests was issued a year ago: a signature made 500 days ago predates it.
    expect((await validateCertificateChain({ ...input, at: new Date(now - 500 * DAY) })).status).toBe('authority_not_valid');
    const early = await validateCertificateChain({ certificate: leaf, intermediates: [intermediate.certificate], authorities: [root.certificate], at: new Date(now - 60 * DAY) });
    expect(early.status).toBe('not_yet_valid');
    const longRoot = generateTestAuthority({ commonName: 'AC RAÍZ ANTIGUA', notBefore: new Date(now - 3000 * DAY) });
    const longIntermediate = generateTestAuthority({ commonName: 'AC INTERMEDIA ANTIGUA', issuer: longRoot, notBefore: new Date(now - 3000 * DAY) });
    const oldButFine = efirma(longIntermediate, new Date(now - 800 * DAY), new Date(now - 400 * DAY)).cer;
    const back = await validateCertificateChain({ certificate: oldButFine, intermediates: [longIntermediate.certificate], authorities: [longRoot.certificate], at: new Date(now - 500 * DAY) });
    expect(back).toMatchObject({ status: 'trusted', validAtTime: true });
  });

  it('says a certificate listed in the loaded CRL is revoked, and one not listed is not', async () => {
    const revokedCer = efirma().cer;
    const revokedAt = new Date(Date.UTC(2026, 0, 15, 18, 30));
    const crl = await generateTestCrl({ issuer: intermediate, revoked: [revokedCer], revokedAt });
    const input = { intermediates: [intermediate.certificate], authorities: [root.certificate], crls: [crl], at: new Date() };
    const revoked = await validateCertificateChain({ ...input, certificate: revokedCer });
    expect(revoked).toMatchObject({ status: 'revoked', trusted: false, chainsToAuthority: true, revoked: true, revokedAt, revocationChecked: true });
    // 18:30 UTC is 12:30 in Mexico City.
    expect(revoked.reason).toBe('El certificado fue revocado el 15 de enero de 2026 a las 12:30 (hora del centro de México) por la autoridad que lo emitió, antes de la firma.');
    const fine = await validateCertificateChain({ ...input, certificate: leaf });
    expect(fine).toMatchObject({ status: 'trusted', revoked: false, revokedAt: null, revocationChecked: true });
  });

  it('counts a revocation only from its date: a signature made before it stays trusted', async () => {
    const revokedCer = efirma().cer;
    const signedAt = new Date(now - 10 * DAY);
    const input = { certificate: revokedCer, intermediates: [intermediate.certificate], authorities: [root.certificate], at: signedAt };
    const before = await generateTestCrl({ issuer: intermediate, revoked: [revokedCer], revokedAt: new Date(signedAt.getTime() - 60_000) });
    expect(await validateCertificateChain({ ...input, crls: [before] })).toMatchObject({ status: 'revoked', trusted: false, revoked: true, revocationChecked: true });
    const after = await generateTestCrl({ issuer: intermediate, revoked: [revokedCer], revokedAt: new Date(signedAt.getTime() + 60_000) });
    const trusted = await validateCertificateChain({ ...input, crls: [after] });
    expect(trusted).toMatchObject({ status: 'trusted', trusted: true, revoked: false, revokedAt: null, revocationChecked: true });
    expect(trusted.reason).toBe('El certificado fue emitido por una autoridad registrada y era vigente al momento de la firma.');
    // Revoked at the very moment of signing: no longer valid.
    const same = await generateTestCrl({ issuer: intermediate, revoked: [revokedCer], revokedAt: signedAt });
    expect((await validateCertificateChain({ ...input, crls: [same] })).status).toBe('revoked');
  });

  it('says so when the revoked certificate is an intermediate authority of the chain', async () => {
    const crl = await generateTestCrl({ issuer: root, revoked: [intermediate.certificate], revokedAt: new Date(now - 2 * DAY) });
    const result = await validateCertificateChain({ certificate: leaf, intermediates: [intermediate.certificate], authorities: [root.certificate], crls: [crl], at });
    expect(result).toMatchObject({ status: 'revoked', trusted: false, revoked: true });
    expect(result.reason).toMatch(/^El certificado de una autoridad intermedia de la cadena fue revocado el .+ \(hora del centro de México\), antes de la firma\.$/);
  });

  it('ignores a CRL that its issuer did not sign', async () => {
    const forged = await generateTestCrl({ issuer: { certificate: intermediate.certificate, privateKey: stranger.privateKey }, revoked: [leaf] });
    const result = await validateCertificateChain({ certificate: leaf, intermediates: [intermediate.certificate], authorities: [root.certificate], crls: [forged], at: new Date() });
    expect(result).toMatchObject({ status: 'trusted', revoked: false, revocationChecked: false });
  });

  it('detects a certificate whose signature was tampered with', async () => {
    const tampered = Buffer.from(leaf);
    tampered[tampered.length - 10] ^= 0x01; // inside the issuer's signature
    expect(() => new X509Certificate(tampered)).not.toThrow();
    const result = await validateCertificateChain({ certificate: tampered, intermediates: [intermediate.certificate], authorities: [root.certificate], at });
    expect(result).toMatchObject({ status: 'bad_signature', trusted: false, chainsToAuthority: false });
    expect(result.reason).toBe('El certificado no lleva una firma válida de la autoridad que lo emitió: fue alterado.');
  });

  it('says malformed input is not a certificate', async () => {
    const result = await validateCertificateChain({ certificate: Buffer.from('basura'), authorities: [root.certificate], at });
    expect(result).toMatchObject({ status: 'malformed', trusted: false });
  });
});
