import { Injectable } from '@nestjs/common';
import { AuditLog } from '@veraz/audit';
import { NotFoundError, ValidationError, type Page, type RosterMovement, type RosterPersonDetail, type RosterPersonView, type RosterStatus } from '@veraz/contracts';
import { checkLine } from '../csv/roster-csv';
import type { RosterColumn } from '../csv/roster-columns';
import { planRow } from '../imports/roster-plan';
import { RosterPeopleRepository, type PersonRow } from './roster-people.repository';
import { RosterWriter } from './roster-writer';

export type { RosterPersonDetail, RosterPersonView } from '@veraz/contracts';

/** A single edit: a movement with its date (motivo), or, without motivo, a fix of the personal data. */
export interface RosterEdit {
  motivo?: RosterMovement;
  fechaMovimiento?: string;
  fechaAlta?: string;
  fechaBaja?: string;
  nombres?: string;
  primerApellido?: string;
  segundoApellido?: string;
  email?: string;
  puesto?: string;
  area?: string;
  nivel?: string;
}

const FIELD_OF: Partial<Record<RosterColumn, keyof RosterEdit>> = {
  nombres: 'nombres', primer_apellido: 'primerApellido', segundo_apellido: 'segundoApellido', correo: 'email', puesto: 'puesto',
  area: 'area', nivel: 'nivel', fecha_alta: 'fechaAlta', fecha_baja: 'fechaBaja', motivo: 'motivo', fecha_movimiento: 'fechaMovimiento',
};

/** The roster list and single edits (tenant context; admins edit, reviewers read). */
@Injectable()
export class RosterPeopleService {
  constructor(
    private readonly people: RosterPeopleRepository,
    private readonly writer: RosterWriter,
    private readonly audit: AuditLog,
  ) {}

  async list(filter: { q?: string; status?: RosterStatus; area?: string; limit: number; offset: number }): Promise<Page<RosterPersonView>> {
    const { rows, total } = await this.people.list(filter);
    return { items: rows.map(toView), total };
  }

  async get(id: string): Promise<RosterPersonDetail> {
    const person = await this.people.findById(id);
    if (!person) throw new NotFoundError('No se encontró a la persona en el padrón.');
    return { ...toView(person), events: await this.people.events(id) };
  }

  async edit(id: string, edit: RosterEdit, actorUserId: string | null): Promise<RosterPersonDetail> {
    const current = await this.people.currentById(id);
    if (!current) throw new NotFoundError('No se encontró a la persona en el padrón.');
    const personalOnly = !edit.motivo;
    if (personalOnly && (edit.puesto !== undefined || edit.area !== undefined || edit.nivel !== undefined || edit.fechaAlta || edit.fechaBaja)) {
      throw new ValidationError([{ path: 'motivo', message: 'un cambio de puesto, área, nivel o fechas es un movimiento: indica el motivo y su fecha' }]);
    }
    const raw: Partial<Record<RosterColumn, string>> = {
      curp: current.curp,
      nombres: edit.nombres ?? current.nombres,
      primer_apellido: edit.primerApellido ?? current.primerApellido,
      segundo_apellido: edit.segundoApellido ?? current.segundoApellido ?? undefined,
      correo: edit.email ?? current.email ?? undefined,
      puesto: edit.puesto ?? current.puesto ?? undefined,
      area: edit.area ?? current.area ?? undefined,
      nivel: edit.nivel ?? current.nivel ?? undefined,
      fecha_alta: edit.fechaAlta ?? current.fechaAlta,
      fecha_baja: edit.fechaBaja ?? (edit.motivo === 'BAJA' || (personalOnly && current.status === 'BAJA') ? current.fechaBaja ?? undefined : undefined),
      motivo: edit.motivo ?? (current.status === 'BAJA' ? 'BAJA' : 'ALTA'),
      fecha_movimiento: edit.fechaMovimiento,
    };
    for (const key of Object.keys(raw) as RosterColumn[]) if (raw[key] === undefined || raw[key] === '') delete raw[key];
    const checked = checkLine(0, raw);
    const fail = (errors: Array<{ column: RosterColumn | null; message: string }>) =>
      new ValidationError(errors.map((e) => ({ path: (e.column && FIELD_OF[e.column]) || 'motivo', message: e.message })));
    if (!checked.row) throw fail(checked.errors);
    const plan = planRow(0, checked.row, current);
    if (plan.action === 'ERROR') throw fail(plan.errors);
    if (plan.action !== 'SIN_CAMBIO') {
      // A personal-data fix changes no movement: keep the roster's dates and status as they are.
      const events = personalOnly ? [] : plan.events;
      const state = personalOnly ? { ...plan.state, fechaAlta: current.fechaAlta, fechaBaja: current.fechaBaja, status: current.status } : plan.state;
      await this.writer.write([{ curp: current.curp, current, state, events }], 'EDICION', null, actorUserId);
      await this.audit.record({
        action: 'roster.person_changed',
        actorUserId,
        targetType: 'roster_person',
        targetId: id,
        details: { motivo: edit.motivo ?? null, movements: events.map((e) => ({ kind: e.kind, date: e.date, correction: !!e.supersedes })) },
      });
    }
    return this.get(id);
  }
}

function toView(p: PersonRow): RosterPersonView {
  return {
    id: p.id,
    curp: p.curp,
    nombres: p.nombres,
    primerApellido: p.primerApellido,
    segundoApellido: p.segundoApellido,
    email: p.email,
    puesto: p.puesto,
    area: p.area,
    nivel: p.nivel,
    fechaAlta: p.fechaAlta,
    fechaBaja: p.fechaBaja,
    status: p.status,
    joined: p.userId !== null,
  };
}
