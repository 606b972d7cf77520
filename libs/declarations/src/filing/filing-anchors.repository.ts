import { Injectable } from '@nestjs/common';
import { col, CurrentTransaction, defineColumns, sqlRows, TenantContext, type SqlPart } from '@veraz/tenancy';

/** The institution's audit chain head when a filing was signed: the entry that records the filing. */
export interface FilingAnchor {
  filingId: string;
  folio: string;
  auditSeq: number;
  auditHash: string;
}

const ANCHOR = defineColumns<FilingAnchor>({
  filingId: col.text('a.filing_id'),
  folio: col.text('f.folio'),
  auditSeq: col.number('a.audit_seq'),
  auditHash: col.char('a.audit_hash'),
});

/** `filing_audit_anchors`: one row per signed filing, insert-only, written in the filing's transaction. */
@Injectable()
export class FilingAnchorsRepository {
  constructor(
    private readonly tx: CurrentTransaction,
    private readonly tenant: TenantContext,
  ) {}

  /** The anchor's INSERT, as part of the filing's own statement (FilingsRepository.insertNumbered). */
  insertPart(filingId: string, auditSeq: number, auditHash: string): SqlPart {
    return {
      sql: `INSERT INTO filing_audit_anchors (filing_id, institution_id, audit_seq, audit_hash) VALUES ($1, $2, $3, $4)`,
      params: [filingId, this.tenant.institutionId(), auditSeq, auditHash],
    };
  }

  async find(filingId: string): Promise<FilingAnchor | null> {
    const rows = await sqlRows(
      this.tx.manager(),
      `SELECT ${ANCHOR.select} FROM filing_audit_anchors a JOIN filings f ON f.id = a.filing_id
       WHERE a.filing_id = $1 AND a.institution_id = $2`,
      [filingId, this.tenant.institutionId()],
    );
    return ANCHOR.readFirst(rows);
  }

  /** Every anchor of the institution, oldest entry first (what `audit verify` checks). */
  async all(): Promise<FilingAnchor[]> {
    const rows = await sqlRows(
      this.tx.manager(),
      `SELECT ${ANCHOR.select} FROM filing_audit_anchors a JOIN filings f ON f.id = a.filing_id
       WHERE a.institution_id = $1 ORDER BY a.audit_seq`,
      [this.tenant.institutionId()],
    );
    return rows.map((r) => ANCHOR.read(r));
  }
}
