import { createHash } from 'node:crypto';
import * as asn1js from 'asn1js';
import { CertificateRevocationList } from 'pkijs';
import { pkiCrypto, readCertificate } from './x509';

/** What a certificate revocation list says about itself. */
export interface CrlInfo {
  /** The CRL, DER. */
  der: Buffer;
  thisUpdate: Date;
  /** When its issuer promised the next one; null when the CRL does not say. */
  nextUpdate: Date | null;
  /** SHA-256 of the DER, lowercase hex. */
  fingerprintSha256: string;
}

const PEM = /-----BEGIN X509 CRL-----([\s\S]+?)-----END X509 CRL-----/;

/** A CRL given as DER or PEM (as authorities publish them); null for anything else. */
export function readCrl(file: Buffer): CrlInfo | null {
  const pem = PEM.exec(file.toString('latin1'));
  const der = pem ? Buffer.from(pem[1].replace(/\s+/g, ''), 'base64') : file;
  const crl = parseCrl(der);
  if (!crl) return null;
  return {
    der,
    thisUpdate: crl.thisUpdate.value,
    nextUpdate: crl.nextUpdate?.value ?? null,
    fingerprintSha256: createHash('sha256').update(der).digest('hex'),
  };
}

/** The one of `authorities` (certificates, DER) that issued the CRL: named as its issuer and whose key verifies its signature. */
export async function findCrlIssuer(crlDer: Buffer, authorities: Buffer[]): Promise<Buffer | null> {
  const crl = parseCrl(crlDer);
  if (!crl) return null;
  for (const der of authorities) {
    try {
      if (await crl.verify({ issuerCertificate: readCertificate(der).certificate }, pkiCrypto)) return der;
    } catch {
      // Not a key PKI.js can verify with: not this authority.
    }
  }
  return null;
}

function parseCrl(der: Buffer): CertificateRevocationList | null {
  try {
    const parsed = asn1js.fromBER(der);
    if (parsed.offset === -1 || parsed.offset !== der.length) return null;
    return new CertificateRevocationList({ schema: parsed.result });
  } catch {
    return null;
  }
}
