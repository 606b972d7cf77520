import { createPrivateKey, KeyObject, X509Certificate } from 'node:crypto';
import forge from 'node-forge';
import { PKCS8ShroudedKeyBag } from 'pkijs';
import { buildDetachedCms, verifyCms } from './cms';
import { forgeCertificateDer, newRsaKeyPair } from './p12';
import { forgePrivateKey, forgeSubject, type TestAuthority } from './test-authorities';
import { CertificateInfo, certificateDerFrom, OID, readCertificate, subjectAttribute } from './x509';

export type EfirmaErrorCode =
  | 'invalid_cer'
  | 'invalid_key'
  | 'wrong_passphrase'
  | 'key_mismatch'
  | 'no_rfc'
  | 'wrong_rfc'
  | 'expired'
  | 'not_yet_valid';

const MESSAGES: Record<EfirmaErrorCode, string> = {
  invalid_cer: 'El archivo .cer no es un certificado válido.',
  invalid_key: 'El archivo .key no es una llave privada válida de e.firma.',
  wrong_passphrase: 'La contraseña de la llave privada no es correcta.',
  key_mismatch: 'La llave privada no corresponde al certificado.',
  no_rfc: 'El certificado no contiene un RFC; verifica que sea tu e.firma.',
  wrong_rfc: 'El certificado no corresponde a tu RFC.',
  expired: 'El certificado de la e.firma está vencido.',
  not_yet_valid: 'El certificado de la e.firma todavía no es válido.',
};

/** A problem with the filer's e.firma. The message is in Spanish, for the filer, and never contains the RFC or the passphrase. */
export class EfirmaError extends Error {
  constructor(readonly code: EfirmaErrorCode) {
    super(MESSAGES[code]);
    this.name = 'EfirmaError';
  }
}

export interface EfirmaCheck {
  rfc: string;
  notBefore: Date;
  notAfter: Date;
  /** The SAT certificate number (the serial's bytes as ASCII digits, e.g. 00001000000504465028), or the serial in hex when it is not made of digits. */
  serial: string;
  commonName: string;
}

interface LoadedEfirma {
  certificate: Buffer;
  info: CertificateInfo;
  privateKey: KeyObject;
}

function loadCertificate(cer: Buffer): { der: Buffer; info: CertificateInfo; x509: X509Certificate } {
  try {
    const der = certificateDerFrom(cer);
    return { der, info: readCertificate(der), x509: new X509Certificate(der) };
  } catch {
    throw new EfirmaError('invalid_cer');
  }
}

/** SAT .key: DER EncryptedPrivateKeyInfo (PKCS#8). A PEM "ENCRYPTED PRIVATE KEY" is accepted too. */
function loadPrivateKey(key: Buffer, passphrase: string): KeyObject {
  let der = key;
  const head = key.subarray(0, 64).toString('latin1');
  if (head.includes('-----BEGIN')) {
    const m = key.toString('latin1').match(/-----BEGIN ENCRYPTED PRIVATE KEY-----([\s\S]*?)-----END ENCRYPTED PRIVATE KEY-----/);
    if (!m) throw new EfirmaError('invalid_key');
    der = Buffer.from(m[1].replace(/\s+/g, ''), 'base64');
  }
  let encrypted: boolean;
  try {
    // A PKCS#12 shrouded key bag is exactly an EncryptedPrivateKeyInfo (RFC 7292 §4.2.2).
    PKCS8ShroudedKeyBag.fromBER(der);
    encrypted = true;
  } catch {
    encrypted = false;
  }
  // An unencrypted key is not a SAT .key, and its passphrase could not be checked.
  if (!encrypted) throw new EfirmaError('invalid_key');
  try {
    return createPrivateKey({ key: der, format: 'der', type: 'pkcs8', passphrase });
  } catch {
    throw new EfirmaError('wrong_passphrase');
  }
}

function loadEfirma(cer: Buffer, key: Buffer, passphrase: string): LoadedEfirma & { x509: X509Certificate } {
  const { der, info, x509 } = loadCertificate(cer);
  const privateKey = loadPrivateKey(key, passphrase);
  let matches = false;
  try {
    matches = x509.checkPrivateKey(privateKey);
  } catch {
    matches = false;
  }
  if (!matches) throw new EfirmaError('key_mismatch');
  return { certificate: der, info, privateKey, x509 };
}

/** SAT puts the RFC in x500UniqueIdentifier (2.5.4.45): "RFC", or "RFC / CURP", or for companies "RFC / RFC of the representative". */
function certificateRfc(info: CertificateInfo): string | null {
  const value = subjectAttribute(info, OID.x500UniqueIdentifier);
  const rfc = value?.split('/')[0]?.trim().toUpperCase();
  return rfc ? rfc : null;
}

function satSerial(serial: Buffer): string {
  const bytes = serial[0] === 0 && serial.length > 1 ? serial.subarray(1) : serial;
  return /^[0-9]+$/.test(bytes.toString('latin1')) ? bytes.toString('latin1') : bytes.toString('hex').toUpperCase();
}

/**
 * Reads the certificate and key, checks the passphrase opens the key, that key and certificate match, that the
 * certificate's RFC equals `expectedRfc` (case-insensitive) and its validity at `at` (default now).
 * Throws EfirmaError. Who issued it is a separate question: validateCertificateChain (chain.ts).
 */
export function checkEfirma(input: { cer: Buffer; key: Buffer; passphrase: string; expectedRfc: string; at?: Date }): EfirmaCheck {
  const { info, x509 } = loadEfirma(input.cer, input.key, input.passphrase);
  const rfc = certificateRfc(info);
  if (!rfc) throw new EfirmaError('no_rfc');
  if (rfc !== input.expectedRfc.trim().toUpperCase()) throw new EfirmaError('wrong_rfc');
  const at = input.at ?? new Date();
  if (at.getTime() > info.notAfter.getTime()) throw new EfirmaError('expired');
  if (at.getTime() < info.notBefore.getTime()) throw new EfirmaError('not_yet_valid');
  return {
    rfc,
    notBefore: info.notBefore,
    notAfter: info.notAfter,
    serial: satSerial(info.serial),
    commonName: subjectAttribute(info, OID.commonName) ?? x509.subject,
  };
}

/** Detached CMS (DER) over `content` with the e.firma key and certificate (same CAdES-B-B profile as the PDF seal). */
export function signWithEfirma(input: { cer: Buffer; key: Buffer; passphrase: string; content: Buffer; signingTime?: Date }): Buffer {
  const { certificate, privateKey } = loadEfirma(input.cer, input.key, input.passphrase);
  return buildDetachedCms({ content: input.content, certificate, privateKey, signingTime: input.signingTime ?? new Date() });
}

/** Verifies a detached CMS over `content` with the certificate it embeds. Never throws; trust in the certificate is not evaluated. */
export function verifyDetachedCms(cms: Buffer, content: Buffer): { valid: boolean; certificateDer: Buffer | null } {
  const result = verifyCms(cms, content);
  return { valid: result.valid, certificateDer: result.certificateDer };
}

/** Test/trial helper: a SAT-like .cer/.key pair for an RFC (x500UniqueIdentifier "RFC / CURP"), validity window given. Issued by `issuer` or a throwaway test CA, never by the SAT. */
export function generateEfirmaLike(input: {
  rfc: string;
  curp?: string;
  name: string;
  notBefore: Date;
  notAfter: Date;
  passphrase: string;
  issuer?: TestAuthority;
}): { cer: Buffer; key: Buffer } {
  const utf8 = forge.asn1.Type.UTF8;
  const subject = [
    { type: OID.commonName, value: input.name, valueTagClass: utf8 },
    { type: '2.5.4.41', value: input.name, valueTagClass: utf8 }, // name
    { type: OID.organization, value: input.name, valueTagClass: utf8 },
    { type: '2.5.4.6', value: 'MX' },
    { type: OID.x500UniqueIdentifier, value: input.curp ? `${input.rfc} / ${input.curp}` : input.rfc },
    ...(input.curp ? [{ type: OID.serialNumber, value: input.curp }] : []),
  ] as unknown as forge.pki.CertificateField[];
  const issuer = [
    { type: OID.commonName, value: 'AC DE PRUEBAS VERAZ (NO ES DEL SAT)' },
    { type: OID.organization, value: 'Veraz pruebas' },
    { type: '2.5.4.6', value: 'MX' },
  ] as unknown as forge.pki.CertificateField[];

  const holder = newRsaKeyPair();
  const cert = forge.pki.createCertificate();
  cert.publicKey = holder.forgePublicKey;
  // SAT certificate numbers are 20 digits whose ASCII codes form the serial.
  const digits = `00001000000${String(Math.floor(Math.random() * 1e9)).padStart(9, '0')}`;
  cert.serialNumber = Buffer.from(digits, 'latin1').toString('hex');
  cert.validity.notBefore = input.notBefore;
  cert.validity.notAfter = input.notAfter;
  cert.setSubject(subject);
  cert.setIssuer(input.issuer ? forgeSubject(input.issuer.certificate) : issuer);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true, dataEncipherment: true, keyAgreement: true, critical: true },
    { name: 'extKeyUsage', emailProtection: true, clientAuth: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  cert.sign(input.issuer ? forgePrivateKey(input.issuer.privateKey) : newRsaKeyPair().forgePrivateKey, forge.md.sha256.create());
  const key = holder.privateKey.export({ type: 'pkcs8', format: 'der', cipher: 'des-ede3-cbc', passphrase: input.passphrase });
  return { cer: forgeCertificateDer(cert), key };
}
