import { Injectable } from '@nestjs/common';
import { AuditLog } from '@veraz/audit';
import { EMPLOYMENT_LEVELS, NotFoundError, ValidationError, type EmploymentLevel } from '@veraz/contracts';
import { FilerFactsRepository } from '../repositories/filer-facts.repository';

/** An admin records each member's employment level, which fixes their declaration format. */
@Injectable()
export class EmploymentLevelService {
  constructor(
    private readonly facts: FilerFactsRepository,
    private readonly audit: AuditLog,
  ) {}

  async set(actorUserId: string, membershipId: string, level: unknown): Promise<EmploymentLevel> {
    if (!(EMPLOYMENT_LEVELS as readonly unknown[]).includes(level)) {
      throw new ValidationError([{ path: 'employmentLevel', message: `debe ser uno de: ${EMPLOYMENT_LEVELS.join(', ')}` }]);
    }
    const changed = await this.facts.setEmploymentLevel(membershipId, level as EmploymentLevel);
    if (!changed) throw new NotFoundError('No se encontró al miembro.');
    await this.audit.record({
      action: 'member.employment_level_changed',
      actorUserId,
      targetType: 'membership',
      targetId: membershipId,
      details: { before: changed.before, after: level },
    });
    return level as EmploymentLevel;
  }
}
