import type { Client } from 'pg';

/**
 * Roster people and obligations written straight into the tables (owner connection), for tests of
 * what reads them (requerimientos, reminders) without running the import or the engine.
 */
export interface RosterPersonFixture {
  institutionId: string;
  curp: string;
  nombres: string;
  primerApellido: string;
  segundoApellido?: string | null;
  email?: string | null;
  area?: string | null;
  userId?: string | null;
  fechaAlta?: string;
}

export async function insertRosterPerson(owner: Client, p: RosterPersonFixture): Promise<string> {
  const { rows } = await owner.query<{ id: string }>(
    `INSERT INTO roster_people (institution_id, curp, nombres, primer_apellido, segundo_apellido, email, area, user_id, fecha_alta)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
    [p.institutionId, p.curp, p.nombres, p.primerApellido, p.segundoApellido ?? null, p.email ?? null, p.area ?? null, p.userId ?? null, p.fechaAlta ?? '2020-01-15'],
  );
  return rows[0].id;
}

export interface ObligationFixture {
  institutionId: string;
  personId: string;
  kind: 'INICIAL' | 'MODIFICACIÓN' | 'CONCLUSIÓN' | 'AVISO_CAMBIO_ENTE' | 'CONSTANCIA_FISCAL';
  periodKey: string;
  windowStart: string;
  dueDate: string;
  state: 'PENDIENTE' | 'PRESENTADA_EN_TIEMPO' | 'PRESENTADA_EXTEMPORANEA' | 'OMISA';
}

export async function insertObligation(owner: Client, o: ObligationFixture): Promise<string> {
  const { rows } = await owner.query<{ id: string }>(
    `INSERT INTO obligations (institution_id, person_id, kind, period_key, trigger_date, window_start, due_date, state, basis)
     VALUES ($1, $2, $3, $4, $5, $5, $6, $7, 'Dato de prueba') RETURNING id`,
    [o.institutionId, o.personId, o.kind, o.periodKey, o.windowStart, o.dueDate, o.state],
  );
  return rows[0].id;
}
