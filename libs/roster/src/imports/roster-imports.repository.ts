import { Injectable } from '@nestjs/common';
import { col, CurrentTransaction, defineColumns, sqlRows, TenantContext } from '@veraz/tenancy';
import type { RosterImportAction, RosterImportLine, RosterImportStatus } from '@veraz/contracts';

export type ImportAction = RosterImportAction;
export type ImportStatus = RosterImportStatus;

export interface ImportRow {
  id: string;
  fileName: string;
  sha256: string;
  status: ImportStatus;
  rowsTotal: number;
  rowsError: number;
  createdAt: Date;
  appliedAt: Date | null;
}

export type ImportLine = RosterImportLine;

const IMPORT = defineColumns<ImportRow>({
  id: col.text('i.id'),
  fileName: col.text('i.file_name'),
  sha256: col.char('i.sha256'),
  status: col.value('i.status'),
  rowsTotal: col.number('i.rows_total'),
  rowsError: col.number('i.rows_error'),
  createdAt: col.value('i.created_at'),
  appliedAt: col.valueOrNull('i.applied_at'),
});

const CHUNK = 5000;

/** Staged imports: the preview rows stay here until the admin applies or discards them. */
@Injectable()
export class RosterImportsRepository {
  constructor(
    private readonly tx: CurrentTransaction,
    private readonly tenant: TenantContext,
  ) {}

  private query<T = Record<string, unknown>>(sql: string, params: unknown[]): Promise<T[]> {
    return sqlRows<T>(this.tx.manager(), sql, params);
  }

  async insert(input: { fileName: string; sha256: string; lines: ImportLine[]; createdBy: string | null }): Promise<string> {
    const institutionId = this.tenant.institutionId();
    const rowsError = input.lines.filter((l) => l.action === 'ERROR').length;
    const [created] = await this.query<{ id: string }>(
      `INSERT INTO roster_imports (institution_id, file_name, sha256, rows_total, rows_error, created_by)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [institutionId, input.fileName, input.sha256, input.lines.length, rowsError, input.createdBy],
    );
    for (let i = 0; i < input.lines.length; i += CHUNK) {
      await this.query(
        `INSERT INTO roster_import_rows (import_id, institution_id, line, data, errors, action)
         SELECT $1, $2, r.line, r.data, r.errors, r.action
           FROM jsonb_to_recordset($3::jsonb) AS r(line integer, data jsonb, errors jsonb, action text)`,
        [created.id, institutionId, JSON.stringify(input.lines.slice(i, i + CHUNK))],
      );
    }
    return created.id;
  }

  async find(id: string): Promise<ImportRow | null> {
    const rows = await this.query(`SELECT ${IMPORT.select} FROM roster_imports i WHERE i.institution_id = $1 AND i.id = $2`, [this.tenant.institutionId(), id]);
    return IMPORT.readFirst(rows);
  }

  async counts(id: string): Promise<Record<ImportAction, number>> {
    const rows = await this.query<{ action: ImportAction; n: string }>(
      `SELECT action, count(*) AS n FROM roster_import_rows WHERE institution_id = $1 AND import_id = $2 GROUP BY action`,
      [this.tenant.institutionId(), id],
    );
    const counts: Record<ImportAction, number> = { NUEVA: 0, CAMBIO: 0, SIN_CAMBIO: 0, ERROR: 0 };
    for (const r of rows) counts[r.action] = Number(r.n);
    return counts;
  }

  async lines(id: string, page: { onlyErrors?: boolean; limit: number; offset: number }): Promise<ImportLine[]> {
    return this.query<ImportLine>(
      `SELECT line, data, errors, action FROM roster_import_rows
        WHERE institution_id = $1 AND import_id = $2 ${page.onlyErrors ? `AND action = 'ERROR'` : ''}
        ORDER BY line LIMIT $3 OFFSET $4`,
      [this.tenant.institutionId(), id, page.limit, page.offset],
    );
  }

  /** Every line without an error, in file order (what applying reads). */
  validLines(id: string): Promise<Array<{ line: number; data: Record<string, string | null> }>> {
    return this.query(
      `SELECT line, data FROM roster_import_rows WHERE institution_id = $1 AND import_id = $2 AND action <> 'ERROR' ORDER BY line`,
      [this.tenant.institutionId(), id],
    );
  }

  /** Moves a PREVISTA import to its final status; false when another request got there first. */
  async close(id: string, status: 'APLICADA' | 'DESCARTADA'): Promise<boolean> {
    const rows = await this.query(
      `UPDATE roster_imports SET status = $3, applied_at = CASE WHEN $3 = 'APLICADA' THEN now() END
        WHERE institution_id = $1 AND id = $2 AND status = 'PREVISTA' RETURNING id`,
      [this.tenant.institutionId(), id, status],
    );
    return rows.length === 1;
  }

  /** A discarded preview keeps its summary but not its rows. */
  async dropLines(id: string): Promise<void> {
    await this.query(`DELETE FROM roster_import_rows WHERE institution_id = $1 AND import_id = $2`, [this.tenant.institutionId(), id]);
  }
}
