import type { ObligationKind, ObligationState } from '@veraz/contracts';

/** Anything that runs SQL with parameters: the owner's pg Client in tests. */
export interface SqlRunner {
  query(sql: string, params?: unknown[]): Promise<{ rows: Array<Record<string, unknown>> }>;
}

export interface RosterPersonFixture {
  institutionId: string;
  curp: string;
  nombres: string;
  primerApellido: string;
  segundoApellido?: string | null;
  email?: string | null;
  area?: string | null;
  puesto?: string | null;
  fechaAlta?: string;
  userId?: string | null;
}

/**
 * Roster rows written directly with the owner connection, for tests of what reads the roster
 * (dashboard, exports, requerimientos) without going through the import.
 */
export async function insertRosterPerson(db: SqlRunner, p: RosterPersonFixture): Promise<string> {
  const { rows } = await db.query(
    `INSERT INTO roster_people (institution_id, curp, nombres, primer_apellido, segundo_apellido, area, puesto, fecha_alta, user_id, email)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
    [p.institutionId, p.curp, p.nombres, p.primerApellido, p.segundoApellido ?? null, p.area ?? null, p.puesto ?? null, p.fechaAlta ?? '2020-01-01', p.userId ?? null, p.email ?? null],
  );
  return rows[0]!.id as string;
}

export interface ObligationFixture {
  institutionId: string;
  personId: string;
  kind: ObligationKind;
  periodKey: string;
  dueDate: string;
  state: ObligationState;
  metOn?: string | null;
  /** Defaults to 60 days before the due date's window: only the dates above matter to readers. */
  triggerDate?: string;
  windowStart?: string;
}

export async function insertObligation(db: SqlRunner, o: ObligationFixture): Promise<string> {
  const { rows } = await db.query(
    `INSERT INTO obligations (institution_id, person_id, kind, period_key, trigger_date, window_start, due_date, state, met_on, basis)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'Fixture de prueba') RETURNING id`,
    [o.institutionId, o.personId, o.kind, o.periodKey, o.triggerDate ?? o.dueDate, o.windowStart ?? o.dueDate, o.dueDate, o.state, o.metOn ?? null],
  );
  return rows[0]!.id as string;
}

export interface RequerimientoFixture {
  institutionId: string;
  obligationId: string;
  personId: string;
  folio: string;
  issuedAt?: string;
  notifiedAt?: string | null;
  notifiedTo?: string | null;
  deadline?: string | null;
}

export async function insertRequerimiento(db: SqlRunner, r: RequerimientoFixture): Promise<string> {
  const { rows } = await db.query(
    `INSERT INTO requerimientos (institution_id, obligation_id, person_id, folio, issued_at, notified_at, notified_to, deadline)
     VALUES ($1, $2, $3, $4, coalesce($5::timestamptz, now()), $6, $7, $8) RETURNING id`,
    [r.institutionId, r.obligationId, r.personId, r.folio, r.issuedAt ?? null, r.notifiedAt ?? null, r.notifiedTo ?? null, r.deadline ?? null],
  );
  return rows[0]!.id as string;
}
