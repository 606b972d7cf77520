import { Injectable } from '@nestjs/common';
import type { RiskFlag, RiskRuleCode } from '@veraz/contracts';
import { col, CurrentTransaction, defineColumns, sqlRows, TenantContext } from '@veraz/tenancy';

/** One stored score of a filing (one per threshold version). */
export interface StoredScoreRow {
  filingId: string;
  thresholdVersion: number;
  score: number;
  ruleCodes: RiskRuleCode[];
  flags: RiskFlag[];
  scoredAt: Date;
}

const SCORE = defineColumns<StoredScoreRow>({
  filingId: col.text('s.filing_id'),
  thresholdVersion: col.number('s.threshold_version'),
  score: col.number('s.score'),
  ruleCodes: col.value('s.rule_codes'),
  flags: col.value('s.flags'),
  scoredAt: col.value('s.scored_at'),
});

/**
 * What reviewers and admins read of the stored scores: a filing's scores per threshold version and the
 * scores of a person's filings. Read-only; RLS and the explicit institution filter keep every
 * statement inside the institution.
 */
@Injectable()
export class IntegrityReadRepository {
  constructor(
    private readonly tx: CurrentTransaction,
    private readonly tenant: TenantContext,
  ) {}

  /** The institution's current threshold version: the newest one, or 1 (the defaults) before any. */
  async currentVersion(): Promise<number> {
    const rows = await sqlRows<{ v: number }>(
      this.tx.manager(),
      `SELECT coalesce(max(version), 1) AS v FROM integrity_threshold_versions WHERE institution_id = $1`,
      [this.tenant.institutionId()],
    );
    return Number(rows[0]?.v ?? 1);
  }

  async folioOf(filingId: string): Promise<string | null> {
    const rows = await sqlRows<{ folio: string }>(this.tx.manager(), `SELECT folio FROM filings WHERE id = $1 AND institution_id = $2`, [
      filingId,
      this.tenant.institutionId(),
    ]);
    return rows[0]?.folio ?? null;
  }

  /** Every stored score of a filing, newest threshold version first. */
  async scoresOf(filingId: string): Promise<StoredScoreRow[]> {
    const rows = await sqlRows(
      this.tx.manager(),
      `SELECT ${SCORE.select} FROM filing_risk_scores s WHERE s.filing_id = $1 AND s.institution_id = $2 ORDER BY s.threshold_version DESC`,
      [filingId, this.tenant.institutionId()],
    );
    return rows.map((r) => SCORE.read(r));
  }

  /** The scores of these filings under one threshold version. */
  async scoresAt(filingIds: string[], version: number): Promise<StoredScoreRow[]> {
    if (!filingIds.length) return [];
    const rows = await sqlRows(
      this.tx.manager(),
      `SELECT ${SCORE.select} FROM filing_risk_scores s WHERE s.filing_id = ANY ($1::uuid[]) AND s.institution_id = $2 AND s.threshold_version = $3`,
      [filingIds, this.tenant.institutionId(), version],
    );
    return rows.map((r) => SCORE.read(r));
  }

  /** The person's full name, from their account. */
  async personName(userId: string): Promise<string | null> {
    const rows = await sqlRows<{ name: string }>(
      this.tx.manager(),
      `SELECT concat_ws(' ', nombre, primer_apellido, segundo_apellido) AS name FROM users WHERE id = $1`,
      [userId],
    );
    return rows[0]?.name ?? null;
  }
}
