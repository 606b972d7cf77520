import { Injectable } from '@nestjs/common';
import type { ObligationKind, ObligationState } from '@veraz/contracts';
import { col, CurrentTransaction, defineColumns, sqlRows, TenantContext } from '@veraz/tenancy';
import type { FilingFacts, ObligationFacts } from '../engine/types';

/** One filing row as scoring reads it: the engine's facts plus who filed it and which declaration it is. */
export interface FilingFactsRow extends Omit<FilingFacts, 'filedAt'> {
  userId: string;
  s1Id: string;
  isLatest: boolean;
  filedAt: Date;
}

export interface UserObligation extends ObligationFacts {
  userId: string;
}

// The date each tipo reports on; a declaration without it (loaded data) falls back to its day of filing in Mexico City.
const FECHA = `to_char(coalesce(CASE f.tipo WHEN 'INICIAL' THEN d.fecha_toma_posesion WHEN 'MODIFICACIÓN' THEN make_date(d.anio_reportado, 12, 31) ELSE d.fecha_conclusion END,
  (f.filed_at AT TIME ZONE 'America/Mexico_City')::date), 'YYYY-MM-DD')`;

const FILING = defineColumns<FilingFactsRow>({
  id: col.text('f.id'),
  userId: col.text('f.user_id'),
  s1Id: col.text('f.s1_id'),
  isLatest: col.bool('f.is_latest'),
  folio: col.text('f.folio'),
  tipo: col.value('f.tipo'),
  declaracionCompleta: col.bool('f.declaracion_completa'),
  fecha: col.text(FECHA),
  filedAt: col.value('f.filed_at'),
  // Only the S1 `declaracion` object: the rules read nothing else of the document.
  declaracion: col.value(`coalesce(f.document->'declaracion', '{}'::jsonb)`),
});

const OBLIGATION = defineColumns<UserObligation>({
  userId: col.text('rp.user_id'),
  kind: col.value<ObligationKind>('o.kind'),
  periodKey: col.text('o.period_key'),
  dueDate: col.text(`to_char(o.due_date, 'YYYY-MM-DD')`),
  state: col.value<ObligationState>('o.state'),
  metByFilingId: col.textOrNull('o.met_by_filing_id'),
  metOn: col.textOrNull(`to_char(o.met_on, 'YYYY-MM-DD')`),
});

/** Rule 8 reads the declarations' obligations (avisos and constancias are not filings of a declaration). */
const DECLARATION_KINDS: ObligationKind[] = ['INICIAL', 'MODIFICACIÓN', 'CONCLUSIÓN'];

/** What scoring reads: people's filings (every version) and their obligations (exchange rates: FxRatesService). */
@Injectable()
export class ScoringFactsRepository {
  constructor(
    private readonly tx: CurrentTransaction,
    private readonly tenant: TenantContext,
  ) {}

  private query<T = Record<string, unknown>>(sql: string, params: unknown[]): Promise<T[]> {
    return sqlRows<T>(this.tx.manager(), sql, params);
  }

  async userOfFiling(filingId: string): Promise<string | null> {
    const rows = await this.query<{ user_id: string }>(`SELECT user_id FROM filings WHERE institution_id = $1 AND id = $2`, [this.tenant.institutionId(), filingId]);
    return rows[0]?.user_id ?? null;
  }

  async filingsOfUsers(userIds: string[]): Promise<FilingFactsRow[]> {
    if (!userIds.length) return [];
    const rows = await this.query(
      `SELECT ${FILING.select} FROM filings f JOIN declarations d ON d.id = f.declaration_id
        WHERE f.institution_id = $1 AND f.user_id = ANY($2::uuid[])`,
      [this.tenant.institutionId(), userIds],
    );
    return rows.map((r) => FILING.read(r));
  }

  /**
   * The next `limit` people after `cursor` (keyset order by user id) and all their filings, in one
   * statement: a batch re-score's chunk. Empty when every person is past the cursor.
   */
  async filingsOfNextUsers(cursor: string | null, limit: number): Promise<{ userIds: string[]; filings: FilingFactsRow[] }> {
    const rows = await this.query(
      `WITH next_users AS (
         SELECT DISTINCT user_id FROM filings WHERE institution_id = $1 AND ($2::uuid IS NULL OR user_id > $2::uuid) ORDER BY user_id LIMIT $3
       )
       SELECT ${FILING.select} FROM next_users n
         JOIN filings f ON f.institution_id = $1 AND f.user_id = n.user_id
         JOIN declarations d ON d.id = f.declaration_id
        ORDER BY f.user_id`,
      [this.tenant.institutionId(), cursor, limit],
    );
    const filings = rows.map((r) => FILING.read(r));
    return { userIds: [...new Set(filings.map((f) => f.userId))], filings };
  }

  /**
   * The people whose scores under `version` are behind (ids only, in one statement): a filing without a score (loaded in
   * bulk, or a job lost), or an obligation recomputed after their last score (an omission as a due date passes).
   */
  async staleUsers(version: number): Promise<string[]> {
    const rows = await this.query<{ user_id: string }>(
      `WITH unscored AS (
         SELECT DISTINCT f.user_id FROM filings f
          WHERE f.institution_id = $1
            AND NOT EXISTS (SELECT 1 FROM filing_risk_scores s WHERE s.institution_id = $1 AND s.filing_id = f.id AND s.threshold_version = $2)
       ), last_scored AS (
         SELECT f.user_id, max(s.scored_at) AS at FROM filing_risk_scores s JOIN filings f ON f.id = s.filing_id AND f.institution_id = s.institution_id
          WHERE s.institution_id = $1 AND s.threshold_version = $2 GROUP BY f.user_id
       ), last_computed AS (
         SELECT rp.user_id, max(o.computed_at) AS at FROM obligations o JOIN roster_people rp ON rp.id = o.person_id AND rp.institution_id = o.institution_id
          WHERE o.institution_id = $1 AND rp.user_id IS NOT NULL AND o.kind = ANY($3::text[]) GROUP BY rp.user_id
       )
       SELECT user_id FROM unscored
       UNION
       SELECT c.user_id FROM last_computed c JOIN last_scored s ON s.user_id = c.user_id WHERE c.at > s.at
       ORDER BY user_id`,
      [this.tenant.institutionId(), version, DECLARATION_KINDS],
    );
    return rows.map((r) => r.user_id);
  }

  /** The people's obligations of a declaration here, through the roster (people off the roster have none). */
  async obligationsOfUsers(userIds: string[]): Promise<UserObligation[]> {
    if (!userIds.length) return [];
    const rows = await this.query(
      `SELECT ${OBLIGATION.select} FROM roster_people rp
         JOIN obligations o ON o.institution_id = rp.institution_id AND o.person_id = rp.id
        WHERE rp.institution_id = $1 AND rp.user_id = ANY($2::uuid[]) AND o.kind = ANY($3::text[])`,
      [this.tenant.institutionId(), userIds, DECLARATION_KINDS],
    );
    return rows.map((r) => OBLIGATION.read(r));
  }
}
