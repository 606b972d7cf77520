import { Injectable } from '@nestjs/common';
import type { NotificationMethod, ObligationKind } from '@veraz/contracts';
import { col, CurrentTransaction, defineColumns, sqlRows, TenantContext } from '@veraz/tenancy';

/** An omitted obligation with the person it belongs to and its requerimiento, if any. */
export interface OmisoRow {
  obligationId: string;
  personId: string;
  nombres: string;
  primerApellido: string;
  segundoApellido: string | null;
  area: string | null;
  email: string | null;
  kind: ObligationKind;
  periodKey: string;
  dueDate: string;
  requerimientoId: string | null;
}

export interface RequerimientoRow {
  id: string;
  folio: string;
  obligationId: string;
  personId: string;
  nombres: string;
  primerApellido: string;
  segundoApellido: string | null;
  /** The roster e-mail, or the account's when the roster has none. */
  email: string | null;
  kind: ObligationKind;
  periodKey: string;
  dueDate: string;
  obligationState: string;
  issuedAt: Date;
  storageKey: string | null;
  sha256: string | null;
  notifiedAt: Date | null;
  notifiedBy: NotificationMethod | null;
  notifiedTo: string | null;
  deadline: string | null;
}

const PERSON = {
  personId: col.text('p.id'),
  nombres: col.text('p.nombres'),
  primerApellido: col.text('p.primer_apellido'),
  segundoApellido: col.textOrNull('p.segundo_apellido'),
  email: col.textOrNull(`coalesce(p.email, (SELECT u.email FROM users u WHERE u.id = p.user_id))`),
  kind: col.value<ObligationKind>('o.kind'),
  periodKey: col.text('o.period_key'),
  dueDate: col.text(`to_char(o.due_date, 'YYYY-MM-DD')`),
};

const OMISO = defineColumns<OmisoRow>({
  ...PERSON,
  obligationId: col.text('o.id'),
  area: col.textOrNull('p.area'),
  requerimientoId: col.textOrNull('r.id'),
});

const REQUERIMIENTO = defineColumns<RequerimientoRow>({
  ...PERSON,
  id: col.text('r.id'),
  folio: col.text('r.folio'),
  obligationId: col.text('r.obligation_id'),
  obligationState: col.text('o.state'),
  issuedAt: col.value('r.issued_at'),
  storageKey: col.textOrNull('r.storage_key'),
  sha256: col.valueOrNull<string>('r.sha256'),
  notifiedAt: col.valueOrNull<Date>('r.notified_at'),
  notifiedBy: col.valueOrNull<NotificationMethod>('r.notified_by'),
  notifiedTo: col.textOrNull('r.notified_to'),
  deadline: col.valueOrNull<string>(`to_char(r.deadline, 'YYYY-MM-DD')`),
});

const FROM_REQUERIMIENTOS = `FROM requerimientos r
  JOIN obligations o ON o.id = r.obligation_id AND o.institution_id = r.institution_id
  JOIN roster_people p ON p.id = r.person_id AND p.institution_id = r.institution_id`;

/** Requerimientos and the omitted obligations they answer, in the current institution (tenant context). */
@Injectable()
export class RequerimientosRepository {
  constructor(
    private readonly tx: CurrentTransaction,
    private readonly tenant: TenantContext,
  ) {}

  /**
   * Omitted obligations as of `today`, oldest due date first; only `ids` when given. A PENDIENTE one
   * whose due date has passed is omitted even before the scheduled recompute marks it (as the
   * dashboard and the exports count it).
   */
  async omisos(today: string, ids?: string[]): Promise<OmisoRow[]> {
    const rows = await sqlRows(
      this.tx.manager(),
      `SELECT ${OMISO.select} FROM obligations o
         JOIN roster_people p ON p.id = o.person_id AND p.institution_id = o.institution_id
         LEFT JOIN requerimientos r ON r.obligation_id = o.id AND r.institution_id = o.institution_id
        WHERE o.institution_id = $1 AND (o.state = 'OMISA' OR (o.state = 'PENDIENTE' AND o.due_date < $3::date))
          AND ($2::uuid[] IS NULL OR o.id = ANY($2::uuid[]))
        ORDER BY o.due_date, p.primer_apellido, p.nombres, o.id`,
      [this.tenant.institutionId(), ids ?? null, today],
    );
    return rows.map((r) => OMISO.read(r));
  }

  /** Locks the institution's series for `year` until commit (creating it at 0). */
  async lockSeries(year: number): Promise<void> {
    await sqlRows(
      this.tx.manager(),
      `INSERT INTO requerimiento_counters (institution_id, year, last_seq) VALUES ($1, $2, 0)
       ON CONFLICT (institution_id, year) DO UPDATE SET last_seq = requerimiento_counters.last_seq`,
      [this.tenant.institutionId(), year],
    );
  }

  /**
   * The next number of the institution's requerimiento series for `year`; the row lock keeps two
   * batches from taking the same number, and a rolled-back batch gives its numbers back.
   */
  async nextSeq(year: number): Promise<number> {
    const rows = await sqlRows<{ last_seq: number }>(
      this.tx.manager(),
      `INSERT INTO requerimiento_counters (institution_id, year, last_seq) VALUES ($1, $2, 1)
       ON CONFLICT (institution_id, year) DO UPDATE SET last_seq = requerimiento_counters.last_seq + 1
       RETURNING last_seq`,
      [this.tenant.institutionId(), year],
    );
    return Number(rows[0].last_seq);
  }

  /** Null when the obligation already has its requerimiento (another batch won). */
  async insert(r: { obligationId: string; personId: string; folio: string; issuedAt: Date; issuedBy: string | null; storageKey: string; sha256: string; size: number }): Promise<string | null> {
    const rows = await sqlRows<{ id: string }>(
      this.tx.manager(),
      `INSERT INTO requerimientos (institution_id, obligation_id, person_id, folio, issued_at, issued_by, storage_key, sha256, size)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (institution_id, obligation_id) DO NOTHING RETURNING id`,
      [this.tenant.institutionId(), r.obligationId, r.personId, r.folio, r.issuedAt, r.issuedBy, r.storageKey, r.sha256, r.size],
    );
    return rows[0]?.id ?? null;
  }

  async list(): Promise<RequerimientoRow[]> {
    const rows = await sqlRows(
      this.tx.manager(),
      `SELECT ${REQUERIMIENTO.select} ${FROM_REQUERIMIENTOS} WHERE r.institution_id = $1 ORDER BY r.issued_at DESC, r.folio DESC`,
      [this.tenant.institutionId()],
    );
    return rows.map((r) => REQUERIMIENTO.read(r));
  }

  async findById(id: string): Promise<RequerimientoRow | null> {
    const rows = await sqlRows(this.tx.manager(), `SELECT ${REQUERIMIENTO.select} ${FROM_REQUERIMIENTOS} WHERE r.institution_id = $1 AND r.id = $2`, [
      this.tenant.institutionId(),
      id,
    ]);
    return REQUERIMIENTO.readFirst(rows);
  }

  /**
   * Records the notification and its deadline. An e-mail only counts when nothing was recorded
   * before (a retried mail job must not move the deadline); an in-person entry always replaces it.
   */
  async markNotified(id: string, n: { at: Date; by: NotificationMethod; to: string; deadline: string }): Promise<boolean> {
    const rows = await sqlRows<{ id: string }>(
      this.tx.manager(),
      `UPDATE requerimientos SET notified_at = $3, notified_by = $4, notified_to = $5, deadline = $6
        WHERE institution_id = $1 AND id = $2 AND ($4 = 'EN_PERSONA' OR notified_at IS NULL) RETURNING id`,
      [this.tenant.institutionId(), id, n.at, n.by, n.to, n.deadline],
    );
    return rows.length > 0;
  }
}
