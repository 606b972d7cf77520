import { Injectable } from '@nestjs/common';
import { Db, sqlRows, TenantContext } from '@veraz/tenancy';
import type { CertificateSummary } from './certificates.service';

/** The P12 and its passphrase, each sealed for the institution (never stored in clear). */
export interface SealedCertificate {
  p12: string;
  passphrase: string;
}

/** `institution_certificates` of the current institution: at most one active at a time. */
@Injectable()
export class CertificatesRepository {
  constructor(
    private readonly db: Db,
    private readonly tenant: TenantContext,
  ) {}

  async active(): Promise<CertificateSummary | null> {
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

  async activeSealed(): Promise<SealedCertificate | null> {
    const rows = await sqlRows<{ p12_sealed: string; passphrase_sealed: string }>(
      this.db.manager(),
      `SELECT p12_sealed, passphrase_sealed FROM institution_certificates WHERE institution_id = $1 AND active`,
      [this.tenant.institutionId()],
    );
    return rows[0] ? { p12: rows[0].p12_sealed, passphrase: rows[0].passphrase_sealed } : null;
  }

  /** The new certificate becomes the active one; the previous stays on record, inactive. */
  async replaceActive(sealed: SealedCertificate, info: CertificateSummary): Promise<void> {
    const institutionId = this.tenant.institutionId();
    await sqlRows(this.db.manager(), `UPDATE institution_certificates SET active = false WHERE institution_id = $1 AND active`, [institutionId]);
    await sqlRows(
      this.db.manager(),
      `INSERT INTO institution_certificates (institution_id, p12_sealed, passphrase_sealed, common_name, organization, not_before, not_after, fingerprint_sha256, self_signed)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [institutionId, sealed.p12, sealed.passphrase, info.commonName, info.organization, info.notBefore, info.notAfter, info.fingerprintSha256, info.selfSigned],
    );
  }
}
