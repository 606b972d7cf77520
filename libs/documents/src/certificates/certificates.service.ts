import { Inject, Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { AuditLog } from '@veraz/audit';
import { deriveKey, SECRET_KEY } from '@veraz/config';
import { seal, unseal, unsealToBuffer } from '@veraz/crypto';
import { describeP12, generateSelfSignedP12, P12PdfSigner, type PdfSigner } from '@veraz/signing';
import { Db, sqlRows, TenantContext } from '@veraz/tenancy';

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
    private readonly db: Db,
    private readonly tenant: TenantContext,
    private readonly audit: AuditLog,
    @Inject(SECRET_KEY) secret: string,
  ) {
    this.key = deriveKey(secret, 'institution-p12');
  }

  async signer(): Promise<PdfSigner> {
    const active = await this.activeSealed();
    if (active) return this.open(active);
    const name = await this.institutionName();
    await this.createTrial(name, null);
    const created = await this.activeSealed();
    if (!created) throw new Error('trial certificate was not stored');
    return this.open(created);
  }

  async current(): Promise<CertificateSummary | null> {
    const rows = await sqlRows<Record<string, unknown>>(
      this.db.manager(),
      `SELECT common_name, organization, not_before, not_after, fingerprint_sha256, self_signed FROM institution_certificates WHERE institution_id = $1 AND active`,
      [this.tenant.institutionId()],
    );
    const r = rows[0];
    return r
      ? { commonName: String(r.common_name), organization: (r.organization as string | null) ?? null, notBefore: r.not_before as Date, notAfter: r.not_after as Date, fingerprintSha256: String(r.fingerprint_sha256), selfSigned: Boolean(r.self_signed) }
      : null;
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
    await sqlRows(this.db.manager(), `UPDATE institution_certificates SET active = false WHERE institution_id = $1 AND active`, [institutionId]);
    await sqlRows(
      this.db.manager(),
      `INSERT INTO institution_certificates (institution_id, p12_sealed, passphrase_sealed, common_name, organization, not_before, not_after, fingerprint_sha256, self_signed)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        institutionId,
        seal(this.key, p12, `p12:${institutionId}`),
        seal(this.key, passphrase, `p12-passphrase:${institutionId}`),
        info.commonName,
        info.organization,
        info.notBefore,
        info.notAfter,
        info.fingerprintSha256,
        selfSigned,
      ],
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

  private async activeSealed(): Promise<{ p12: string; passphrase: string } | null> {
    const rows = await sqlRows<{ p12_sealed: string; passphrase_sealed: string }>(
      this.db.manager(),
      `SELECT p12_sealed, passphrase_sealed FROM institution_certificates WHERE institution_id = $1 AND active`,
      [this.tenant.institutionId()],
    );
    return rows[0] ? { p12: rows[0].p12_sealed, passphrase: rows[0].passphrase_sealed } : null;
  }

  private open(sealed: { p12: string; passphrase: string }): PdfSigner {
    const institutionId = this.tenant.institutionId();
    return new P12PdfSigner(unsealToBuffer(this.key, sealed.p12, `p12:${institutionId}`), unseal(this.key, sealed.passphrase, `p12-passphrase:${institutionId}`));
  }

  private async institutionName(): Promise<string> {
    const rows = await sqlRows<{ name: string }>(this.db.manager(), `SELECT name FROM institutions WHERE id = $1`, [this.tenant.institutionId()]);
    return rows[0].name;
  }
}
