import { Injectable } from '@nestjs/common';
import type { EmploymentLevel, RosterEventView, RosterMovement, RosterStatus } from '@veraz/contracts';
import { col, CurrentTransaction, defineColumns, sqlRows, TenantContext } from '@veraz/tenancy';
import type { CurrentPerson, PersonState } from '../imports/roster-plan';

export interface PersonRow extends PersonState {
  id: string;
  curp: string;
  userId: string | null;
  updatedAt: Date;
}

export type EventRow = RosterEventView;

export interface NewEvent {
  id: string;
  personId: string;
  kind: RosterMovement;
  date: string;
  puesto: string | null;
  area: string | null;
  nivel: EmploymentLevel | null;
  supersedes: string | null;
}

const PERSON = defineColumns<PersonRow>({
  id: col.text('p.id'),
  curp: col.char('p.curp'),
  nombres: col.text('p.nombres'),
  primerApellido: col.text('p.primer_apellido'),
  segundoApellido: col.textOrNull('p.segundo_apellido'),
  email: col.textOrNull('p.email'),
  puesto: col.textOrNull('p.puesto'),
  area: col.textOrNull('p.area'),
  nivel: col.valueOrNull('p.employment_level'),
  fechaAlta: col.text('p.fecha_alta::text'),
  fechaBaja: col.textOrNull('p.fecha_baja::text'),
  status: col.value<RosterStatus>('p.status'),
  userId: col.textOrNull('p.user_id'),
  updatedAt: col.value('p.updated_at'),
});

const EVENT = defineColumns<EventRow>({
  id: col.text('e.id'),
  kind: col.value('e.kind'),
  effectiveDate: col.text('e.effective_date::text'),
  puesto: col.textOrNull('e.puesto'),
  area: col.textOrNull('e.area'),
  nivel: col.valueOrNull('e.employment_level'),
  source: col.value('e.source'),
  recordedAt: { sql: 'e.recorded_at', read: (v) => (v as Date).toISOString() },
  supersededBy: col.textOrNull('e.superseded_by'),
});

/** Statements take at most this many rows, so a 100,000-line import is a few dozen round trips. */
const CHUNK = 5000;
const chunks = <T>(items: T[]): T[][] => Array.from({ length: Math.ceil(items.length / CHUNK) }, (_, i) => items.slice(i * CHUNK, (i + 1) * CHUNK));

/** The roster of the current institution: people and their dated movements. Writes are set-based (jsonb_to_recordset). */
@Injectable()
export class RosterPeopleRepository {
  constructor(
    private readonly tx: CurrentTransaction,
    private readonly tenant: TenantContext,
  ) {}

  private query<T = Record<string, unknown>>(sql: string, params: unknown[]): Promise<T[]> {
    return sqlRows<T>(this.tx.manager(), sql, params);
  }

  /** The people with these CURPs, each with their movements in force, oldest first. */
  async currentByCurp(curps: string[]): Promise<Map<string, CurrentPerson>> {
    const found = new Map<string, CurrentPerson>();
    for (const part of chunks(curps)) {
      const rows = await this.query(
        `SELECT ${PERSON.select},
                coalesce((SELECT json_agg(json_build_object('id', e.id, 'kind', e.kind, 'date', e.effective_date::text)
                                          ORDER BY e.effective_date, e.recorded_at)
                            FROM roster_events e
                           WHERE e.person_id = p.id AND e.institution_id = p.institution_id AND e.superseded_by IS NULL), '[]') AS events
           FROM roster_people p
          WHERE p.institution_id = $1 AND p.curp = ANY($2::text[])`,
        [this.tenant.institutionId(), part],
      );
      for (const r of rows) {
        const person = PERSON.read(r);
        found.set(person.curp, { ...person, events: r.events as CurrentPerson['events'] });
      }
    }
    return found;
  }

  async findById(id: string): Promise<PersonRow | null> {
    const rows = await this.query(`SELECT ${PERSON.select} FROM roster_people p WHERE p.institution_id = $1 AND p.id = $2`, [this.tenant.institutionId(), id]);
    return PERSON.readFirst(rows);
  }

  async currentById(id: string): Promise<CurrentPerson | null> {
    const person = await this.findById(id);
    if (!person) return null;
    return (await this.currentByCurp([person.curp])).get(person.curp) ?? null;
  }

  async events(personId: string): Promise<EventRow[]> {
    const rows = await this.query(
      `SELECT ${EVENT.select} FROM roster_events e WHERE e.institution_id = $1 AND e.person_id = $2 ORDER BY e.effective_date, e.recorded_at`,
      [this.tenant.institutionId(), personId],
    );
    return rows.map((r) => EVENT.read(r));
  }

  async list(filter: { q?: string; status?: RosterStatus; area?: string; limit: number; offset: number }): Promise<{ rows: PersonRow[]; total: number }> {
    const params: unknown[] = [this.tenant.institutionId()];
    const where = ['p.institution_id = $1'];
    if (filter.q) {
      params.push(`%${filter.q.trim().toLowerCase()}%`, filter.q.trim().toUpperCase());
      where.push(`(lower(p.nombres || ' ' || p.primer_apellido || ' ' || coalesce(p.segundo_apellido, '')) LIKE $${params.length - 1} OR p.curp = $${params.length})`);
    }
    if (filter.status) where.push(`p.status = $${params.push(filter.status)}`);
    // Part of the área's name, any case: people type «tesorería», not the exact catalog entry.
    if (filter.area) where.push(`lower(p.area) LIKE $${params.push(`%${filter.area.trim().toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`)}`);
    const rows = await this.query(
      `SELECT ${PERSON.select}, count(*) OVER () AS total FROM roster_people p WHERE ${where.join(' AND ')}
        ORDER BY lower(p.primer_apellido), lower(p.nombres), p.id LIMIT $${params.push(filter.limit)} OFFSET $${params.push(filter.offset)}`,
      params,
    );
    return { rows: rows.map((r) => PERSON.read(r)), total: rows.length ? Number(rows[0].total) : 0 };
  }

  async insertPeople(people: Array<PersonState & { id: string; curp: string }>): Promise<void> {
    for (const part of chunks(people)) {
      await this.query(
        `INSERT INTO roster_people (id, institution_id, curp, nombres, primer_apellido, segundo_apellido, email, puesto, area,
                                    employment_level, fecha_alta, fecha_baja, status)
         SELECT r.id, $1, r."curp", r."nombres", r."primerApellido", r."segundoApellido", r."email", r."puesto", r."area",
                r."nivel", r."fechaAlta", r."fechaBaja", r."status"
           FROM jsonb_to_recordset($2::jsonb) AS r(id uuid, "curp" text, "nombres" text, "primerApellido" text, "segundoApellido" text,
                "email" text, "puesto" text, "area" text, "nivel" text, "fechaAlta" date, "fechaBaja" date, "status" text)`,
        [this.tenant.institutionId(), JSON.stringify(part)],
      );
    }
  }

  async updatePeople(people: Array<PersonState & { id: string }>): Promise<void> {
    for (const part of chunks(people)) {
      await this.query(
        `UPDATE roster_people p
            SET nombres = r."nombres", primer_apellido = r."primerApellido", segundo_apellido = r."segundoApellido", email = r."email",
                puesto = r."puesto", area = r."area", employment_level = r."nivel", fecha_alta = r."fechaAlta", fecha_baja = r."fechaBaja",
                status = r."status", updated_at = now()
           FROM jsonb_to_recordset($2::jsonb) AS r(id uuid, "nombres" text, "primerApellido" text, "segundoApellido" text, "email" text,
                "puesto" text, "area" text, "nivel" text, "fechaAlta" date, "fechaBaja" date, "status" text)
          WHERE p.institution_id = $1 AND p.id = r.id`,
        [this.tenant.institutionId(), JSON.stringify(part)],
      );
    }
  }

  /** New movements, then the corrections they make (the corrected events stay, pointing to their replacement). */
  async insertEvents(events: NewEvent[], source: 'IMPORTACION' | 'EDICION', importId: string | null, recordedBy: string | null): Promise<void> {
    for (const part of chunks(events)) {
      await this.query(
        `INSERT INTO roster_events (id, institution_id, person_id, kind, effective_date, puesto, area, employment_level, source, import_id, recorded_by)
         SELECT r.id, $1, r."personId", r."kind", r."date", r."puesto", r."area", r."nivel", $3, $4, $5
           FROM jsonb_to_recordset($2::jsonb) AS r(id uuid, "personId" uuid, "kind" text, "date" date, "puesto" text, "area" text, "nivel" text)`,
        [this.tenant.institutionId(), JSON.stringify(part), source, importId, recordedBy],
      );
      const corrections = part.filter((e) => e.supersedes).map((e) => ({ old: e.supersedes, new: e.id }));
      if (!corrections.length) continue;
      await this.query(
        `UPDATE roster_events e SET superseded_by = r."new"
           FROM jsonb_to_recordset($2::jsonb) AS r("old" uuid, "new" uuid)
          WHERE e.institution_id = $1 AND e.id = r."old"`,
        [this.tenant.institutionId(), JSON.stringify(corrections)],
      );
    }
  }

  /**
   * Membership follows the roster: a joined person's REVISOR/ADMIN_INSTITUCION roles end on their fecha
   * de baja (judged at access time). Returns the memberships whose end date changed and their roles.
   */
  async syncStaffRoleEnd(personIds: string[]): Promise<Array<{ membershipId: string; userId: string; endOn: string | null; roles: string[] }>> {
    const changed: Array<{ membershipId: string; userId: string; endOn: string | null; roles: string[] }> = [];
    for (const part of chunks(personIds)) {
      const rows = await this.query<{ id: string; user_id: string; end_on: string | null; roles: string[] }>(
        `UPDATE memberships m SET staff_roles_end_on = p.fecha_baja
           FROM roster_people p
          WHERE p.institution_id = $1 AND p.id = ANY($2::uuid[]) AND p.user_id IS NOT NULL
            AND m.institution_id = $1 AND m.user_id = p.user_id AND m.staff_roles_end_on IS DISTINCT FROM p.fecha_baja
         RETURNING m.id, m.user_id, m.staff_roles_end_on::text AS end_on, m.roles`,
        [this.tenant.institutionId(), part],
      );
      changed.push(...rows.map((r) => ({ membershipId: r.id, userId: r.user_id, endOn: r.end_on, roles: r.roles })));
    }
    return changed;
  }

  /** People with an e-mail who have no account here yet and were never invited from the roster. */
  async needingInvitation(personIds: string[]): Promise<Array<{ id: string; email: string; nivel: EmploymentLevel | null }>> {
    const rows = await this.query<{ id: string; email: string; nivel: EmploymentLevel | null }>(
      `SELECT p.id, p.email, p.employment_level AS nivel FROM roster_people p
        WHERE p.institution_id = $1 AND p.id = ANY($2::uuid[]) AND p.email IS NOT NULL AND p.user_id IS NULL AND p.status <> 'BAJA'
          AND NOT EXISTS (SELECT 1 FROM invitations i WHERE i.institution_id = p.institution_id AND i.roster_person_id = p.id)`,
      [this.tenant.institutionId(), personIds],
    );
    return rows;
  }
}
