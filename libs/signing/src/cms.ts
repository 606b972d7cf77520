import { createHash, KeyObject, sign as cryptoSign, verify as cryptoVerify, X509Certificate } from 'node:crypto';
import * as asn1js from 'asn1js';
import {
  AlgorithmIdentifier,
  Attribute,
  Certificate,
  ContentInfo,
  EncapsulatedContentInfo,
  GeneralName,
  GeneralNames,
  IssuerAndSerialNumber,
  IssuerSerial,
  SignedAndUnsignedAttributes,
  SignedData,
  SignerInfo,
} from 'pkijs';
import { readCertificate } from './x509';

export const CMS_OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  sha1: '1.3.14.3.2.26',
  sha256: '2.16.840.1.101.3.4.2.1',
  sha384: '2.16.840.1.101.3.4.2.2',
  sha512: '2.16.840.1.101.3.4.2.3',
  rsaEncryption: '1.2.840.113549.1.1.1',
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
 * A certificate that encodes as the ASN.1 it was read from. PKI.js re-parses a certificate's TBS bytes each
 * time it encodes it; a signer seals many documents with the same certificate, so that is done once here.
 */
class EncodedCertificate extends Certificate {
  private encoded: asn1js.Sequence | undefined;

  private bytes: Buffer;

  static read(bytes: Buffer): EncodedCertificate {
    const parsed = new EncodedCertificate({ schema: readCertificate(bytes).certificate.toSchema() });
    parsed.bytes = bytes;
    return parsed;
  }

  override toSchema(encodeFlag = false): asn1js.Sequence {
    if (encodeFlag) return super.toSchema(true);
    return (this.encoded ??= asn1js.fromBER(this.bytes).result as asn1js.Sequence);
  }
}

const parsedCertificates = new WeakMap<Buffer, EncodedCertificate>();

function parsedCertificate(certificate: Buffer): EncodedCertificate {
  let parsed = parsedCertificates.get(certificate);
  if (!parsed) parsedCertificates.set(certificate, (parsed = EncodedCertificate.read(certificate)));
  return parsed;
}

const der = (schema: { toBER(): ArrayBuffer }): Buffer => Buffer.from(schema.toBER());
const sha256 = (bytes: Buffer): Buffer => createHash('sha256').update(bytes).digest();

/** RFC 5652 §11.3: UTCTime for 1950–2049, GeneralizedTime otherwise; whole seconds. */
function cmsTime(date: Date): asn1js.UTCTime | asn1js.GeneralizedTime {
  const valueDate = new Date(Math.floor(date.getTime() / 1000) * 1000);
  const year = valueDate.getUTCFullYear();
  return year >= 1950 && year < 2050 ? new asn1js.UTCTime({ valueDate }) : new asn1js.GeneralizedTime({ valueDate });
}

/**
 * CMS SignedData (RFC 5652), detached, SHA-256, signed attributes contentType, signingTime,
 * messageDigest and ESS signing-certificate-v2 (RFC 5035) with issuerSerial: a CAdES-B-B signature.
 * RSA keys sign with PKCS#1 v1.5 (signatureAlgorithm rsaEncryption); EC keys with ecdsa-with-SHA256.
 * PKI.js builds the structures; node:crypto signs, synchronously (PKI.js would sign through async WebCrypto).
 */
export function buildDetachedCms(input: DetachedCmsInput): Buffer {
  const cert = parsedCertificate(input.certificate);
  const sha256AlgId = () => new AlgorithmIdentifier({ algorithmId: CMS_OID.sha256 });

  const essCertIdV2 = new asn1js.Sequence({
    value: [
      // hashAlgorithm omitted: DEFAULT sha256
      new asn1js.OctetString({ valueHex: sha256(input.certificate) }),
      new IssuerSerial({
        issuer: new GeneralNames({ names: [new GeneralName({ type: 4, value: cert.issuer })] }),
        serialNumber: cert.serialNumber,
      }).toSchema(),
    ],
  });
  const attributes = [
    new Attribute({ type: CMS_OID.contentType, values: [new asn1js.ObjectIdentifier({ value: CMS_OID.data })] }),
    new Attribute({ type: CMS_OID.signingTime, values: [cmsTime(input.signingTime)] }),
    new Attribute({ type: CMS_OID.messageDigest, values: [new asn1js.OctetString({ valueHex: sha256(input.content) })] }),
    new Attribute({ type: CMS_OID.signingCertificateV2, values: [new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [essCertIdV2] })] })] }),
  ];
  // DER SET OF: elements sorted by their encodings (PKI.js keeps the order given).
  const sorted = attributes.map((a) => ({ a, bytes: der(a.toSchema()) })).sort((x, y) => Buffer.compare(x.bytes, y.bytes));
  const signedAttrs = new SignedAndUnsignedAttributes({ type: 0, attributes: sorted.map((s) => s.a) });
  // The signature covers the DER of the attributes with the SET OF tag, not the [0] IMPLICIT one (RFC 5652 §5.4).
  const signedBytes = der(signedAttrs.toSchema());
  signedBytes[0] = 0x31;

  const keyType = input.privateKey.asymmetricKeyType;
  let signatureAlgorithm: AlgorithmIdentifier;
  if (keyType === 'rsa') signatureAlgorithm = new AlgorithmIdentifier({ algorithmId: CMS_OID.rsaEncryption, algorithmParams: new asn1js.Null() });
  else if (keyType === 'ec') signatureAlgorithm = new AlgorithmIdentifier({ algorithmId: CMS_OID.ecdsaWithSha256 });
  else throw new Error(`Unsupported key type for CMS signing: ${keyType}`);

  const signerInfo = new SignerInfo({
    version: 1,
    sid: new IssuerAndSerialNumber({ issuer: cert.issuer, serialNumber: cert.serialNumber }),
    digestAlgorithm: sha256AlgId(),
    signedAttrs,
    signatureAlgorithm,
    signature: new asn1js.OctetString({ valueHex: cryptoSign('sha256', signedBytes, input.privateKey) }),
  });
  const chain = (input.chain ?? []).filter((c) => !c.equals(input.certificate));
  const certificates = [input.certificate, ...chain].sort(Buffer.compare).map(parsedCertificate);
  const signedData = new SignedData({
    version: 1,
    digestAlgorithms: [sha256AlgId()],
    encapContentInfo: new EncapsulatedContentInfo({ eContentType: CMS_OID.data }), // no eContent: detached
    certificates,
    signerInfos: [signerInfo],
  });
  return der(new ContentInfo({ contentType: CMS_OID.signedData, content: signedData.toSchema() }).toSchema());
}

// ---------------------------------------------------------------- parsing and verification

export interface CmsVerification {
  /** Digest matches, signature verifies with an embedded certificate, and the ESS certificate hash (if any) matches it. */
  valid: boolean;
  digestMatches: boolean;
  signatureVerified: boolean;
  /** The certificate whose key verified the signature (or the one the SignerInfo names, when none did). */
  certificateDer: Buffer | null;
  /** Every certificate the CMS embeds (the signer's and any intermediates), DER. */
  certificates: Buffer[];
  signingTime: Date | null;
  /** Why it is not valid, in English, for logs. */
  problem: string | null;
}

/** ContentInfo(SignedData) with one SignerInfo. Trailing zero bytes (PDF /Contents padding) are tolerated. */
function parseCms(cms: Buffer): { certificates: Certificate[]; signer: SignerInfo } {
  const parsed = asn1js.fromBER(cms);
  if (parsed.offset === -1) throw new Error(parsed.result.error || 'not BER');
  if (cms.subarray(parsed.offset).some((b) => b !== 0)) throw new Error('CMS: trailing bytes');
  const contentInfo = new ContentInfo({ schema: parsed.result });
  if (contentInfo.contentType !== CMS_OID.signedData) throw new Error('CMS: not SignedData');
  const signedData = new SignedData({ schema: contentInfo.content });
  if (signedData.signerInfos.length !== 1) throw new Error('CMS: expected exactly one SignerInfo');
  const certificates = (signedData.certificates ?? []).filter((c): c is Certificate => c instanceof Certificate);
  return { certificates, signer: signedData.signerInfos[0] };
}

function readAttributes(attrs: SignedAndUnsignedAttributes): Map<string, unknown[]> {
  const out = new Map<string, unknown[]>();
  for (const attr of attrs.attributes) {
    if (out.has(attr.type)) throw new Error(`CMS: attribute ${attr.type} appears twice`);
    out.set(attr.type, attr.values);
  }
  return out;
}

/** hashAlgorithm and certHash of the first ESSCertIDv2 of a signing-certificate-v2 value. */
function readSigningCertificateV2(value: unknown): { hashName: string | null; certHash: Buffer } {
  const items = (node: unknown, what: string): unknown[] => {
    if (!(node instanceof asn1js.Sequence)) throw new Error(`CMS: expected ${what}`);
    return node.valueBlock.value;
  };
  const fields = items(items(items(value, 'SigningCertificateV2')[0], 'certs')[0], 'ESSCertIDv2');
  let hashName: string | null = 'sha256';
  if (fields[0] instanceof asn1js.Sequence) hashName = DIGEST_BY_OID[new AlgorithmIdentifier({ schema: fields.shift() }).algorithmId] ?? null;
  if (!(fields[0] instanceof asn1js.OctetString)) throw new Error('CMS: expected certHash');
  return { hashName, certHash: Buffer.from(fields[0].valueBlock.valueHexView) };
}

/** Verifies a detached CMS over `content`. Never throws: malformed input gives valid=false with a problem. */
export function verifyCms(cms: Buffer, detachedContent: Buffer): CmsVerification {
  const result: CmsVerification = {
    valid: false,
    digestMatches: false,
    signatureVerified: false,
    certificateDer: null,
    certificates: [],
    signingTime: null,
    problem: null,
  };
  try {
    const { certificates, signer } = parseCms(cms);
    const embedded = certificates.map((c) => ({ cert: c, der: der(c.toSchema()) }));
    result.certificates = embedded.map((e) => e.der);
    const digestOid = DIGEST_BY_OID[signer.digestAlgorithm.algorithmId] ?? null;
    const signatureOid = signer.signatureAlgorithm.algorithmId;
    if (!digestOid) return { ...result, problem: 'unsupported digest algorithm' };
    if (!(signatureOid in SIGNATURE_DIGEST_BY_OID)) return { ...result, problem: 'unsupported signature algorithm' };
    const digestName = SIGNATURE_DIGEST_BY_OID[signatureOid] ?? digestOid;
    const contentDigest = createHash(digestOid).update(detachedContent).digest();

    let signedBytes: Buffer;
    let essCheck: ((certDer: Buffer) => boolean) | null = null;
    if (signer.signedAttrs) {
      const attrs = readAttributes(signer.signedAttrs);
      const messageDigest = attrs.get(CMS_OID.messageDigest);
      if (!messageDigest || messageDigest.length !== 1 || !attrs.get(CMS_OID.contentType)) return { ...result, problem: 'missing messageDigest or contentType' };
      if (!(messageDigest[0] instanceof asn1js.OctetString)) throw new Error('CMS: expected messageDigest');
      result.digestMatches = Buffer.from(messageDigest[0].valueBlock.valueHexView).equals(contentDigest);
      const signingTime = attrs.get(CMS_OID.signingTime)?.[0];
      if (signingTime instanceof asn1js.UTCTime || signingTime instanceof asn1js.GeneralizedTime) result.signingTime = signingTime.toDate();
      const essV2 = attrs.get(CMS_OID.signingCertificateV2);
      if (essV2?.length) {
        const ess = readSigningCertificateV2(essV2[0]);
        essCheck = (c) => !!ess.hashName && createHash(ess.hashName).update(c).digest().equals(ess.certHash);
      }
      // PKI.js keeps the attributes' bytes as received, with the SET OF tag the signature covers.
      signedBytes = Buffer.from(signer.signedAttrs.encodedValue);
    } else {
      result.digestMatches = true; // the signature itself is over the content
      signedBytes = detachedContent;
    }

    const sid = signer.sid;
    const named = sid instanceof IssuerAndSerialNumber ? embedded.filter((e) => e.cert.issuer.isEqual(sid.issuer) && e.cert.serialNumber.isEqual(sid.serialNumber)) : [];
    const signature = Buffer.from(signer.signature.valueBlock.valueHexView);
    for (const { der: candidate } of named.length ? named : embedded) {
      let ok = false;
      try {
        ok = cryptoVerify(digestName, signedBytes, new X509Certificate(candidate).publicKey, signature);
      } catch {
        ok = false;
      }
      if (ok) {
        result.signatureVerified = true;
        result.certificateDer = candidate;
        break;
      }
    }
    if (!result.certificateDer) result.certificateDer = named[0]?.der ?? (embedded.length === 1 ? embedded[0].der : null);
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
