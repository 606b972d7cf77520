import { Injectable } from '@nestjs/common';
import { Db, sqlRows, TenantContext } from '@veraz/tenancy';

export type DocumentKind = 'acuse' | 'completa' | 'publica';

export interface DocumentRow {
  id: string;
  filingId: string;
  kind: DocumentKind;
  sha256: string;
  size: number;
  storage: string;
  storageKey: string;
  createdAt: Date;
}

const COLUMNS = 'id, filing_id, kind, sha256, size, storage, storage_key, created_at';

@Injectable()
export class DocumentsRepository {
  constructor(
    private readonly db: Db,
    private readonly tenant: TenantContext,
  ) {}

  /** One document per filing and kind: a second render of the same job stores nothing. */
  async insert(d: Omit<DocumentRow, 'id' | 'createdAt'>): Promise<DocumentRow | null> {
    const rows = await sqlRows(
      this.db.manager(),
      `INSERT INTO documents (institution_id, filing_id, kind, sha256, size, storage, storage_key) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (filing_id, kind) DO NOTHING RETURNING ${COLUMNS}`,
      [this.tenant.institutionId(), d.filingId, d.kind, d.sha256, d.size, d.storage, d.storageKey],
    );
    return rows[0] ? toRow(rows[0]) : null;
  }

  async find(filingId: string, kind: DocumentKind): Promise<DocumentRow | null> {
    const rows = await sqlRows(this.db.manager(), `SELECT ${COLUMNS} FROM documents WHERE institution_id = $1 AND filing_id = $2 AND kind = $3`, [
      this.tenant.institutionId(),
      filingId,
      kind,
    ]);
    return rows[0] ? toRow(rows[0]) : null;
  }

  /** The institution's filings that lack one of the three documents, with the kinds they have. */
  async filingsMissingDocuments(): Promise<Array<{ id: string; kinds: string[] }>> {
    return sqlRows<{ id: string; kinds: string[] }>(
      this.db.manager(),
      `SELECT f.id, coalesce(array_agg(d.kind) FILTER (WHERE d.kind IS NOT NULL), '{}') AS kinds
         FROM filings f LEFT JOIN documents d ON d.filing_id = f.id AND d.institution_id = f.institution_id
        WHERE f.institution_id = $1
        GROUP BY f.id
       HAVING count(d.kind) < 3`,
      [this.tenant.institutionId()],
    );
  }

  async listForFiling(filingId: string): Promise<DocumentRow[]> {
    const rows = await sqlRows(this.db.manager(), `SELECT ${COLUMNS} FROM documents WHERE institution_id = $1 AND filing_id = $2 ORDER BY kind`, [
      this.tenant.institutionId(),
      filingId,
    ]);
    return rows.map(toRow);
  }
}

/** Public scope: which institution and filing an uploaded acuse belongs to, by its SHA-256. */
@Injectable()
export class DocumentLookupRepository {
  constructor(private readonly db: Db) {}

  async acuseBySha256(sha256: string): Promise<{ institutionId: string; filingId: string } | null> {
    const rows = await sqlRows<{ institution_id: string; filing_id: string }>(
      this.db.manager(),
      `SELECT institution_id, filing_id FROM documents WHERE sha256 = $1 AND kind = 'acuse' LIMIT 1`,
      [sha256],
    );
    return rows[0] ? { institutionId: rows[0].institution_id, filingId: rows[0].filing_id } : null;
  }
}

function toRow(r: Record<string, unknown>): DocumentRow {
  return {
    id: String(r.id),
    filingId: String(r.filing_id),
    kind: r.kind as DocumentKind,
    sha256: String(r.sha256).trim(),
    size: Number(r.size),
    storage: String(r.storage),
    storageKey: String(r.storage_key),
    createdAt: r.created_at as Date,
  };
}
