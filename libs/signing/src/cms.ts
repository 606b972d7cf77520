import { createHash, KeyObject, sign as cryptoSign, verify as cryptoVerify, X509Certificate } from 'node:crypto';
import {
  children,
  content,
  contextConstructed,
  decodeOid,
  decodeTime,
  DerError,
  DerNode,
  derNull,
  encodeInteger,
  encodeOid,
  encodeTime,
  expectTag,
  octetString,
  raw,
  readDer,
  sequence,
  setOf,
  TAG,
  tlv,
} from './der';
import { readCertificate } from './x509';

export const CMS_OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  signingCertificate: '1.2.840.113549.1.9.16.2.12',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  sha1: '1.3.14.3.2.26',
  sha256: '2.16.840.1.101.3.4.2.1',
  sha384: '2.16.840.1.101.3.4.2.2',
  sha512: '2.16.840.1.101.3.4.2.3',
  rsaEncryption: '1.2.840.113549.1.1.1',
  rsaPss: '1.2.840.113549.1.1.10',
  ecdsaWithSha256: '1.2.840.10045.4.3.2',
} as const;

const DIGEST_BY_OID: Record<string, string> = {
  [CMS_OID.sha1]: 'sha1',
  [CMS_OID.sha256]: 'sha256',
  [CMS_OID.sha384]: 'sha384',
  [CMS_OID.sha512]: 'sha512',
};

/** Signature algorithms that name their hash; rsaEncryption and plain ecPublicKey use the digestAlgorithm. */
const SIGNATURE_DIGEST_BY_OID: Record<string, string | null> = {
  [CMS_OID.rsaEncryption]: null,
  '1.2.840.10045.2.1': null,
  '1.2.840.113549.1.1.5': 'sha1',
  '1.2.840.113549.1.1.11': 'sha256',
  '1.2.840.113549.1.1.12': 'sha384',
  '1.2.840.113549.1.1.13': 'sha512',
  '1.2.840.10045.4.1': 'sha1',
  [CMS_OID.ecdsaWithSha256]: 'sha256',
  '1.2.840.10045.4.3.3': 'sha384',
  '1.2.840.10045.4.3.4': 'sha512',
};

export interface DetachedCmsInput {
  content: Buffer;
  /** DER of the signing certificate. */
  certificate: Buffer;
  /** Further certificates to embed (intermediates), DER. */
  chain?: Buffer[];
  privateKey: KeyObject;
  signingTime: Date;
}

/**
 * CMS SignedData (RFC 5652), detached, SHA-256, signed attributes contentType, signingTime,
 * messageDigest and ESS signing-certificate-v2 (RFC 5035) with issuerSerial: a CAdES-B-B signature.
 * RSA keys sign with PKCS#1 v1.5 (signatureAlgorithm rsaEncryption); EC keys with ecdsa-with-SHA256.
 */
export function buildDetachedCms(input: DetachedCmsInput): Buffer {
  const cert = readCertificate(input.certificate);
  const sha256 = (b: Buffer) => createHash('sha256').update(b).digest();
  const sha256AlgId = sequence(encodeOid(CMS_OID.sha256));
  const issuerAndSerial = sequence(cert.issuer, tlv(TAG.INTEGER, cert.serial));

  const essCertIdV2 = sequence(
    // hashAlgorithm omitted: DEFAULT sha256
    octetString(sha256(input.certificate)),
    sequence(sequence(contextConstructed(4, cert.issuer)), tlv(TAG.INTEGER, cert.serial)),
  );
  const attributes = [
    attribute(CMS_OID.contentType, encodeOid(CMS_OID.data)),
    attribute(CMS_OID.signingTime, encodeTime(input.signingTime)),
    attribute(CMS_OID.messageDigest, octetString(sha256(input.content))),
    attribute(CMS_OID.signingCertificateV2, sequence(sequence(essCertIdV2))),
  ];
  const signedAttrsSet = setOf(...attributes);
  const signedAttrsImplicit = Buffer.from(signedAttrsSet);
  signedAttrsImplicit[0] = 0xa0; // [0] IMPLICIT SET OF Attribute

  const keyType = input.privateKey.asymmetricKeyType;
  let signatureAlgorithm: Buffer;
  if (keyType === 'rsa') signatureAlgorithm = sequence(encodeOid(CMS_OID.rsaEncryption), derNull());
  else if (keyType === 'ec') signatureAlgorithm = sequence(encodeOid(CMS_OID.ecdsaWithSha256));
  else throw new Error(`Unsupported key type for CMS signing: ${keyType}`);
  // The signature covers the DER of the attributes with the SET OF tag (RFC 5652 §5.4).
  const signature = cryptoSign('sha256', signedAttrsSet, input.privateKey);

  const signerInfo = sequence(
    encodeInteger(1),
    issuerAndSerial,
    sha256AlgId,
    signedAttrsImplicit,
    signatureAlgorithm,
    octetString(signature),
  );
  const certificates = [input.certificate, ...(input.chain ?? []).filter((c) => !c.equals(input.certificate))];
  const signedData = sequence(
    encodeInteger(1),
    setOf(sha256AlgId),
    sequence(encodeOid(CMS_OID.data)), // no eContent: detached
    tlv(0xa0, ...[...certificates].sort(Buffer.compare)), // [0] IMPLICIT CertificateSet
    setOf(signerInfo),
  );
  return sequence(encodeOid(CMS_OID.signedData), contextConstructed(0, signedData));
}

function attribute(oid: string, ...values: Buffer[]): Buffer {
  return sequence(encodeOid(oid), setOf(...values));
}

// ---------------------------------------------------------------- parsing and verification

export interface CmsVerification {
  /** Digest matches, signature verifies with an embedded certificate, and the ESS certificate hash (if any) matches it. */
  valid: boolean;
  digestMatches: boolean;
  signatureVerified: boolean;
  /** The certificate whose key verified the signature (or the one the SignerInfo names, when none did). */
  certificateDer: Buffer | null;
  signingTime: Date | null;
  /** Why it is not valid, in English, for logs. */
  problem: string | null;
}

interface ParsedSignerInfo {
  sidIssuer: Buffer | null;
  sidSerial: Buffer | null;
  digestName: string | null;
  signedAttrs: DerNode | null;
  signatureAlgorithmOid: string;
  signature: Buffer;
}

interface ParsedCms {
  certificates: Buffer[];
  signer: ParsedSignerInfo;
}

/** Parses ContentInfo(SignedData) with one SignerInfo. Trailing zero bytes (PDF /Contents padding) are tolerated. */
export function parseCms(cms: Buffer): ParsedCms {
  const top = expectTag(readDer(cms, 0), TAG.SEQUENCE, 'ContentInfo');
  if (cms.subarray(top.end).some((b) => b !== 0)) throw new DerError('CMS: trailing bytes');
  const [contentType, explicit] = children(top);
  if (decodeOid(contentType) !== CMS_OID.signedData) throw new DerError('CMS: not SignedData');
  const signedData = expectTag(children(expectTag(explicit, 0xa0, '[0] content'))[0], TAG.SEQUENCE, 'SignedData');
  const fields = children(signedData);
  // version, digestAlgorithms, encapContentInfo, [0] certificates?, [1] crls?, signerInfos
  let i = 3;
  const certificates: Buffer[] = [];
  if (fields[i]?.tag === 0xa0) {
    for (const c of children(fields[i])) if (c.tag === TAG.SEQUENCE) certificates.push(Buffer.from(raw(c)));
    i++;
  }
  if (fields[i]?.tag === 0xa1) i++;
  const signerInfos = children(expectTag(fields[i], TAG.SET, 'signerInfos'));
  if (signerInfos.length !== 1) throw new DerError('CMS: expected exactly one SignerInfo');
  const si = children(expectTag(signerInfos[0], TAG.SEQUENCE, 'SignerInfo'));
  let j = 1;
  const sid = si[j++];
  let sidIssuer: Buffer | null = null;
  let sidSerial: Buffer | null = null;
  if (sid.tag === TAG.SEQUENCE) {
    const [issuer, serial] = children(sid);
    sidIssuer = raw(issuer);
    sidSerial = content(expectTag(serial, TAG.INTEGER, 'serialNumber'));
  }
  const digestOid = decodeOid(children(expectTag(si[j++], TAG.SEQUENCE, 'digestAlgorithm'))[0]);
  let signedAttrs: DerNode | null = null;
  if (si[j]?.tag === 0xa0) signedAttrs = si[j++];
  const signatureAlgorithmOid = decodeOid(children(expectTag(si[j++], TAG.SEQUENCE, 'signatureAlgorithm'))[0]);
  const signature = content(expectTag(si[j++], TAG.OCTET_STRING, 'signature'));
  return {
    certificates,
    signer: { sidIssuer, sidSerial, digestName: DIGEST_BY_OID[digestOid] ?? null, signedAttrs, signatureAlgorithmOid, signature },
  };
}

function readAttributes(node: DerNode): Map<string, DerNode[]> {
  const out = new Map<string, DerNode[]>();
  for (const attr of children(node)) {
    const [type, values] = children(expectTag(attr, TAG.SEQUENCE, 'Attribute'));
    const oid = decodeOid(type);
    if (out.has(oid)) throw new DerError(`CMS: attribute ${oid} appears twice`);
    out.set(oid, children(expectTag(values, TAG.SET, 'AttributeValues')));
  }
  return out;
}

/** The first ESSCertIDv2 of a signing-certificate-v2 attribute value. */
export function readSigningCertificateV2(value: DerNode): { hashName: string | null; certHash: Buffer; issuerSerial: { issuer: Buffer; serial: Buffer } | null } {
  const certs = children(expectTag(children(expectTag(value, TAG.SEQUENCE, 'SigningCertificateV2'))[0], TAG.SEQUENCE, 'certs'));
  const idFields = children(expectTag(certs[0], TAG.SEQUENCE, 'ESSCertIDv2'));
  let k = 0;
  let hashName: string | null = 'sha256';
  if (idFields[k].tag === TAG.SEQUENCE) hashName = DIGEST_BY_OID[decodeOid(children(idFields[k++])[0])] ?? null;
  const certHash = Buffer.from(content(expectTag(idFields[k++], TAG.OCTET_STRING, 'certHash')));
  let issuerSerial: { issuer: Buffer; serial: Buffer } | null = null;
  if (idFields[k]?.tag === TAG.SEQUENCE) {
    const [generalNames, serial] = children(idFields[k]);
    const directoryName = children(generalNames).find((n) => n.tag === 0xa4);
    if (directoryName) issuerSerial = { issuer: Buffer.from(raw(children(directoryName)[0])), serial: Buffer.from(content(serial)) };
  }
  return { hashName, certHash, issuerSerial };
}

/** Verifies a detached CMS over `content`. Never throws: malformed input gives valid=false with a problem. */
export function verifyCms(cms: Buffer, detachedContent: Buffer): CmsVerification {
  const result: CmsVerification = {
    valid: false,
    digestMatches: false,
    signatureVerified: false,
    certificateDer: null,
    signingTime: null,
    problem: null,
  };
  try {
    const { certificates, signer } = parseCms(cms);
    if (!signer.digestName) return { ...result, problem: 'unsupported digest algorithm' };
    if (!(signer.signatureAlgorithmOid in SIGNATURE_DIGEST_BY_OID)) return { ...result, problem: 'unsupported signature algorithm' };
    const digestName = SIGNATURE_DIGEST_BY_OID[signer.signatureAlgorithmOid] ?? signer.digestName;
    const contentDigest = createHash(signer.digestName).update(detachedContent).digest();

    let signedBytes: Buffer;
    let essCheck: ((certDer: Buffer) => boolean) | null = null;
    if (signer.signedAttrs) {
      const attrs = readAttributes(signer.signedAttrs);
      const messageDigest = attrs.get(CMS_OID.messageDigest);
      const contentType = attrs.get(CMS_OID.contentType);
      if (!messageDigest || messageDigest.length !== 1 || !contentType) return { ...result, problem: 'missing messageDigest or contentType' };
      result.digestMatches = content(expectTag(messageDigest[0], TAG.OCTET_STRING, 'messageDigest')).equals(contentDigest);
      const signingTime = attrs.get(CMS_OID.signingTime);
      if (signingTime?.length) result.signingTime = decodeTime(signingTime[0]);
      const essV2 = attrs.get(CMS_OID.signingCertificateV2);
      if (essV2?.length) {
        const ess = readSigningCertificateV2(essV2[0]);
        essCheck = (der) => !!ess.hashName && createHash(ess.hashName).update(der).digest().equals(ess.certHash);
      }
      signedBytes = Buffer.from(raw(signer.signedAttrs));
      signedBytes[0] = TAG.SET; // signature is over the SET OF encoding
    } else {
      result.digestMatches = true; // the signature itself is over the content
      signedBytes = detachedContent;
    }

    const named = certificates.filter((der) => {
      if (!signer.sidIssuer || !signer.sidSerial) return false;
      const info = readCertificate(der);
      return info.issuer.equals(signer.sidIssuer) && info.serial.equals(signer.sidSerial);
    });
    const candidates = named.length ? named : certificates;
    for (const der of candidates) {
      let ok = false;
      try {
        ok = cryptoVerify(digestName, signedBytes, new X509Certificate(der).publicKey, signer.signature);
      } catch {
        ok = false;
      }
      if (ok) {
        result.signatureVerified = true;
        result.certificateDer = der;
        break;
      }
    }
    if (!result.certificateDer) result.certificateDer = named[0] ?? (certificates.length === 1 ? certificates[0] : null);
    const essOk = !essCheck || (!!result.certificateDer && essCheck(result.certificateDer));
    result.valid = result.digestMatches && result.signatureVerified && essOk;
    if (!result.valid) {
      result.problem = !result.digestMatches
        ? 'digest mismatch'
        : !result.signatureVerified
          ? 'signature does not verify with the embedded certificates'
          : 'signing-certificate-v2 hash does not match the signing certificate';
    }
    return result;
  } catch (error) {
    return { ...result, problem: `malformed CMS: ${(error as Error).message}` };
  }
}
