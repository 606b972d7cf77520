import { Injectable } from '@nestjs/common';
import { col, CurrentTransaction, defineColumns, sqlRows, TenantContext } from '@veraz/tenancy';

/** A certificate revocation list of one of the institution's authorities, as stored. */
export interface AuthorityCrlRow {
  id: string;
  /** DER of the CRL. */
  crl: Buffer;
  /** Subject of the registered authority that signed it. */
  issuer: string;
  thisUpdate: Date;
  nextUpdate: Date | null;
  fingerprintSha256: string;
  createdAt: Date;
}

const CRL = defineColumns<AuthorityCrlRow>({
  id: col.text('id'),
  crl: col.value<Buffer>('crl'),
  issuer: col.text('issuer'),
  thisUpdate: col.value<Date>('this_update'),
  nextUpdate: col.valueOrNull<Date>('next_update'),
  fingerprintSha256: col.char('fingerprint_sha256'),
  createdAt: col.value<Date>('created_at'),
});

/** `institution_authority_crls`, in the current tenant. */
@Injectable()
export class AuthorityCrlsRepository {
  constructor(
    private readonly tx: CurrentTransaction,
    private readonly tenant: TenantContext,
  ) {}

  /** Null when the institution already has this CRL (same fingerprint). */
  async insert(row: Omit<AuthorityCrlRow, 'id' | 'createdAt'>): Promise<AuthorityCrlRow | null> {
    const rows = await sqlRows(
      this.tx.manager(),
      `INSERT INTO institution_authority_crls (institution_id, crl, issuer, this_update, next_update, fingerprint_sha256)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (institution_id, fingerprint_sha256) DO NOTHING RETURNING ${CRL.select}`,
      [this.tenant.institutionId(), row.crl, row.issuer, row.thisUpdate, row.nextUpdate, row.fingerprintSha256],
    );
    return CRL.readFirst(rows);
  }

  async list(): Promise<AuthorityCrlRow[]> {
    const rows = await sqlRows(this.tx.manager(), `SELECT ${CRL.select} FROM institution_authority_crls WHERE institution_id = $1 ORDER BY created_at, id`, [
      this.tenant.institutionId(),
    ]);
    return rows.map((r) => CRL.read(r));
  }

  /** The removed row, or null when the institution has no CRL with that id. */
  async remove(id: string): Promise<AuthorityCrlRow | null> {
    const rows = await sqlRows(this.tx.manager(), `DELETE FROM institution_authority_crls WHERE id = $1 AND institution_id = $2 RETURNING ${CRL.select}`, [
      id,
      this.tenant.institutionId(),
    ]);
    return CRL.readFirst(rows);
  }
}
