import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AuditLog } from '@veraz/audit';
import { JobQueue } from '@veraz/queue';
import { TenantContext } from '@veraz/tenancy';
import type { CurrentPerson, PersonState, PlannedEvent } from '../imports/roster-plan';
import { OBLIGATIONS_RECOMPUTE_JOB, PERSON_BATCH, ROSTER_INVITE_JOB } from '../roster.jobs';
import { RosterPeopleRepository, type NewEvent } from './roster-people.repository';

export interface PersonChange {
  curp: string;
  current: CurrentPerson | undefined;
  state: PersonState;
  events: PlannedEvent[];
}

const STAFF_ROLES = ['REVISOR', 'ADMIN_INSTITUCION'];

/**
 * Writes roster changes (an import or a single edit) in the caller's transaction, set-based, and
 * enqueues with them what follows: the obligations recompute and the automatic invitations.
 */
@Injectable()
export class RosterWriter {
  constructor(
    private readonly people: RosterPeopleRepository,
    private readonly jobs: JobQueue,
    private readonly audit: AuditLog,
    private readonly tenant: TenantContext,
  ) {}

  /** Returns the ids of the people written. */
  async write(changes: PersonChange[], source: 'IMPORTACION' | 'EDICION', importId: string | null, actorUserId: string | null): Promise<string[]> {
    const created: Array<PersonState & { id: string; curp: string }> = [];
    const updated: Array<PersonState & { id: string }> = [];
    const events: NewEvent[] = [];
    const toInvite: string[] = [];
    for (const change of changes) {
      const id = change.current?.id ?? randomUUID();
      if (change.current) updated.push({ ...change.state, id });
      else created.push({ ...change.state, id, curp: change.curp });
      for (const e of change.events) {
        events.push({ id: randomUUID(), personId: id, kind: e.kind, date: e.date, puesto: change.state.puesto, area: change.state.area, nivel: change.state.nivel, supersedes: e.supersedes });
      }
      if (change.state.email && change.state.email !== change.current?.email && !change.current?.userId) toInvite.push(id);
    }
    await this.people.insertPeople(created);
    await this.people.updatePeople(updated);
    await this.people.insertEvents(events, source, importId, actorUserId);
    const ids = [...created.map((p) => p.id), ...updated.map((p) => p.id)];

    for (const ended of await this.people.syncStaffRoleEnd(updated.map((p) => p.id))) {
      if (!ended.endOn || !ended.roles.some((r) => STAFF_ROLES.includes(r))) continue;
      await this.audit.record({
        action: 'roster.staff_roles_ended',
        actorUserId,
        targetType: 'membership',
        targetId: ended.membershipId,
        details: { userId: ended.userId, endsOn: ended.endOn, roles: ended.roles.filter((r) => STAFF_ROLES.includes(r)) },
      });
    }

    const institutionId = this.tenant.institutionId();
    for (let i = 0; i < ids.length; i += PERSON_BATCH) {
      await this.jobs.enqueue(OBLIGATIONS_RECOMPUTE_JOB, { institutionId, personIds: ids.slice(i, i + PERSON_BATCH) });
    }
    for (let i = 0; i < toInvite.length; i += PERSON_BATCH) {
      await this.jobs.enqueue(ROSTER_INVITE_JOB, { institutionId, personIds: toInvite.slice(i, i + PERSON_BATCH) });
    }
    return ids;
  }
}
