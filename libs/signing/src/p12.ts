import { createPrivateKey, generateKeyPairSync, KeyObject, randomBytes, X509Certificate } from 'node:crypto';
import forge from 'node-forge';
import { OID, readCertificate, sha256Hex, subjectAttribute } from './x509';

export type P12ErrorCode = 'invalid_file' | 'wrong_passphrase' | 'no_private_key' | 'no_matching_certificate' | 'unsupported';

/** A P12/PFX that cannot be used. Messages are in Spanish, for the person who uploaded it, and never include the passphrase. */
export class P12Error extends Error {
  constructor(
    readonly code: P12ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'P12Error';
  }
}

export interface LoadedP12 {
  privateKey: KeyObject;
  /** DER of the certificate that belongs to the private key. */
  certificate: Buffer;
  /** Every other certificate in the file (intermediates), DER. */
  chain: Buffer[];
}

const bytesToBuffer = (bytes: string) => Buffer.from(bytes, 'binary');

/** Opens a PKCS#12 file (as made by OpenSSL, Windows, macOS or forge) and pairs its key with its certificate. */
export function loadP12(p12: Buffer, passphrase: string): LoadedP12 {
  let asn1: forge.asn1.Asn1;
  try {
    asn1 = forge.asn1.fromDer(forge.util.createBuffer(p12.toString('binary')), false);
  } catch {
    throw new P12Error('invalid_file', 'El archivo no es un certificado .p12/.pfx válido.');
  }
  let store: forge.pkcs12.Pkcs12Pfx;
  try {
    store = forge.pkcs12.pkcs12FromAsn1(asn1, false, passphrase);
  } catch (error) {
    const message = String((error as Error)?.message ?? '');
    if (/password|decrypt/i.test(message)) {
      throw new P12Error('wrong_passphrase', 'La contraseña del archivo .p12 no es correcta.');
    }
    throw new P12Error('unsupported', 'No se pudo abrir el archivo .p12: la contraseña no es correcta o el formato no es compatible.');
  }

  const keyBags = [
    ...(store.getBags({ bagType: forge.pki.oids.pkcs8ShroudedKeyBag })[forge.pki.oids.pkcs8ShroudedKeyBag] ?? []),
    ...(store.getBags({ bagType: forge.pki.oids.keyBag })[forge.pki.oids.keyBag] ?? []),
  ];
  const keys: KeyObject[] = [];
  for (const bag of keyBags) {
    let pkcs8: forge.asn1.Asn1 | undefined;
    if (bag.key) pkcs8 = forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(bag.key));
    else if (bag.asn1) pkcs8 = bag.asn1; // non-RSA key: forge keeps the PrivateKeyInfo
    if (!pkcs8) continue;
    try {
      keys.push(createPrivateKey({ key: bytesToBuffer(forge.asn1.toDer(pkcs8).getBytes()), format: 'der', type: 'pkcs8' }));
    } catch {
      // unreadable key: ignore, reported below if nothing else is usable
    }
  }
  if (keys.length === 0) throw new P12Error('no_private_key', 'El archivo .p12 no contiene una llave privada.');

  const certBags = store.getBags({ bagType: forge.pki.oids.certBag })[forge.pki.oids.certBag] ?? [];
  const certificates: Buffer[] = [];
  for (const bag of certBags) {
    const certAsn1 = bag.cert ? forge.pki.certificateToAsn1(bag.cert) : bag.asn1;
    if (certAsn1) certificates.push(bytesToBuffer(forge.asn1.toDer(certAsn1).getBytes()));
  }
  for (const privateKey of keys) {
    const certificate = certificates.find((der) => {
      try {
        return new X509Certificate(der).checkPrivateKey(privateKey);
      } catch {
        return false;
      }
    });
    if (certificate) return { privateKey, certificate, chain: certificates.filter((c) => c !== certificate) };
  }
  throw new P12Error('no_matching_certificate', 'El archivo .p12 no contiene el certificado de su llave privada.');
}

/** Describe a P12 (subject CN/O, validity, sha256 fingerprint) after checking the passphrase opens it. */
export function describeP12(
  p12: Buffer,
  passphrase: string,
): { commonName: string; organization: string | null; notBefore: Date; notAfter: Date; fingerprintSha256: string } {
  const { certificate } = loadP12(p12, passphrase);
  const info = readCertificate(certificate);
  return {
    commonName: subjectAttribute(info, OID.commonName) ?? '',
    organization: subjectAttribute(info, OID.organization),
    notBefore: info.notBefore,
    notAfter: info.notAfter,
    fingerprintSha256: sha256Hex(certificate),
  };
}

// ---------------------------------------------------------------- generating (trial and test material)

/** A positive serial number of 16 random bytes, as forge wants it (hex). */
export function randomSerialHex(): string {
  const bytes = randomBytes(16);
  bytes[0] = (bytes[0] & 0x7f) | 0x40;
  return bytes.toString('hex');
}

export function newRsaKeyPair(): { privateKey: KeyObject; forgePrivateKey: forge.pki.rsa.PrivateKey; forgePublicKey: forge.pki.rsa.PublicKey } {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    privateKey,
    forgePrivateKey: forge.pki.privateKeyFromPem(privateKey.export({ type: 'pkcs1', format: 'pem' }) as string),
    forgePublicKey: forge.pki.publicKeyFromPem(publicKey.export({ type: 'spki', format: 'pem' }) as string),
  };
}

export function forgeCertificateDer(cert: forge.pki.Certificate): Buffer {
  return bytesToBuffer(forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes());
}

/** Trial certificates: RSA-2048 self-signed, CN/O given, validity years; returns a P12 protected by the passphrase plus the PEM certificate. */
export function generateSelfSignedP12(input: {
  commonName: string;
  organization: string;
  years?: number;
  passphrase: string;
}): { p12: Buffer; certificatePem: string; notAfter: Date } {
  const years = input.years ?? 3;
  if (!input.commonName.trim()) throw new Error('commonName is required');
  if (!(years > 0 && years <= 30)) throw new Error('years must be between 1 and 30');
  const keys = newRsaKeyPair();
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.forgePublicKey;
  cert.serialNumber = randomSerialHex();
  const notBefore = new Date(Math.floor(Date.now() / 1000) * 1000 - 60_000); // a minute of clock-skew slack
  const notAfter = new Date(notBefore);
  notAfter.setUTCFullYear(notAfter.getUTCFullYear() + years);
  cert.validity.notBefore = notBefore;
  cert.validity.notAfter = notAfter;
  const name = [
    { type: '2.5.4.3', value: input.commonName, valueTagClass: forge.asn1.Type.UTF8 },
    { type: '2.5.4.10', value: input.organization, valueTagClass: forge.asn1.Type.UTF8 },
  ] as unknown as forge.pki.CertificateField[]; // @types says valueTagClass is an asn1.Class; forge reads an asn1.Type
  cert.setSubject(name);
  cert.setIssuer(name);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false, critical: true },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  cert.sign(keys.forgePrivateKey, forge.md.sha256.create());
  const p12Asn1 = forge.pkcs12.toPkcs12Asn1(keys.forgePrivateKey, [cert], input.passphrase, {
    algorithm: 'aes256',
    count: 10_000,
    friendlyName: input.commonName,
  });
  return {
    p12: bytesToBuffer(forge.asn1.toDer(p12Asn1).getBytes()),
    certificatePem: forge.pki.certificateToPem(cert),
    notAfter,
  };
}
