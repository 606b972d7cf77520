import { Injectable } from '@nestjs/common';
import { col, CurrentTransaction, defineColumns, sqlRows, TenantContext } from '@veraz/tenancy';

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

const AUTHORITY = defineColumns<AuthorityRow>({
  id: col.text('id'),
  certificate: col.value<Buffer>('certificate'),
  subject: col.text('subject'),
  notBefore: col.value<Date>('not_before'),
  notAfter: col.value<Date>('not_after'),
  fingerprintSha256: col.text('fingerprint_sha256'),
  createdAt: col.value<Date>('created_at'),
});

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
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (institution_id, fingerprint_sha256) DO NOTHING RETURNING ${AUTHORITY.select}`,
      [this.tenant.institutionId(), row.certificate, row.subject, row.notBefore, row.notAfter, row.fingerprintSha256],
    );
    return AUTHORITY.readFirst(rows);
  }

  async list(): Promise<AuthorityRow[]> {
    const rows = await sqlRows(this.tx.manager(), `SELECT ${AUTHORITY.select} FROM institution_authorities WHERE institution_id = $1 ORDER BY created_at, id`, [
      this.tenant.institutionId(),
    ]);
    return rows.map((r) => AUTHORITY.read(r));
  }

  /** The removed row, or null when the institution has no authority with that id. */
  async remove(id: string): Promise<AuthorityRow | null> {
    const rows = await sqlRows(this.tx.manager(), `DELETE FROM institution_authorities WHERE id = $1 AND institution_id = $2 RETURNING ${AUTHORITY.select}`, [
      id,
      this.tenant.institutionId(),
    ]);
    return AUTHORITY.readFirst(rows);
  }
}
