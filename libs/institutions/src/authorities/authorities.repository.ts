import { Injectable } from '@nestjs/common';
import { CurrentTransaction, sqlRows, TenantContext } from '@veraz/tenancy';

/** A certification authority the institution trusts, as stored. */
export interface AuthorityRow {
  id: string;
  /** DER of the authority's certificate. */
  certificate: Buffer;
  subject: string;
  notBefore: Date;
  notAfter: Date;
  fingerprintSha256: string;
  createdAt: Date;
}

const COLUMNS = 'id, certificate, subject, not_before, not_after, fingerprint_sha256, created_at';

function toRow(r: Record<string, unknown>): AuthorityRow {
  return {
    id: r.id as string,
    certificate: r.certificate as Buffer,
    subject: r.subject as string,
    notBefore: r.not_before as Date,
    notAfter: r.not_after as Date,
    fingerprintSha256: r.fingerprint_sha256 as string,
    createdAt: r.created_at as Date,
  };
}

/** `institution_authorities`, in the current tenant. */
@Injectable()
export class AuthoritiesRepository {
  constructor(
    private readonly tx: CurrentTransaction,
    private readonly tenant: TenantContext,
  ) {}

  /** Null when the institution already has this certificate (same fingerprint). */
  async insert(row: Omit<AuthorityRow, 'id' | 'createdAt'>): Promise<AuthorityRow | null> {
    const rows = await sqlRows(
      this.tx.manager(),
      `INSERT INTO institution_authorities (institution_id, certificate, subject, not_before, not_after, fingerprint_sha256)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (institution_id, fingerprint_sha256) DO NOTHING RETURNING ${COLUMNS}`,
      [this.tenant.institutionId(), row.certificate, row.subject, row.notBefore, row.notAfter, row.fingerprintSha256],
    );
    return rows[0] ? toRow(rows[0]) : null;
  }

  async list(): Promise<AuthorityRow[]> {
    const rows = await sqlRows(this.tx.manager(), `SELECT ${COLUMNS} FROM institution_authorities WHERE institution_id = $1 ORDER BY created_at, id`, [
      this.tenant.institutionId(),
    ]);
    return rows.map(toRow);
  }

  /** The removed row, or null when the institution has no authority with that id. */
  async remove(id: string): Promise<AuthorityRow | null> {
    const rows = await sqlRows(this.tx.manager(), `DELETE FROM institution_authorities WHERE id = $1 AND institution_id = $2 RETURNING ${COLUMNS}`, [
      id,
      this.tenant.institutionId(),
    ]);
    return rows[0] ? toRow(rows[0]) : null;
  }
}
