import { createHash, webcrypto, X509Certificate } from 'node:crypto';
import * as asn1js from 'asn1js';
import { Certificate, CryptoEngine, type RelativeDistinguishedNames } from 'pkijs';

export const OID = {
  commonName: '2.5.4.3',
  serialNumber: '2.5.4.5',
  organization: '2.5.4.10',
  x500UniqueIdentifier: '2.5.4.45',
} as const;

/** PKI.js checks signatures through WebCrypto: node's, named explicitly rather than whatever global PKI.js finds. */
export const pkiCrypto = new CryptoEngine({ name: 'node', crypto: webcrypto as never });

/** The fields of an X.509 certificate this package needs, read with PKI.js. */
export interface CertificateInfo {
  der: Buffer;
  /** The parsed certificate, for CMS and chain building. */
  certificate: Certificate;
  /** DER INTEGER content bytes (two's complement, as encoded). */
  serial: Buffer;
  subjectAttributes: Array<{ oid: string; value: string }>;
  notBefore: Date;
  notAfter: Date;
}

/** Throws on anything that is not one DER certificate. */
export function readCertificate(der: Buffer): CertificateInfo {
  const parsed = asn1js.fromBER(der);
  if (parsed.offset === -1 || parsed.offset !== der.length) throw new Error('X.509: not one DER certificate');
  const certificate = new Certificate({ schema: parsed.result });
  return {
    der,
    certificate,
    serial: Buffer.from(certificate.serialNumber.valueBlock.valueHexView),
    subjectAttributes: nameAttributes(certificate.subject),
    notBefore: certificate.notBefore.value,
    notAfter: certificate.notAfter.value,
  };
}

function nameAttributes(name: RelativeDistinguishedNames): Array<{ oid: string; value: string }> {
  const out: Array<{ oid: string; value: string }> = [];
  for (const { type, value } of name.typesAndValues as Array<{ type: string; value: unknown }>) {
    if (value instanceof asn1js.BaseStringBlock) out.push({ oid: type, value: value.getValue() });
    // x500UniqueIdentifier is a BIT STRING in X.520; some CAs put text in it.
    else if (value instanceof asn1js.BitString) out.push({ oid: type, value: Buffer.from(value.valueBlock.valueHexView).toString('latin1') });
  }
  return out;
}

export function subjectAttribute(cert: CertificateInfo, oid: string): string | null {
  return cert.subjectAttributes.find((a) => a.oid === oid)?.value ?? null;
}

export function sha256Hex(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Accepts DER or PEM ("-----BEGIN CERTIFICATE-----"); OpenSSL (through node:crypto) reads both. */
export function certificateDerFrom(input: Buffer): Buffer {
  return new X509Certificate(input).raw;
}
