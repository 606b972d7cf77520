import { KeyObject, webcrypto } from 'node:crypto';
import forge from 'node-forge';
import { CertificateRevocationList, RevokedCertificate, Time } from 'pkijs';
import { forgeCertificateDer, newRsaKeyPair, randomSerialHex } from './p12';
import { pkiCrypto, readCertificate } from './x509';

/** A certification authority for tests and trials: its certificate (DER) and private key. Never the SAT's. */
export interface TestAuthority {
  certificate: Buffer;
  privateKey: KeyObject;
}

const YEAR = 365 * 24 * 3600 * 1000;

/** The subject of a certificate as forge attributes, to name it as an issuer. */
export function forgeSubject(der: Buffer): forge.pki.CertificateField[] {
  const { subject } = forge.pki.certificateFromAsn1(forge.asn1.fromDer(der.toString('binary')));
  // forge reads UTF8String values as their raw bytes but encodes them again on writing: decode them first.
  return subject.attributes.map((a) => ((a.valueTagClass as unknown) === forge.asn1.Type.UTF8 ? { ...a, value: forge.util.decodeUtf8(a.value as string) } : a));
}

export function forgePrivateKey(key: KeyObject): forge.pki.rsa.PrivateKey {
  return forge.pki.privateKeyFromPem(key.export({ type: 'pkcs1', format: 'pem' }) as string);
}

/** Test/trial helper: an RSA CA certificate, self-signed (a root) or issued by `issuer` (an intermediate). */
export function generateTestAuthority(input: { commonName: string; issuer?: TestAuthority; notBefore?: Date; notAfter?: Date }): TestAuthority {
  const keys = newRsaKeyPair();
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.forgePublicKey;
  cert.serialNumber = randomSerialHex();
  cert.validity.notBefore = input.notBefore ?? new Date(Date.now() - YEAR);
  cert.validity.notAfter = input.notAfter ?? new Date(Date.now() + 10 * YEAR);
  const subject = [
    { type: '2.5.4.3', value: input.commonName, valueTagClass: forge.asn1.Type.UTF8 },
    { type: '2.5.4.10', value: 'Veraz pruebas', valueTagClass: forge.asn1.Type.UTF8 },
    { type: '2.5.4.6', value: 'MX' },
  ] as unknown as forge.pki.CertificateField[];
  cert.setSubject(subject);
  cert.setIssuer(input.issuer ? forgeSubject(input.issuer.certificate) : subject);
  cert.setExtensions([
    { name: 'basicConstraints', cA: true, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  cert.sign(input.issuer ? forgePrivateKey(input.issuer.privateKey) : keys.forgePrivateKey, forge.md.sha256.create());
  return { certificate: forgeCertificateDer(cert), privateKey: keys.privateKey };
}

/**
 * Test/trial helper: a CRL (DER) of `issuer` listing `revoked` (certificates it issued, DER), signed with PKI.js.
 * Each entry's revocationDate is `revokedAt`, by default `thisUpdate`.
 */
export async function generateTestCrl(input: { issuer: TestAuthority; revoked: Buffer[]; thisUpdate?: Date; nextUpdate?: Date; revokedAt?: Date }): Promise<Buffer> {
  const issuer = readCertificate(input.issuer.certificate).certificate;
  const thisUpdate = input.thisUpdate ?? new Date(Date.now() - 60_000);
  const crl = new CertificateRevocationList({
    version: 1,
    issuer: issuer.subject,
    thisUpdate: new Time({ type: 0, value: thisUpdate }),
    nextUpdate: new Time({ type: 0, value: input.nextUpdate ?? new Date(thisUpdate.getTime() + 30 * 24 * 3600 * 1000) }),
  });
  if (input.revoked.length) {
    crl.revokedCertificates = input.revoked.map(
      (der) => new RevokedCertificate({ userCertificate: readCertificate(der).certificate.serialNumber, revocationDate: new Time({ type: 0, value: input.revokedAt ?? thisUpdate }) }),
    );
  }
  const pkcs8 = input.issuer.privateKey.export({ type: 'pkcs8', format: 'der' });
  const key = await webcrypto.subtle.importKey('pkcs8', pkcs8, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, false, ['sign']);
  await crl.sign(key as Parameters<CertificateRevocationList['sign']>[0], 'SHA-256', pkiCrypto);
  return Buffer.from(crl.toSchema(true).toBER());
}
