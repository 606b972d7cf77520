import { Injectable } from '@nestjs/common';
import type { DeclarationTipo, RescoreRunView, RescoreState, RiskFlag, RiskRuleCode } from '@veraz/contracts';
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

/** A filing of a person, with what the wealth figures are computed from. */
export interface PersonFilingRow {
  id: string;
  folio: string;
  tipo: DeclarationTipo;
  declaracionCompleta: boolean;
  /** The date the filing reports on (YYYY-MM-DD). */
  fecha: string;
  filedAt: Date;
  /** The S1 `declaracion` object. */
  declaracion: Record<string, unknown>;
}

const SCORE = defineColumns<StoredScoreRow>({
  filingId: col.text('s.filing_id'),
  thresholdVersion: col.number('s.threshold_version'),
  score: col.number('s.score'),
  ruleCodes: col.value('s.rule_codes'),
  flags: col.value('s.flags'),
  scoredAt: col.value('s.scored_at'),
});

// The date a filing reports on: toma de posesión, 31 December of the reported year, or the conclusión;
// the filing date (Mexico City) when the declaration carries none.
const FECHA = `to_char(coalesce(
    CASE f.tipo WHEN 'INICIAL' THEN d.fecha_toma_posesion
                WHEN 'MODIFICACIÓN' THEN make_date(d.anio_reportado, 12, 31)
                ELSE d.fecha_conclusion END,
    (f.filed_at AT TIME ZONE 'America/Mexico_City')::date), 'YYYY-MM-DD')`;

const PERSON_FILING = defineColumns<PersonFilingRow>({
  id: col.text('f.id'),
  folio: col.text('f.folio'),
  tipo: col.value('f.tipo'),
  declaracionCompleta: col.bool('f.declaracion_completa'),
  fecha: col.text(FECHA),
  filedAt: col.value('f.filed_at'),
  declaracion: col.value(`coalesce(f.document -> 'declaracion', '{}'::jsonb)`),
});

const RESCORE = defineColumns<{ id: string; thresholdVersion: number; state: RescoreState; total: number; done: number; startedAt: Date; finishedAt: Date | null }>({
  id: col.text('id'),
  thresholdVersion: col.number('threshold_version'),
  state: col.value('state'),
  total: col.number('total'),
  done: col.number('done'),
  startedAt: col.value('started_at'),
  finishedAt: col.valueOrNull('finished_at'),
});

/**
 * What reviewers and admins read of the integrity scores: a filing's scores per threshold version, a
 * person's filings for the wealth chart, and the latest batch re-score. Read-only; the tenant's RLS
 * and the explicit institution filter keep every statement inside the institution.
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

  /** The latest version of each of the person's declarations in this institution, oldest first. */
  async personFilings(userId: string): Promise<PersonFilingRow[]> {
    const rows = await sqlRows(
      this.tx.manager(),
      `SELECT ${PERSON_FILING.select}
         FROM filings f JOIN declarations d ON d.id = f.declaration_id AND d.institution_id = f.institution_id
        WHERE f.institution_id = $1 AND f.user_id = $2 AND f.is_latest
        ORDER BY ${FECHA}, f.filed_at, f.id`,
      [this.tenant.institutionId(), userId],
    );
    return rows.map((r) => PERSON_FILING.read(r));
  }

  /** The yearly exchange rates the operator loaded (platform-wide). */
  async fxRates(): Promise<Array<{ currency: string; year: number; mxnPerUnit: number }>> {
    const rows = await sqlRows<{ currency: string; year: number; rate: string }>(
      this.tx.manager(),
      `SELECT currency, year, mxn_per_unit AS rate FROM platform_fx_rates`,
      [],
    );
    return rows.map((r) => ({ currency: r.currency, year: Number(r.year), mxnPerUnit: Number(r.rate) }));
  }

  /** The institution's latest batch re-score, with its progress; null before the first. */
  async latestRescore(): Promise<RescoreRunView | null> {
    const row = RESCORE.readFirst(
      await sqlRows(
        this.tx.manager(),
        `SELECT ${RESCORE.select} FROM integrity_rescore_runs WHERE institution_id = $1 ORDER BY started_at DESC, id DESC LIMIT 1`,
        [this.tenant.institutionId()],
      ),
    );
    return row && { ...row, startedAt: row.startedAt.toISOString(), finishedAt: row.finishedAt?.toISOString() ?? null };
  }
}
