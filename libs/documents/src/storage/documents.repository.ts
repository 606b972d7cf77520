import { Injectable } from '@nestjs/common';
import { col, CurrentTransaction, defineColumns, sqlRows, TenantContext } from '@veraz/tenancy';

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

const DOCUMENT = defineColumns<DocumentRow>({
  id: col.text('id'),
  filingId: col.text('filing_id'),
  kind: col.value('kind'),
  sha256: col.char('sha256'),
  size: col.number('size'),
  storage: col.text('storage'),
  storageKey: col.text('storage_key'),
  createdAt: col.value('created_at'),
});

const ACUSE_OWNER = defineColumns<{ institutionId: string; filingId: string }>({ institutionId: col.text('institution_id'), filingId: col.text('filing_id') });

@Injectable()
export class DocumentsRepository {
  constructor(
    private readonly tx: CurrentTransaction,
    private readonly tenant: TenantContext,
  ) {}

  /** One document per filing and kind: a second render of the same job stores nothing. */
  async insert(d: Omit<DocumentRow, 'id' | 'createdAt'>): Promise<DocumentRow | null> {
    const rows = await sqlRows(
      this.tx.manager(),
      `INSERT INTO documents (institution_id, filing_id, kind, sha256, size, storage, storage_key) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (filing_id, kind, institution_id) DO NOTHING RETURNING ${DOCUMENT.select}`,
      [this.tenant.institutionId(), d.filingId, d.kind, d.sha256, d.size, d.storage, d.storageKey],
    );
    return DOCUMENT.readFirst(rows);
  }

  async find(filingId: string, kind: DocumentKind): Promise<DocumentRow | null> {
    const rows = await sqlRows(this.tx.manager(), `SELECT ${DOCUMENT.select} FROM documents WHERE institution_id = $1 AND filing_id = $2 AND kind = $3`, [
      this.tenant.institutionId(),
      filingId,
      kind,
    ]);
    return DOCUMENT.readFirst(rows);
  }

  /** The institution's filings that lack one of the three documents, with the kinds they have. */
  async filingsMissingDocuments(): Promise<Array<{ id: string; kinds: string[] }>> {
    return sqlRows<{ id: string; kinds: string[] }>(
      this.tx.manager(),
      `SELECT f.id, coalesce(array_agg(d.kind) FILTER (WHERE d.kind IS NOT NULL), '{}') AS kinds
         FROM filings f LEFT JOIN documents d ON d.filing_id = f.id AND d.institution_id = f.institution_id
        WHERE f.institution_id = $1
        GROUP BY f.id
       HAVING count(d.kind) < 3`,
      [this.tenant.institutionId()],
    );
  }

  async listForFiling(filingId: string): Promise<DocumentRow[]> {
    const rows = await sqlRows(this.tx.manager(), `SELECT ${DOCUMENT.select} FROM documents WHERE institution_id = $1 AND filing_id = $2 ORDER BY kind`, [
      this.tenant.institutionId(),
      filingId,
    ]);
    return rows.map((r) => DOCUMENT.read(r));
  }
}

/** Public scope: which institution and filing an uploaded acuse belongs to, by its SHA-256. */
@Injectable()
export class DocumentLookupRepository {
  constructor(private readonly tx: CurrentTransaction) {}

  async acuseBySha256(sha256: string): Promise<{ institutionId: string; filingId: string } | null> {
    const rows = await sqlRows(
      this.tx.manager(),
      `SELECT ${ACUSE_OWNER.select} FROM documents WHERE sha256 = $1 AND kind = 'acuse' LIMIT 1`,
      [sha256],
    );
    return ACUSE_OWNER.readFirst(rows);
  }

  /** Likewise for a sealed requerimiento letter. */
  async requerimientoBySha256(sha256: string): Promise<{ institutionId: string; requerimientoId: string } | null> {
    const rows = await sqlRows<{ institution_id: string; id: string }>(this.tx.manager(), `SELECT institution_id, id FROM requerimientos WHERE sha256 = $1 LIMIT 1`, [sha256]);
    return rows[0] ? { institutionId: rows[0].institution_id, requerimientoId: rows[0].id } : null;
  }

  /** The same for an aviso por cambio de ente público's sealed acuse. */
  async avisoAcuseBySha256(sha256: string): Promise<{ institutionId: string; avisoId: string } | null> {
    const rows = await sqlRows<{ institution_id: string; id: string }>(this.tx.manager(), `SELECT institution_id, id FROM avisos_cambio_ente WHERE acuse_sha256 = $1 LIMIT 1`, [sha256]);
    return rows[0] ? { institutionId: rows[0].institution_id, avisoId: rows[0].id } : null;
  }
}
