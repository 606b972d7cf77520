import { Injectable, Logger } from '@nestjs/common';
import { AccountConflictError, InvitationsService } from '@veraz/accounts';
import { JobHandler, type JobHandlerInstance } from '@veraz/queue';
import { RosterPeopleRepository } from '../people/roster-people.repository';
import { ROSTER_INVITE_JOB, type PersonBatchJob } from '../roster.jobs';

/**
 * The automatic invitations of a roster change: one per person (never resent by a later import),
 * role DECLARANTE with the row's level, linked to the roster row so acceptance checks the CURP.
 * A person who is already a member or already has a pending invitation for that address is skipped.
 */
@Injectable()
@JobHandler(ROSTER_INVITE_JOB)
export class RosterInviteHandler implements JobHandlerInstance<PersonBatchJob> {
  private readonly logger = new Logger('RosterInvitations');

  constructor(
    private readonly people: RosterPeopleRepository,
    private readonly invitations: InvitationsService,
  ) {}

  async handle(job: PersonBatchJob): Promise<{ invited: number; skipped: number }> {
    let invited = 0;
    let skipped = 0;
    for (const person of await this.people.needingInvitation(job.personIds)) {
      try {
        await this.invitations.create({ email: person.email, roles: ['DECLARANTE'], employmentLevel: person.nivel, rosterPersonId: person.id }, null);
        invited++;
      } catch (err) {
        if (!(err instanceof AccountConflictError)) throw err;
        skipped++;
      }
    }
    if (skipped) this.logger.log(`invitaciones del padrón: ${invited} enviadas, ${skipped} omitidas (ya miembro o invitación pendiente)`);
    return { invited, skipped };
  }
}
