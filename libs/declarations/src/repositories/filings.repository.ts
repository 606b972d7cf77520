import { Injectable } from '@nestjs/common';
import { CurrentTransaction, sqlRows, TenantContext } from '@veraz/tenancy';
import type { FilingPeriod, FilingRow, FilingSummaryRow } from '../declaration.types';
import { FILING, FILING_FROM, FILING_PERIOD, FILING_SUMMARY, FILING_VERSION, type FilingVersion } from './filing-columns';

/** Lower case without Spanish accents, so «munoz» finds «Muñoz» and «ANGEL» finds «Ángel». */
const FOLD = (sql: string) => `translate(lower(${sql}), 'áéíóúüñ', 'aeiouun')`;

/** Where an export by folio continues. */
export interface FolioCursor {
  year: number;
  seq: number;
}

@Injectable()
export class FilingsRepository {
  constructor(
    private readonly tx: CurrentTransaction,
    private readonly tenant: TenantContext,
  ) {}

  private query<T = Record<string, unknown>>(sql: string, params: unknown[]): Promise<T[]> {
    return sqlRows<T>(this.tx.manager(), sql, params);
  }

  /** The period a filing reports, as the filer declared it when starting. */
  async periodOf(filingId: string): Promise<FilingPeriod | null> {
    const rows = await this.query(
      `SELECT ${FILING_PERIOD.select}
         FROM filings f JOIN declarations d ON d.id = f.declaration_id JOIN users u ON u.id = f.user_id
        WHERE f.id = $1 AND f.institution_id = $2`,
      [filingId, this.tenant.institutionId()],
    );
    return FILING_PERIOD.readFirst(rows);
  }

  async findById(id: string, options: { userId?: string } = {}): Promise<FilingRow | null> {
    const rows = await this.query(
      `SELECT ${FILING.select} FROM ${FILING_FROM}
        WHERE f.id = $1 AND f.institution_id = $2 AND ($3::uuid IS NULL OR f.user_id = $3)`,
      [id, this.tenant.institutionId(), options.userId ?? null],
    );
    return FILING.readFirst(rows);
  }

  async findByFolio(folio: string): Promise<FilingRow | null> {
    const rows = await this.query(
      `SELECT ${FILING.select} FROM ${FILING_FROM}
        WHERE f.folio = $1 AND f.institution_id = $2`,
      [folio, this.tenant.institutionId()],
    );
    return FILING.readFirst(rows);
  }

  async findByDeclaration(declarationId: string): Promise<FilingRow | null> {
    const rows = await this.query(
      `SELECT ${FILING.select} FROM ${FILING_FROM}
        WHERE f.declaration_id = $1 AND f.institution_id = $2`,
      [declarationId, this.tenant.institutionId()],
    );
    return FILING.readFirst(rows);
  }

  /** The filer's most recent filing (latest versions only): what a new declaration starts from. */
  /** The user's newest filing (latest version); `exceptS1Id` leaves out one declaration's versions (a correction's own). */
  async findLastOfUser(userId: string, options: { exceptS1Id?: string | null } = {}): Promise<FilingRow | null> {
    const rows = await this.query(
      `SELECT ${FILING.select} FROM ${FILING_FROM}
        WHERE f.institution_id = $1 AND f.user_id = $2 AND f.is_latest AND ($3::text IS NULL OR f.s1_id <> $3)
        ORDER BY f.filed_at DESC, f.id DESC LIMIT 1`,
      [this.tenant.institutionId(), userId, options.exceptS1Id ?? null],
    );
    return FILING.readFirst(rows);
  }

  /**
   * Newest first. `search` narrows to a folio that starts with it or a filer whose name contains it,
   * ignoring case and accents (a scan of the institution's filings: a page for people, not for the PDN).
   */
  async list(options: { userId?: string; search?: string; limit: number; offset: number }): Promise<{ rows: FilingSummaryRow[]; total: number }> {
    const where = this.listWhere(options);
    const rows = await this.query(
      `SELECT ${FILING_SUMMARY.select}, count(*) OVER () AS total FROM ${FILING_FROM} WHERE ${where.sql}
        ORDER BY f.filed_at DESC, f.id DESC LIMIT $${where.params.length + 1} OFFSET $${where.params.length + 2}`,
      [...where.params, options.limit, options.offset],
    );
    return { rows: rows.map((r) => FILING_SUMMARY.read(r)), total: rows.length ? Number(rows[0].total) : 0 };
  }

  /**
   * The same filter by folio, newest first, a batch at a time after the last folio seen: an export of
   * any size without OFFSET (folios number each year's filings in the order they were filed).
   */
  async listAfterFolio(options: { search?: string; after: FolioCursor | null; limit: number }): Promise<{ rows: FilingSummaryRow[]; next: FolioCursor | null }> {
    const where = this.listWhere(options);
    const n = where.params.length;
    const rows = await this.query(
      `SELECT ${FILING_SUMMARY.select}, f.folio_year, f.folio_seq FROM ${FILING_FROM} WHERE ${where.sql}
          AND ($${n + 1}::int IS NULL OR (f.folio_year, f.folio_seq) < ($${n + 1}, $${n + 2}::int))
        ORDER BY f.folio_year DESC, f.folio_seq DESC LIMIT $${n + 3}`,
      [...where.params, options.after?.year ?? null, options.after?.seq ?? null, options.limit],
    );
    const last = rows[rows.length - 1];
    return { rows: rows.map((r) => FILING_SUMMARY.read(r)), next: rows.length === options.limit && last ? { year: Number(last.folio_year), seq: Number(last.folio_seq) } : null };
  }

  private listWhere(options: { userId?: string; search?: string }): { sql: string; params: unknown[] } {
    const search = options.search ? options.search.replace(/[\\%_]/g, (c) => `\\${c}`) : null;
    return {
      sql: `f.institution_id = $1 AND ($2::uuid IS NULL OR f.user_id = $2)
          AND ($3::text IS NULL OR upper(f.folio) LIKE upper($3) || '%'
               OR ${FOLD(`concat_ws(' ', u.nombre, u.primer_apellido, u.segundo_apellido)`)} LIKE '%' || ${FOLD('$3')} || '%')`,
      params: [this.tenant.institutionId(), options.userId ?? null, search],
    };
  }

  async versions(s1Id: string): Promise<FilingVersion[]> {
    const rows = await this.query(
      `SELECT ${FILING_VERSION.select} FROM filings WHERE institution_id = $1 AND s1_id = $2 ORDER BY version`,
      [this.tenant.institutionId(), s1Id],
    );
    return rows.map((r) => FILING_VERSION.read(r));
  }

}
