import { Injectable } from '@nestjs/common';
import type { ObligationKind } from '@veraz/contracts';
import { col, CurrentTransaction, defineColumns, sqlRows, TenantContext } from '@veraz/tenancy';

/** A pending obligation due soon, with where to write and which offsets were already sent. */
export interface ReminderCandidate {
  obligationId: string;
  dueDate: string;
  daysLeft: number;
  email: string | null;
  sentOffsets: number[];
}

/** What a reminder e-mail says. */
export interface ReminderMail {
  nombres: string;
  primerApellido: string;
  segundoApellido: string | null;
  kind: ObligationKind;
  periodKey: string;
  windowStart: string;
  dueDate: string;
  sentTo: string;
}

const CANDIDATE = defineColumns<ReminderCandidate>({
  obligationId: col.text('o.id'),
  dueDate: col.text(`to_char(o.due_date, 'YYYY-MM-DD')`),
  daysLeft: col.number('(o.due_date - $2::date)'),
  email: col.textOrNull(`coalesce(p.email, (SELECT u.email FROM users u WHERE u.id = p.user_id))`),
  sentOffsets: col.value<number[]>(
    `coalesce((SELECT array_agg(s.offset_days) FROM reminder_sends s WHERE s.institution_id = o.institution_id AND s.obligation_id = o.id), '{}')`,
  ),
});

const MAIL = defineColumns<ReminderMail>({
  nombres: col.text('p.nombres'),
  primerApellido: col.text('p.primer_apellido'),
  segundoApellido: col.textOrNull('p.segundo_apellido'),
  kind: col.value<ObligationKind>('o.kind'),
  periodKey: col.text('o.period_key'),
  windowStart: col.text(`to_char(o.window_start, 'YYYY-MM-DD')`),
  dueDate: col.text(`to_char(o.due_date, 'YYYY-MM-DD')`),
  sentTo: col.text('s.sent_to'),
});

/** Reminder bookkeeping in the current institution (tenant context). */
@Injectable()
export class RemindersRepository {
  constructor(
    private readonly tx: CurrentTransaction,
    private readonly tenant: TenantContext,
  ) {}

  /** The institution's offsets (days before the due date). */
  async offsets(): Promise<number[]> {
    const rows = await sqlRows<{ reminder_offsets: number[] }>(this.tx.manager(), `SELECT reminder_offsets FROM institutions WHERE id = $1`, [this.tenant.institutionId()]);
    return (rows[0]?.reminder_offsets ?? []).map(Number);
  }

  /** PENDIENTE obligations due between `today` and `today + horizon` days. */
  async candidates(today: string, horizon: number): Promise<ReminderCandidate[]> {
    const rows = await sqlRows(
      this.tx.manager(),
      `SELECT ${CANDIDATE.select} FROM obligations o
         JOIN roster_people p ON p.id = o.person_id AND p.institution_id = o.institution_id
        WHERE o.institution_id = $1 AND o.state = 'PENDIENTE' AND o.due_date >= $2::date AND o.due_date <= $2::date + $3::int
        ORDER BY o.due_date, o.id`,
      [this.tenant.institutionId(), today, horizon],
    );
    return rows.map((r) => CANDIDATE.read(r));
  }

  /** True for the one caller that records this obligation and offset; every other run gets false. */
  async claim(obligationId: string, offsetDays: number, sentTo: string): Promise<boolean> {
    const rows = await sqlRows(
      this.tx.manager(),
      `INSERT INTO reminder_sends (institution_id, obligation_id, offset_days, sent_to) VALUES ($1, $2, $3, $4)
       ON CONFLICT DO NOTHING RETURNING obligation_id`,
      [this.tenant.institutionId(), obligationId, offsetDays, sentTo],
    );
    return rows.length === 1;
  }

  async mail(obligationId: string, offsetDays: number): Promise<ReminderMail | null> {
    const rows = await sqlRows(
      this.tx.manager(),
      `SELECT ${MAIL.select} FROM reminder_sends s
         JOIN obligations o ON o.id = s.obligation_id AND o.institution_id = s.institution_id
         JOIN roster_people p ON p.id = o.person_id AND p.institution_id = o.institution_id
        WHERE s.institution_id = $1 AND s.obligation_id = $2 AND s.offset_days = $3`,
      [this.tenant.institutionId(), obligationId, offsetDays],
    );
    return MAIL.readFirst(rows);
  }
}
