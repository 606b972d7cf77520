import { Injectable } from '@nestjs/common';
import { col, CurrentTransaction, defineColumns, sqlRows, TenantContext, type SqlPart } from '@veraz/tenancy';

/** The filer's e.firma signature of a filing, as stored: never the key nor its passphrase. */
export interface FilingEfirmaRow {
  filingId: string;
  /** Detached CMS (DER) over the filing's SHA-256 hex string, with the filer's certificate inside. */
  cms: Buffer;
  /** SAT certificate number (20 digits), as `checkEfirma` reports it. */
  certificateSerial: string;
  certificateNotAfter: Date;
  signedAt: Date;
}

const EFIRMA = defineColumns<FilingEfirmaRow>({
  filingId: col.text('filing_id'),
  cms: col.value('cms'),
  certificateSerial: col.text('certificate_serial'),
  certificateNotAfter: col.value('certificate_not_after'),
  signedAt: col.value('signed_at'),
});

/** `filing_efirmas`: one row per filing signed with e.firma; insert-only (the app role has no UPDATE). */
@Injectable()
export class FilingEfirmasRepository {
  constructor(
    private readonly tx: CurrentTransaction,
    private readonly tenant: TenantContext,
  ) {}

  /** The INSERT, as part of the filing's own statement (FilingsRepository.insertNumbered). */
  insertPart(row: FilingEfirmaRow): SqlPart {
    return {
      sql: `INSERT INTO filing_efirmas (filing_id, institution_id, cms, certificate_serial, certificate_not_after, signed_at)
            VALUES ($1, $2, $3, $4, $5, $6)`,
      params: [row.filingId, this.tenant.institutionId(), row.cms, row.certificateSerial, row.certificateNotAfter, row.signedAt],
    };
  }

  async findByFiling(filingId: string): Promise<FilingEfirmaRow | null> {
    const rows = await sqlRows(
      this.tx.manager(),
      `SELECT ${EFIRMA.select} FROM filing_efirmas WHERE filing_id = $1 AND institution_id = $2`,
      [filingId, this.tenant.institutionId()],
    );
    return EFIRMA.readFirst(rows);
  }
}
