import { Injectable } from '@nestjs/common';
import type { RiskFlag } from '@veraz/contracts';
import { CurrentTransaction, sqlRows, TenantContext } from '@veraz/tenancy';
import type { InterestCompany } from '../rules/interests';

export interface ScoreToWrite {
  filingId: string;
  score: number;
  flags: RiskFlag[];
}

/** A company a filing declares an interest in (section and item of the S1 `interes` group). */
export interface InterestCompanyRow extends InterestCompany {
  filingId: string;
}

/** Writes scores per threshold version (a re-score under a new version leaves the old ones) and interest companies. */
@Injectable()
export class RiskScoresRepository {
  constructor(
    private readonly tx: CurrentTransaction,
    private readonly tenant: TenantContext,
  ) {}

  private query<T = Record<string, unknown>>(sql: string, params: unknown[]): Promise<T[]> {
    return sqlRows<T>(this.tx.manager(), sql, params);
  }

  /** Every score of a chunk in one statement (one JSON parameter); writing one again replaces it. */
  async upsert(version: number, scores: ScoreToWrite[]): Promise<void> {
    if (!scores.length) return;
    // In filing id order: two writers of one person's filings (a filing's job during a run) lock rows in the same order.
    const rows = [...scores]
      .sort((a, b) => (a.filingId < b.filingId ? -1 : a.filingId > b.filingId ? 1 : 0))
      .map((s) => ({ filing_id: s.filingId, score: s.score, rule_codes: [...new Set(s.flags.map((f) => f.code))], flags: s.flags }));
    await this.query(
      `INSERT INTO filing_risk_scores (institution_id, filing_id, threshold_version, score, flag_count, rule_codes, flags, scored_at)
       SELECT $1, r.filing_id, $2, r.score, jsonb_array_length(r.flags), r.rule_codes, r.flags, now()
         FROM jsonb_to_recordset($3::jsonb) AS r(filing_id uuid, score integer, rule_codes text[], flags jsonb)
       ON CONFLICT (filing_id, threshold_version, institution_id) DO UPDATE
         SET score = excluded.score, flag_count = excluded.flag_count, rule_codes = excluded.rule_codes, flags = excluded.flags, scored_at = excluded.scored_at`,
      [this.tenant.institutionId(), version, JSON.stringify(rows)],
    );
  }

  /**
   * The filings' interest companies, replaced by what their documents declare now. A concurrent writer of
   * the same filing (its job during a run) waits on the key and then updates instead of failing.
   */
  async replaceInterestCompanies(filingIds: string[], companies: InterestCompanyRow[]): Promise<void> {
    if (!filingIds.length) return;
    const institutionId = this.tenant.institutionId();
    await this.query(`DELETE FROM filing_interest_companies WHERE institution_id = $1 AND filing_id = ANY($2::uuid[])`, [institutionId, filingIds]);
    if (!companies.length) return;
    const key = (c: InterestCompanyRow) => `${c.filingId} ${c.section} ${String(c.item).padStart(6, '0')}`;
    const rows = [...companies]
      .sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))
      .map((c) => ({ filing_id: c.filingId, section: c.section, item: c.item, rfc: c.rfc, nombre: c.nombre, sector: c.sector }));
    await this.query(
      `INSERT INTO filing_interest_companies (institution_id, filing_id, section, item, rfc, nombre, sector)
       SELECT $1, r.filing_id, r.section, r.item, r.rfc, r.nombre, r.sector
         FROM jsonb_to_recordset($2::jsonb) AS r(filing_id uuid, section text, item integer, rfc text, nombre text, sector text)
       ON CONFLICT (filing_id, section, item, institution_id) DO UPDATE SET rfc = excluded.rfc, nombre = excluded.nombre, sector = excluded.sector`,
      [institutionId, JSON.stringify(rows)],
    );
  }
}
