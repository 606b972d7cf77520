import { Injectable } from '@nestjs/common';
import type { ObligationKind, ObligationState } from '@veraz/contracts';
import { CurrentTransaction, TenantContext } from '@veraz/tenancy';
import { EFFECTIVE_STATE } from '../dashboard/dashboard.repository';

export interface ObligationExportRow {
  nombres: string;
  primerApellido: string;
  segundoApellido: string | null;
  curp: string;
  area: string | null;
  puesto: string | null;
  kind: ObligationKind;
  periodKey: string;
  dueDate: string;
  metOn: string | null;
  daysLate: number;
  state: ObligationState;
  reqFolio: string | null;
  reqIssuedOn: string | null;
  reqNotifiedAt: string | null;
  reqNotifiedTo: string | null;
  reqDeadline: string | null;
}

const PERSON_AND_OBLIGATION = `p.nombres, p.primer_apellido AS "primerApellido", p.segundo_apellido AS "segundoApellido", p.curp,
       p.area, p.puesto, o.kind, o.period_key AS "periodKey", o.due_date::text AS "dueDate", o.met_on::text AS "metOn",
       (coalesce(o.met_on, $2::date) - o.due_date) AS "daysLate", ${EFFECTIVE_STATE} AS state`;
const REQUERIMIENTO = `r.folio AS "reqFolio", to_char(r.issued_at AT TIME ZONE 'America/Mexico_City', 'YYYY-MM-DD') AS "reqIssuedOn",
       to_char(r.notified_at AT TIME ZONE 'America/Mexico_City', 'YYYY-MM-DD HH24:MI') AS "reqNotifiedAt",
       r.notified_to AS "reqNotifiedTo", r.deadline::text AS "reqDeadline"`;
const BATCH = 5000;

/** Read-only rows for the OIC's exports, in the current institution; dates are Mexico City dates. */
@Injectable()
export class ObligationExportsRepository {
  constructor(
    private readonly tx: CurrentTransaction,
    private readonly tenant: TenantContext,
  ) {}

  /** Obligations in one state as of `today`, with their latest requerimiento, by due date then name. */
  byState(state: 'OMISA' | 'PRESENTADA_EXTEMPORANEA', today: string): AsyncGenerator<ObligationExportRow[]> {
    return this.batches(
      `SELECT ${PERSON_AND_OBLIGATION}, ${REQUERIMIENTO}
         FROM obligations o
         JOIN roster_people p ON p.id = o.person_id AND p.institution_id = o.institution_id
         LEFT JOIN LATERAL (SELECT * FROM requerimientos r WHERE r.institution_id = o.institution_id AND r.obligation_id = o.id
                             ORDER BY r.issued_at DESC LIMIT 1) r ON true
        WHERE o.institution_id = $1 AND ${EFFECTIVE_STATE} = $3
        ORDER BY o.due_date, p.primer_apellido, p.segundo_apellido NULLS FIRST, p.nombres, o.id`,
      [today, state],
    );
  }

  /** Every requerimiento issued, oldest first, with the obligation it requires. */
  requerimientos(today: string): AsyncGenerator<ObligationExportRow[]> {
    return this.batches(
      `SELECT ${PERSON_AND_OBLIGATION}, ${REQUERIMIENTO}
         FROM requerimientos r
         JOIN obligations o ON o.id = r.obligation_id AND o.institution_id = r.institution_id
         JOIN roster_people p ON p.id = r.person_id AND p.institution_id = r.institution_id
        WHERE r.institution_id = $1
        ORDER BY r.issued_at, r.folio`,
      [today],
    );
  }

  // A server-side cursor pages through large results inside the request's transaction.
  private async *batches(sql: string, params: unknown[]): AsyncGenerator<ObligationExportRow[]> {
    const manager = this.tx.manager();
    const cursor = `export_${Math.random().toString(36).slice(2, 10)}`;
    await manager.query(`DECLARE ${cursor} NO SCROLL CURSOR FOR ${sql}`, [this.tenant.institutionId(), ...params]);
    try {
      for (;;) {
        const rows: ObligationExportRow[] = await manager.query(`FETCH ${BATCH} FROM ${cursor}`);
        if (rows.length) yield rows.map((r) => ({ ...r, daysLate: Number(r.daysLate) }));
        if (rows.length < BATCH) return;
      }
    } finally {
      await manager.query(`CLOSE ${cursor}`);
    }
  }
}
