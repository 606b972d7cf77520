import { Injectable } from '@nestjs/common';
import { col, CurrentTransaction, defineColumns, sqlRows, TenantContext } from '@veraz/tenancy';
import type { CertificateSummary } from './certificates.service';

/** The P12 and its passphrase, each sealed for the institution (never stored in clear). */
export interface SealedCertificate {
  p12: string;
  passphrase: string;
}

const SUMMARY = defineColumns<CertificateSummary>({
  commonName: col.text('common_name'),
  organization: col.textOrNull('organization'),
  notBefore: col.value('not_before'),
  notAfter: col.value('not_after'),
  fingerprintSha256: col.text('fingerprint_sha256'),
  selfSigned: col.bool('self_signed'),
});

const SEALED = defineColumns<SealedCertificate>({ p12: col.text('p12_sealed'), passphrase: col.text('passphrase_sealed') });

/** `institution_certificates` of the current institution: at most one active at a time. */
@Injectable()
export class CertificatesRepository {
  constructor(
    private readonly tx: CurrentTransaction,
    private readonly tenant: TenantContext,
  ) {}

  async active(): Promise<CertificateSummary | null> {
    const rows = await sqlRows(
      this.tx.manager(),
      `SELECT ${SUMMARY.select} FROM institution_certificates WHERE institution_id = $1 AND active`,
      [this.tenant.institutionId()],
    );
    return SUMMARY.readFirst(rows);
  }

  async activeSealed(): Promise<SealedCertificate | null> {
    const rows = await sqlRows(
      this.tx.manager(),
      `SELECT ${SEALED.select} FROM institution_certificates WHERE institution_id = $1 AND active`,
      [this.tenant.institutionId()],
    );
    return SEALED.readFirst(rows);
  }

  /** SHA-256 fingerprints of every certificate the institution has had, active or replaced. */
  async fingerprints(): Promise<Set<string>> {
    const rows = await sqlRows(this.tx.manager(), `SELECT fingerprint_sha256 AS fp FROM institution_certificates WHERE institution_id = $1`, [this.tenant.institutionId()]);
    return new Set(rows.map((r) => String(r.fp)));
  }

  /**
   * Serialises changes of the institution's certificate until the transaction ends: an admin's
   * import and the first acuse's trial certificate may otherwise race on the one active row.
   */
  async lockForChange(): Promise<void> {
    await sqlRows(this.tx.manager(), 'SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`certificate:${this.tenant.institutionId()}`]);
  }

  /** The new certificate becomes the active one; the previous stays on record, inactive. */
  async replaceActive(sealed: SealedCertificate, info: CertificateSummary): Promise<void> {
    const institutionId = this.tenant.institutionId();
    await this.lockForChange();
    await sqlRows(this.tx.manager(), `UPDATE institution_certificates SET active = false WHERE institution_id = $1 AND active`, [institutionId]);
    await sqlRows(
      this.tx.manager(),
      `INSERT INTO institution_certificates (institution_id, p12_sealed, passphrase_sealed, common_name, organization, not_before, not_after, fingerprint_sha256, self_signed)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [institutionId, sealed.p12, sealed.passphrase, info.commonName, info.organization, info.notBefore, info.notAfter, info.fingerprintSha256, info.selfSigned],
    );
  }
}
