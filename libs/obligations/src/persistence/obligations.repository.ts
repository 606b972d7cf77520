import { Injectable } from '@nestjs/common';
import type { ObligationKind, ObligationState, RosterMovement } from '@veraz/contracts';
import { CurrentTransaction, TenantContext } from '@veraz/tenancy';
import type { AvisoFact, ConstanciaFact, DerivedObligation, FilingFact, OtherEnteMovement } from '../engine';

export interface RosterPersonFacts {
  personId: string;
  curp: string;
  userId: string | null;
  movements: { kind: RosterMovement; date: string }[];
}

export interface StoredObligation {
  id: string;
  kind: ObligationKind;
  periodKey: string;
  triggerDate: string;
  windowStart: string;
  dueDate: string;
  state: ObligationState;
  metOn: string | null;
  basis: string;
}

/** Mexico City calendar date of a timestamp column, as text. */
const MX_DATE = (column: string) => `to_char((${column} AT TIME ZONE 'America/Mexico_City')::date, 'YYYY-MM-DD')`;

/** Reads what the engine needs and writes its result, a batch of people at a time (tenant context). */
@Injectable()
export class ObligationsRepository {
  constructor(
    private readonly tx: CurrentTransaction,
    private readonly tenant: TenantContext,
  ) {}

  private query<T>(sql: string, params: unknown[]): Promise<T[]> {
    return this.tx.manager().query(sql, params);
  }

  async allPersonIds(): Promise<string[]> {
    const rows = await this.query<{ id: string }>(`SELECT id FROM roster_people WHERE institution_id = $1 ORDER BY id`, [this.tenant.institutionId()]);
    return rows.map((r) => r.id);
  }

  async personIdsOfUsers(userIds: string[]): Promise<string[]> {
    const rows = await this.query<{ id: string }>(`SELECT id FROM roster_people WHERE institution_id = $1 AND user_id = ANY($2::uuid[])`, [this.tenant.institutionId(), userIds]);
    return rows.map((r) => r.id);
  }

  async personOfUser(userId: string): Promise<string | null> {
    const rows = await this.query<{ id: string }>(`SELECT id FROM roster_people WHERE institution_id = $1 AND user_id = $2`, [this.tenant.institutionId(), userId]);
    return rows[0]?.id ?? null;
  }

  async requiresTaxConstancia(): Promise<boolean> {
    const rows = await this.query<{ r: boolean }>(`SELECT requires_tax_constancia AS r FROM institutions WHERE id = $1`, [this.tenant.institutionId()]);
    return rows[0]?.r ?? false;
  }

  /** The people and their current (not superseded) movements, same-day movements in recording order. */
  async people(personIds: string[]): Promise<RosterPersonFacts[]> {
    const people = await this.query<{ id: string; curp: string; user_id: string | null }>(
      `SELECT id, curp, user_id FROM roster_people WHERE institution_id = $1 AND id = ANY($2::uuid[])`,
      [this.tenant.institutionId(), personIds],
    );
    const events = await this.query<{ person_id: string; kind: RosterMovement; date: string }>(
      `SELECT person_id, kind, to_char(effective_date, 'YYYY-MM-DD') AS date FROM roster_events
        WHERE institution_id = $1 AND person_id = ANY($2::uuid[]) AND superseded_by IS NULL
        ORDER BY person_id, effective_date, recorded_at, id`,
      [this.tenant.institutionId(), personIds],
    );
    const byPerson = groupBy(events, (e) => e.person_id);
    return people.map((p) => ({ personId: p.id, curp: p.curp, userId: p.user_id, movements: (byPerson.get(p.id) ?? []).map((e) => ({ kind: e.kind, date: e.date })) }));
  }

  /** Dates only, from other institutions of the same orden (migration 1764742000000). */
  async movementsElsewhere(curps: string[]): Promise<Map<string, OtherEnteMovement[]>> {
    if (!curps.length) return new Map();
    const rows = await this.query<{ curp: string; kind: OtherEnteMovement['kind']; date: string }>(
      `SELECT curp, kind, to_char(effective_date, 'YYYY-MM-DD') AS date FROM roster_movements_elsewhere($1::text[])`,
      [curps],
    );
    return new Map([...groupBy(rows, (r) => r.curp)].map(([curp, list]) => [curp, list.map((r) => ({ kind: r.kind, date: r.date }))]));
  }

  /**
   * One row per filed declaration (s1_id): the latest version's id, but the first version's date, so
   * a nota aclaratoria neither meets a second obligation nor turns an on-time filing into a late one.
   */
  async filings(userIds: string[]): Promise<Map<string, FilingFact[]>> {
    const rows = await this.query<{ id: string; user_id: string; tipo: FilingFact['tipo']; filed_on: string; anio: number | null; aci: boolean }>(
      `SELECT f.id, f.user_id, f.tipo, d.anio_reportado AS anio, f.actualizacion_conflicto_interes AS aci,
              ${MX_DATE(`(SELECT min(o.filed_at) FROM filings o WHERE o.institution_id = f.institution_id AND o.s1_id = f.s1_id)`)} AS filed_on
         FROM filings f JOIN declarations d ON d.id = f.declaration_id AND d.institution_id = f.institution_id
        WHERE f.institution_id = $1 AND f.is_latest AND f.user_id = ANY($2::uuid[])`,
      [this.tenant.institutionId(), userIds],
    );
    return mapGroups(rows, (r) => r.user_id, (r) => ({ id: r.id, tipo: r.tipo, filedOn: r.filed_on, anioReportado: r.anio, actualizacionConflictoInteres: r.aci }));
  }

  async avisos(userIds: string[]): Promise<Map<string, AvisoFact[]>> {
    const rows = await this.query<{ id: string; user_id: string; on: string }>(
      `SELECT id, user_id, ${MX_DATE('filed_at')} AS on FROM avisos_cambio_ente WHERE institution_id = $1 AND user_id = ANY($2::uuid[])`,
      [this.tenant.institutionId(), userIds],
    );
    return mapGroups(rows, (r) => r.user_id, (r) => ({ id: r.id, filedOn: r.on }));
  }

  async constancias(userIds: string[]): Promise<Map<string, ConstanciaFact[]>> {
    const rows = await this.query<{ id: string; user_id: string; year: number; on: string }>(
      `SELECT id, user_id, fiscal_year AS year, ${MX_DATE('uploaded_at')} AS on FROM tax_constancias WHERE institution_id = $1 AND user_id = ANY($2::uuid[])`,
      [this.tenant.institutionId(), userIds],
    );
    return mapGroups(rows, (r) => r.user_id, (r) => ({ id: r.id, fiscalYear: r.year, uploadedOn: r.on }));
  }

  /**
   * Writes the batch's obligations in three statements: upsert what applies (rows that did not change
   * are left alone), then delete what no longer applies. An obligation that already has a requerimiento
   * is kept: the letter was issued against it.
   */
  async replace(personIds: string[], rows: { personId: string; obligation: DerivedObligation; isFiling: boolean }[]): Promise<{ written: number; deleted: number }> {
    const institutionId = this.tenant.institutionId();
    const col = <T>(pick: (r: (typeof rows)[number]) => T) => rows.map(pick);
    // Counted through a CTE: TypeORM answers a bare DELETE with [rows, count].
    const written = rows.length
      ? await this.query<{ n: number }>(
          `WITH w AS (INSERT INTO obligations (institution_id, person_id, kind, period_key, trigger_date, window_start, due_date, state, met_by_filing_id, met_by_record_id, met_on, basis)
           SELECT $1, * FROM unnest($2::uuid[], $3::text[], $4::text[], $5::date[], $6::date[], $7::date[], $8::text[], $9::uuid[], $10::uuid[], $11::date[], $12::text[])
           ON CONFLICT (institution_id, person_id, kind, period_key) DO UPDATE SET
             trigger_date = excluded.trigger_date, window_start = excluded.window_start, due_date = excluded.due_date, state = excluded.state,
             met_by_filing_id = excluded.met_by_filing_id, met_by_record_id = excluded.met_by_record_id, met_on = excluded.met_on,
             basis = excluded.basis, computed_at = now()
           WHERE (obligations.trigger_date, obligations.window_start, obligations.due_date, obligations.state, obligations.met_by_filing_id,
                  obligations.met_by_record_id, obligations.met_on, obligations.basis)
             IS DISTINCT FROM (excluded.trigger_date, excluded.window_start, excluded.due_date, excluded.state, excluded.met_by_filing_id,
                  excluded.met_by_record_id, excluded.met_on, excluded.basis)
           RETURNING 1) SELECT count(*)::int AS n FROM w`,
          [
            institutionId,
            col((r) => r.personId),
            col((r) => r.obligation.kind),
            col((r) => r.obligation.periodKey),
            col((r) => r.obligation.triggerDate),
            col((r) => r.obligation.windowStart),
            col((r) => r.obligation.dueDate),
            col((r) => r.obligation.state),
            col((r) => (r.isFiling ? r.obligation.metBy : null)),
            col((r) => (r.isFiling ? null : r.obligation.metBy)),
            col((r) => r.obligation.metOn),
            col((r) => r.obligation.basis),
          ],
        )
      : [{ n: 0 }];
    const deleted = await this.query<{ n: number }>(
      // Joined to the batch's ids so each person is an index lookup, whatever the table's statistics say.
      `WITH d AS (DELETE FROM obligations o USING unnest($2::uuid[]) AS batch(person_id)
        WHERE o.institution_id = $1 AND o.person_id = batch.person_id
          -- NOT IN over a small set is a hashed subplan (a correlated NOT EXISTS over unnest was a nested loop).
          AND (o.person_id, o.kind, o.period_key) NOT IN (SELECT * FROM unnest($3::uuid[], $4::text[], $5::text[]))
          AND NOT EXISTS (SELECT 1 FROM requerimientos r WHERE r.institution_id = o.institution_id AND r.obligation_id = o.id)
        RETURNING 1) SELECT count(*)::int AS n FROM d`,
      [institutionId, personIds, col((r) => r.personId), col((r) => r.obligation.kind), col((r) => r.obligation.periodKey)],
    );
    return { written: written[0].n, deleted: deleted[0].n };
  }

  /** One person's obligations, pending and missed first, then by due date. */
  async ofPerson(personId: string): Promise<StoredObligation[]> {
    const rows = await this.query<Record<string, string | null>>(
      `SELECT id, kind, period_key, to_char(trigger_date, 'YYYY-MM-DD') AS trigger_date, to_char(window_start, 'YYYY-MM-DD') AS window_start,
              to_char(due_date, 'YYYY-MM-DD') AS due_date, state, to_char(met_on, 'YYYY-MM-DD') AS met_on, basis
         FROM obligations WHERE institution_id = $1 AND person_id = $2
        ORDER BY CASE state WHEN 'OMISA' THEN 0 WHEN 'PENDIENTE' THEN 1 ELSE 2 END, due_date, kind`,
      [this.tenant.institutionId(), personId],
    );
    return rows.map((r) => ({
      id: r.id!,
      kind: r.kind as ObligationKind,
      periodKey: r.period_key!,
      triggerDate: r.trigger_date!,
      windowStart: r.window_start!,
      dueDate: r.due_date!,
      state: r.state as ObligationState,
      metOn: r.met_on,
      basis: r.basis!,
    }));
  }
}

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = out.get(k);
    if (list) list.push(row);
    else out.set(k, [row]);
  }
  return out;
}

function mapGroups<T, U>(rows: T[], key: (row: T) => string, map: (row: T) => U): Map<string, U[]> {
  return new Map([...groupBy(rows, key)].map(([k, list]) => [k, list.map(map)]));
}
