import { createHash } from 'node:crypto';
import { children, content, decodeOid, decodeString, decodeTime, DerNode, expectTag, parseDer, raw, TAG } from './der';

export const OID = {
  commonName: '2.5.4.3',
  serialNumber: '2.5.4.5',
  organization: '2.5.4.10',
  x500UniqueIdentifier: '2.5.4.45',
} as const;

/** The fields of an X.509 certificate this package needs, read straight from its DER. */
export interface CertificateInfo {
  der: Buffer;
  /** DER INTEGER content bytes (two's complement, as encoded). */
  serial: Buffer;
  /** DER of the issuer Name (a SEQUENCE). */
  issuer: Buffer;
  subject: Buffer;
  subjectAttributes: Array<{ oid: string; value: string }>;
  notBefore: Date;
  notAfter: Date;
}

export function readCertificate(der: Buffer): CertificateInfo {
  const cert = expectTag(parseDer(der), TAG.SEQUENCE, 'Certificate');
  const tbs = expectTag(children(cert)[0], TAG.SEQUENCE, 'TBSCertificate');
  const fields = children(tbs);
  let i = fields[0]?.tag === 0xa0 ? 1 : 0; // [0] version
  const serial = expectTag(fields[i++], TAG.INTEGER, 'serialNumber');
  i++; // signature AlgorithmIdentifier
  const issuer = expectTag(fields[i++], TAG.SEQUENCE, 'issuer');
  const validity = children(expectTag(fields[i++], TAG.SEQUENCE, 'validity'));
  const subject = expectTag(fields[i++], TAG.SEQUENCE, 'subject');
  if (validity.length !== 2) throw new Error('X.509: bad validity');
  return {
    der,
    serial: content(serial),
    issuer: raw(issuer),
    subject: raw(subject),
    subjectAttributes: nameAttributes(subject),
    notBefore: decodeTime(validity[0]),
    notAfter: decodeTime(validity[1]),
  };
}

function nameAttributes(name: DerNode): Array<{ oid: string; value: string }> {
  const out: Array<{ oid: string; value: string }> = [];
  for (const rdn of children(name)) {
    for (const atv of children(expectTag(rdn, TAG.SET, 'RelativeDistinguishedName'))) {
      const [type, value] = children(expectTag(atv, TAG.SEQUENCE, 'AttributeTypeAndValue'));
      let text: string;
      try {
        text = decodeString(value);
      } catch {
        continue; // a non-string attribute value: not one we read
      }
      out.push({ oid: decodeOid(type), value: text });
    }
  }
  return out;
}

export function subjectAttribute(cert: CertificateInfo, oid: string): string | null {
  return cert.subjectAttributes.find((a) => a.oid === oid)?.value ?? null;
}

export function sha256Hex(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Accepts DER or PEM ("-----BEGIN CERTIFICATE-----"). */
export function certificateDerFrom(input: Buffer): Buffer {
  const text = input.subarray(0, 64).toString('latin1');
  if (text.includes('-----BEGIN')) {
    const m = input.toString('latin1').match(/-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/);
    if (!m) throw new Error('PEM without a certificate');
    return Buffer.from(m[1].replace(/\s+/g, ''), 'base64');
  }
  return input;
}
