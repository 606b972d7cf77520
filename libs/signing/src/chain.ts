import { X509Certificate } from 'node:crypto';
import { Certificate, CertificateChainValidationEngine, CertificateRevocationList, ChainValidationCode } from 'pkijs';
import { pkiCrypto, readCertificate } from './x509';

export type CertificateChainStatus =
  | 'trusted'
  | 'no_authorities'
  | 'malformed'
  | 'unknown_issuer'
  | 'bad_signature'
  | 'expired'
  | 'not_yet_valid'
  | 'authority_not_valid'
  | 'revoked'
  | 'invalid_chain';

const REASONS: Record<CertificateChainStatus, string> = {
  trusted: 'El certificado fue emitido por una autoridad registrada y era vigente al momento de la firma.',
  no_authorities: 'No hay autoridades registradas contra las cuales verificar el certificado.',
  malformed: 'El certificado no se pudo leer.',
  unknown_issuer: 'El certificado no fue emitido por ninguna autoridad registrada.',
  bad_signature: 'El certificado no lleva una firma válida de la autoridad que lo emitió: fue alterado.',
  expired: 'El certificado ya había vencido al momento de la firma.',
  not_yet_valid: 'El certificado todavía no era válido al momento de la firma.',
  authority_not_valid: 'El certificado de la autoridad emisora no era vigente al momento de la firma.',
  revoked: 'El certificado fue revocado por la autoridad que lo emitió.',
  invalid_chain: 'La cadena de certificados no es válida: una autoridad intermedia no está facultada para emitir certificados.',
};

export interface CertificateChainCheck {
  status: CertificateChainStatus;
  /** Chains to a registered authority, every certificate of the chain was valid at `at`, and no loaded CRL revokes one. */
  trusted: boolean;
  /** A path of valid certificate signatures leads from the certificate to one of the authorities. */
  chainsToAuthority: boolean;
  /** The certificate (and, when it chains, every certificate of its chain) was valid at `at`. */
  validAtTime: boolean;
  /** A loaded CRL of its issuer lists the certificate (or an intermediate of its chain) as revoked at or before `at`. */
  revoked: boolean;
  /** When the revocation `revoked` reports took effect; null when not revoked. */
  revokedAt: Date | null;
  /** A CRL of the certificate's issuer was among those given and verified with the issuer's key. */
  revocationChecked: boolean;
  /** DER of the registered authority the chain ends at. */
  authority: Buffer | null;
  /** In Spanish, for the reader of the verification. */
  reason: string;
}

export interface CertificateChainInput {
  /** DER of the signer's certificate. */
  certificate: Buffer;
  /** Intermediate certificates (from the CMS or the e.firma), DER; they are not trusted by themselves. */
  intermediates?: Buffer[];
  /** The authorities' certificates (roots or intermediates) the institution trusts, DER. */
  authorities: Buffer[];
  /** Certificate revocation lists, DER. An entry counts only from its revocationDate: a signature made before stays valid. */
  crls?: Buffer[];
  /** When the signature was made: validity is checked at this moment. */
  at: Date;
}

/**
 * Does `certificate` chain to one of the `authorities`, was it valid at `at`, and does a loaded CRL revoke it?
 * PKI.js's CertificateChainValidationEngine builds and checks the path; this only names the outcome. Never throws.
 */
export async function validateCertificateChain(input: CertificateChainInput): Promise<CertificateChainCheck> {
  const answer = (status: CertificateChainStatus, facts: Partial<CertificateChainCheck> = {}): CertificateChainCheck => ({
    status,
    trusted: status === 'trusted',
    chainsToAuthority: false,
    validAtTime: false,
    revoked: false,
    revokedAt: null,
    revocationChecked: false,
    authority: null,
    reason: REASONS[status],
    ...facts,
  });
  let leaf: Certificate;
  let intermediates: Certificate[];
  let authorities: Certificate[];
  let crls: CrlAsOf[];
  try {
    leaf = readCertificate(input.certificate).certificate;
    intermediates = (input.intermediates ?? []).filter((c) => !c.equals(input.certificate)).map((c) => readCertificate(c).certificate);
    authorities = input.authorities.map((c) => readCertificate(c).certificate);
    crls = (input.crls ?? []).map((c) => CrlAsOf.read(c, input.at));
  } catch {
    return answer('malformed');
  }
  const leafValid = leaf.notBefore.value <= input.at && input.at <= leaf.notAfter.value;
  if (authorities.length === 0) return answer('no_authorities', { validAtTime: leafValid });

  const run = (withCrls: boolean) =>
    new CertificateChainValidationEngine({
      trustedCerts: authorities,
      certs: [...intermediates, leaf], // the engine takes the last one as the end entity
      crls: withCrls ? crls : [],
      checkDate: input.at,
    }).verify({ passedWhenNotRevValues: true }, pkiCrypto);

  const path = await run(false);
  if (!path.result) {
    // No path: the engine's own codes, or a plain error (-1) when no issuer of some certificate is found.
    const noPath = [ChainValidationCode.noPath, ChainValidationCode.noValidPath, ChainValidationCode.unknown] as number[];
    if (noPath.includes(path.resultCode)) {
      let broken = false;
      try {
        broken = issuerSignatureBroken(input);
      } catch {
        broken = false; // OpenSSL refused a certificate PKI.js read: say only that no path was found
      }
      return answer(broken ? 'bad_signature' : 'unknown_issuer', { validAtTime: leafValid });
    }
    // The engine only looks at dates and CA flags once it has found a path to an authority.
    if (path.resultCode === 8) {
      const status = leafValid ? 'authority_not_valid' : input.at < leaf.notBefore.value ? 'not_yet_valid' : 'expired';
      return answer(status, { chainsToAuthority: true });
    }
    return answer('invalid_chain', { chainsToAuthority: true, validAtTime: leafValid });
  }
  const anchor = path.certificatePath?.[path.certificatePath.length - 1];
  const facts = { chainsToAuthority: true, validAtTime: true, authority: anchor ? Buffer.from(anchor.toSchema().toBER()) : null };
  if (crls.length === 0) return answer('trusted', facts);

  // As the engine does: a CRL counts when the issuer's key verifies it and it was current at `at`.
  const issuer = path.certificatePath?.[1];
  const usable = crls.filter((crl) => crl.issuer.isEqual(leaf.issuer) && (!crl.nextUpdate || crl.nextUpdate.value >= input.at));
  const verified = issuer ? await Promise.all(usable.map((crl) => crl.verify({ issuerCertificate: issuer }, pkiCrypto).catch(() => false))) : [];
  const revocationChecked = verified.some(Boolean);
  const withCrls = await run(true);
  if (withCrls.result) return answer('trusted', { ...facts, revocationChecked });
  // 12: listed in a CRL; anything else here is a CRL that could not be used (no key to verify it, not from a CA).
  if (withCrls.resultCode === 12) {
    const hit = crls.map((crl) => crl.hit).find((h) => h !== null);
    const revokedAt = hit?.revocationDate ?? null;
    const reason = revokedAt && hit ? revokedReason(sameCertificate(hit.certificate, leaf), revokedAt) : REASONS.revoked;
    return answer('revoked', { ...facts, revoked: true, revokedAt, revocationChecked: true, reason });
  }
  return answer('trusted', { ...facts, revocationChecked: false });
}

/**
 * A CRL whose entries count only from their revocationDate. PKI.js's engine asks each CRL
 * isCertificateRevoked(certificate) and weighs no dates; this answer does, and keeps the entry it found.
 */
class CrlAsOf extends CertificateRevocationList {
  private at = new Date(0);
  hit: { certificate: Certificate; revocationDate: Date } | null = null;

  static read(der: Buffer, at: Date): CrlAsOf {
    const crl = CrlAsOf.fromBER(der) as CrlAsOf;
    crl.at = at;
    return crl;
  }

  override isCertificateRevoked(certificate: Certificate): boolean {
    if (!this.issuer.isEqual(certificate.issuer)) return false;
    const entry = (this.revokedCertificates ?? []).find((r) => r.userCertificate.isEqual(certificate.serialNumber) && r.revocationDate.value <= this.at);
    if (entry) this.hit = { certificate, revocationDate: entry.revocationDate.value };
    return entry !== undefined;
  }
}

// As the acuse and the web app show moments: Mexico City time, in Spanish.
const MEXICO_MOMENT = new Intl.DateTimeFormat('es-MX', { dateStyle: 'long', timeStyle: 'short', hourCycle: 'h23', timeZone: 'America/Mexico_City' });

function sameCertificate(a: Certificate, b: Certificate): boolean {
  return a.serialNumber.isEqual(b.serialNumber) && a.issuer.isEqual(b.issuer);
}

function revokedReason(leaf: boolean, at: Date): string {
  const when = `el ${MEXICO_MOMENT.format(at)} (hora del centro de México)`;
  return leaf
    ? `El certificado fue revocado ${when} por la autoridad que lo emitió, antes de la firma.`
    : `El certificado de una autoridad intermedia de la cadena fue revocado ${when}, antes de la firma.`;
}

/** A certificate on the way up names an issuer we hold, but no such issuer's key verifies its signature. */
function issuerSignatureBroken(input: CertificateChainInput): boolean {
  const known = [...(input.intermediates ?? []), ...input.authorities].map((der) => new X509Certificate(der));
  const seen = new Set<string>();
  for (let current = new X509Certificate(input.certificate); !seen.has(current.fingerprint256); ) {
    seen.add(current.fingerprint256);
    const named = known.filter((candidate) => candidate.subject === current.issuer && candidate.fingerprint256 !== current.fingerprint256);
    if (named.length === 0) return false;
    const issuer = named.find((candidate) => current.verify(candidate.publicKey));
    if (!issuer) return true;
    current = issuer;
  }
  return false;
}
