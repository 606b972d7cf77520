import { Injectable } from '@nestjs/common';
import type { MetObligationState, ReviewState, WorkbenchFilters } from '@veraz/contracts';
import { col, CurrentTransaction, sqlRows, TenantContext } from '@veraz/tenancy';
import type { FilingSummaryRow } from '../declaration.types';
import { FILING_SUMMARY } from '../repositories/filing-columns';
import type { WorkbenchSearch } from './workbench-search';

export interface WorkbenchRow extends FilingSummaryRow {
  area: string | null;
  reviewState: ReviewState;
  assigneeId: string | null;
  assigneeName: string | null;
  obligationState: MetObligationState | null;
  riskScore: number | null;
  riskFlagCount: number | null;
  riskVersion: number | null;
}

type Where = { sql: string; params: unknown[] };
type Paging = { limit: number; offset: number };

export type WorkbenchQuery = Omit<WorkbenchFilters, 'q'> & { search: WorkbenchSearch | null };

/** Same expression as the users_name_trgm index of migration ReviewWorkbench: keep them identical. */
const NAME_KEY = `translate(lower(nu.nombre || ' ' || nu.primer_apellido || ' ' || coalesce(nu.segundo_apellido, '')), 'áéíóúüñ', 'aeiouun')`;
/** Accounts first (users has no RLS, so its indexes serve any operator), then their filings by user_id. */
const OF_USERS = (where: string) => `f.user_id = ANY (ARRAY(SELECT nu.id FROM users nu WHERE ${where}))`;
/** Past every character a folio can hold: [prefix, prefix + MAX) is "starts with prefix" as a range. */
const MAX_CHAR = String.fromCodePoint(0x10ffff);

// The person's current área in the roster; a filer without a roster row has none.
const AREA = `(SELECT rp.area FROM roster_people rp WHERE rp.institution_id = f.institution_id AND rp.user_id = f.user_id LIMIT 1)`;
const OBLIGATION = `(SELECT o.state FROM obligations o WHERE o.institution_id = f.institution_id AND o.met_by_filing_id = f.id LIMIT 1)`;

const WORKBENCH_ROW = FILING_SUMMARY.extend<WorkbenchRow>({
  area: col.textOrNull(AREA),
  reviewState: col.value(`coalesce(r.state, 'SIN_REVISAR')`),
  assigneeId: col.textOrNull('r.assignee_id'),
  assigneeName: col.textOrNull(`CASE WHEN a.id IS NULL THEN NULL ELSE concat_ws(' ', a.nombre, a.primer_apellido, a.segundo_apellido) END`),
  obligationState: col.valueOrNull(OBLIGATION),
  riskScore: col.numberOrNull('s.score'),
  riskFlagCount: col.numberOrNull('s.flag_count'),
  riskVersion: col.numberOrNull('s.threshold_version'),
});

/** The score of `f` under threshold version `version` (one row per filing and version). */
const SCORE_OF = (version: string) => `s.filing_id = f.id AND s.institution_id = f.institution_id AND s.threshold_version = ${version}`;

/**
 * The reviewer's list of the institution's filings: filters and search on indexed keys, newest first.
 * The page and the total are two statements so the page reads only `limit` rows through the order index.
 */
@Injectable()
export class WorkbenchListRepository {
  constructor(
    private readonly tx: CurrentTransaction,
    private readonly tenant: TenantContext,
  ) {}

  /** A page of the list, with each filing's risk score under threshold `version`. */
  async list(query: WorkbenchQuery, page: { limit: number; offset: number }, version: number): Promise<{ rows: WorkbenchRow[]; total: number }> {
    const where = this.where(query);
    const ids = query.orden === 'riesgo' ? await this.riskiestIds(where, version, page) : await this.newestIds(where, page);
    const rows = ids.length
      ? await sqlRows(
          this.tx.manager(),
          `SELECT ${WORKBENCH_ROW.select}
             FROM unnest($1::uuid[]) WITH ORDINALITY p(id, n)
             JOIN filings f ON f.id = p.id AND f.institution_id = $2
             JOIN users u ON u.id = f.user_id
             JOIN declarations d ON d.id = f.declaration_id
             LEFT JOIN filing_reviews r ON r.filing_id = f.id
             LEFT JOIN users a ON a.id = r.assignee_id
             LEFT JOIN filing_risk_scores s ON ${SCORE_OF('$3')}
            ORDER BY p.n`,
          [ids, this.tenant.institutionId(), version],
        )
      : [];
    const counted = await sqlRows<{ total: string }>(this.tx.manager(), `SELECT count(*) AS total FROM filings f WHERE ${where.sql}`, where.params);
    return { rows: rows.map((r) => WORKBENCH_ROW.read(r)), total: Number(counted[0]?.total ?? 0) };
  }

  private async newestIds(where: Where, page: Paging): Promise<string[]> {
    const n = where.params.length;
    const rows = await sqlRows<{ id: string }>(
      this.tx.manager(),
      `SELECT f.id FROM filings f WHERE ${where.sql} ORDER BY f.filed_at DESC, f.id DESC LIMIT $${n + 1} OFFSET $${n + 2}`,
      [...where.params, page.limit, page.offset],
    );
    return rows.map((r) => r.id);
  }

  /**
   * Highest score first, unscored filings last, newest first among equals. Two walks instead of one
   * outer join + sort over every filing: the scored ones through the queue index (score order), and
   * only when that page runs out, the unscored ones through the filings' date order.
   */
  private async riskiestIds(where: Where, version: number, page: Paging): Promise<string[]> {
    const n = where.params.length;
    const scored = await sqlRows<{ id: string }>(
      this.tx.manager(),
      `SELECT f.id FROM filing_risk_scores s JOIN filings f ON f.id = s.filing_id AND f.institution_id = s.institution_id
        WHERE s.institution_id = $1 AND s.threshold_version = $${n + 1} AND ${where.sql}
        ORDER BY s.score DESC, f.filed_at DESC, f.id DESC LIMIT $${n + 2} OFFSET $${n + 3}`,
      [...where.params, version, page.limit, page.offset],
    );
    if (scored.length === page.limit) return scored.map((r) => r.id);
    // Past the scored ones: how many match says where the unscored part of the page starts.
    const scoredTotal = scored.length
      ? page.offset + scored.length
      : Number(
          (
            await sqlRows<{ total: string }>(
              this.tx.manager(),
              `SELECT count(*) AS total FROM filing_risk_scores s JOIN filings f ON f.id = s.filing_id AND f.institution_id = s.institution_id
                WHERE s.institution_id = $1 AND s.threshold_version = $${n + 1} AND ${where.sql}`,
              [...where.params, version],
            )
          )[0]?.total ?? 0,
        );
    const unscored = await sqlRows<{ id: string }>(
      this.tx.manager(),
      `SELECT f.id FROM filings f
        WHERE ${where.sql} AND NOT EXISTS (SELECT 1 FROM filing_risk_scores s WHERE ${SCORE_OF(`$${n + 1}`)})
        ORDER BY f.filed_at DESC, f.id DESC LIMIT $${n + 2} OFFSET $${n + 3}`,
      [...where.params, version, page.limit - scored.length, Math.max(0, page.offset - scoredTotal)],
    );
    return [...scored, ...unscored].map((r) => r.id);
  }

  /** The filer's filing before this one, another declaration's latest version: what a MODIFICACIÓN changes. */
  async previousOf(filingId: string): Promise<string | null> {
    const rows = await sqlRows<{ id: string }>(
      this.tx.manager(),
      `SELECT p.id FROM filings f
         JOIN filings p ON p.institution_id = f.institution_id AND p.user_id = f.user_id AND p.is_latest AND p.s1_id <> f.s1_id AND p.filed_at < f.filed_at
        WHERE f.id = $1 AND f.institution_id = $2
        ORDER BY p.filed_at DESC, p.id DESC LIMIT 1`,
      [filingId, this.tenant.institutionId()],
    );
    return rows[0]?.id ?? null;
  }

  /** Every condition is on `filings f` or an indexed lookup by its keys, so count and page share it. */
  private where(query: WorkbenchQuery): Where {
    const params: unknown[] = [this.tenant.institutionId()];
    const p = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const and = ['f.institution_id = $1'];
    if (query.tipo) and.push(`f.tipo = ${p(query.tipo)}`);
    if (query.anio) and.push(`f.folio_year = ${p(query.anio)}`);
    if (query.anioReportado) {
      and.push(`EXISTS (SELECT 1 FROM declarations d2 WHERE d2.id = f.declaration_id AND d2.anio_reportado = ${p(query.anioReportado)})`);
    }
    if (query.formato) and.push(`f.declaracion_completa = ${p(query.formato === 'completa')}`);
    if (query.area) {
      and.push(`EXISTS (SELECT 1 FROM roster_people rp WHERE rp.institution_id = f.institution_id AND rp.user_id = f.user_id AND rp.area = ${p(query.area)})`);
    }
    if (query.estadoObligacion) {
      and.push(`EXISTS (SELECT 1 FROM obligations o WHERE o.institution_id = f.institution_id AND o.met_by_filing_id = f.id AND o.state = ${p(query.estadoObligacion)})`);
    }
    if (query.estadoRevision === 'SIN_REVISAR') {
      and.push(`NOT EXISTS (SELECT 1 FROM filing_reviews r2 WHERE r2.filing_id = f.id AND r2.state <> 'SIN_REVISAR')`);
    } else if (query.estadoRevision) {
      and.push(`EXISTS (SELECT 1 FROM filing_reviews r2 WHERE r2.filing_id = f.id AND r2.state = ${p(query.estadoRevision)})`);
    }
    if (query.asignadoA) and.push(`EXISTS (SELECT 1 FROM filing_reviews r3 WHERE r3.filing_id = f.id AND r3.assignee_id = ${p(query.asignadoA)})`);
    // Only leakproof operators (=, and the pattern ranges ~>=~ ~<~) may use an index under RLS: no LIKE or upper() on filings.
    const s = query.search;
    if (s?.kind === 'curp') and.push(OF_USERS(`nu.curp = ${p(s.curp)}`));
    if (s?.kind === 'rfc') and.push(OF_USERS(`nu.rfc = ${p(s.rfc)}${s.homoclave ? ` AND nu.homoclave = ${p(s.homoclave)}` : ''}`));
    if (s?.kind === 'text') {
      const folio = `(f.folio ~>=~ ${p(s.folio)} AND f.folio ~<~ ${p(s.folio + MAX_CHAR)})`;
      const words = s.words.map((w) => `${NAME_KEY} LIKE ${p(`%${escapeLike(w)}%`)}`);
      and.push(words.length ? `(${folio} OR ${OF_USERS(words.join(' AND '))})` : folio);
    }
    return { sql: and.join(' AND '), params };
  }
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
