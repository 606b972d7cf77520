import { Inject, Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { AuditLog } from '@veraz/audit';
import { deriveKey, SECRET_KEY } from '@veraz/config';
import { seal, unseal, unsealToBuffer } from '@veraz/crypto';
import { describeP12, generateSelfSignedP12, P12PdfSigner, type PdfSigner } from '@veraz/signing';
import { InstitutionsService } from '@veraz/institutions';
import { TenantContext } from '@veraz/tenancy';
import { CertificatesRepository, type SealedCertificate } from './certificates.repository';

export interface CertificateSummary {
  commonName: string;
  organization: string | null;
  notBefore: Date;
  notAfter: Date;
  fingerprintSha256: string;
  selfSigned: boolean;
}

/**
 * The institution's sealing certificate. Keys are stored sealed (AES-GCM, key derived from
 * VERAZ_SECRET_KEY, bound to the institution) and never logged. Without one, the first acuse
 * creates a self-signed trial certificate so a new institution works at once; an admin or the
 * operator imports the real P12 later.
 */
@Injectable()
export class CertificatesService {
  private readonly key: Buffer;

  constructor(
    private readonly certificates: CertificatesRepository,
    private readonly institutions: InstitutionsService,
    private readonly tenant: TenantContext,
    private readonly audit: AuditLog,
    @Inject(SECRET_KEY) secret: string,
  ) {
    this.key = deriveKey(secret, 'institution-p12');
  }

  async signer(): Promise<PdfSigner> {
    const active = await this.certificates.activeSealed();
    if (active) return this.open(active);
    // Another transaction (an admin's import) may have stored one meanwhile: never replace it with a trial.
    await this.certificates.lockForChange();
    const stored = await this.certificates.activeSealed();
    if (stored) return this.open(stored);
    const name = await this.institutionName();
    await this.createTrial(name, null);
    const created = await this.certificates.activeSealed();
    if (!created) throw new Error('trial certificate was not stored');
    return this.open(created);
  }

  current(): Promise<CertificateSummary | null> {
    return this.certificates.active();
  }

  /** Fingerprints of every certificate that has sealed for the institution (checkpoints name theirs). */
  fingerprints(): Promise<Set<string>> {
    return this.certificates.fingerprints();
  }

  /** A self-signed certificate for trials, valid two years. */
  async createTrial(commonName: string, actorUserId: string | null): Promise<CertificateSummary> {
    const passphrase = randomBytes(24).toString('base64url');
    const { p12 } = generateSelfSignedP12({ commonName, organization: commonName, years: 2, passphrase });
    return this.store(p12, passphrase, true, actorUserId);
  }

  /** A real certificate from a P12 file; the passphrase must open it. */
  async importP12(p12: Buffer, passphrase: string, actorUserId: string | null): Promise<CertificateSummary> {
    return this.store(p12, passphrase, false, actorUserId);
  }

  private async store(p12: Buffer, passphrase: string, selfSigned: boolean, actorUserId: string | null): Promise<CertificateSummary> {
    const info = describeP12(p12, passphrase);
    const institutionId = this.tenant.institutionId();
    await this.certificates.replaceActive(
      { p12: seal(this.key, p12, `p12:${institutionId}`), passphrase: seal(this.key, passphrase, `p12-passphrase:${institutionId}`) },
      { ...info, selfSigned },
    );
    await this.audit.record({
      action: 'institution.certificate_changed',
      actorUserId,
      targetType: 'institution',
      targetId: institutionId,
      details: { autofirmado: selfSigned, huella: info.fingerprintSha256, vigenciaHasta: info.notAfter.toISOString() },
    });
    return { ...info, selfSigned };
  }

  private open(sealed: SealedCertificate): PdfSigner {
    const institutionId = this.tenant.institutionId();
    return new P12PdfSigner(unsealToBuffer(this.key, sealed.p12, `p12:${institutionId}`), unseal(this.key, sealed.passphrase, `p12-passphrase:${institutionId}`));
  }

  private async institutionName(): Promise<string> {
    const institution = await this.institutions.findById(this.tenant.institutionId());
    if (!institution) throw new Error('the current institution does not exist');
    return institution.name;
  }
}
