import { Injectable } from '@nestjs/common';
import { IsNull, QueryFailedError } from 'typeorm';
import type { EmploymentLevel, InstitutionRole } from '@veraz/contracts';
import { col, CurrentTransaction, defineColumns, TenantContext } from '@veraz/tenancy';
import { OperatorHoldsNoTenantRolesError, OPERATOR_MEMBERSHIP_MESSAGE } from '../accounts.errors';
import { Membership } from '../entities';

export interface MemberRow {
  id: string;
  userId: string;
  roles: InstitutionRole[];
  employmentLevel: EmploymentLevel | null;
  createdAt: Date;
  deactivatedAt: Date | null;
  email: string;
  nombre: string;
  primerApellido: string;
  segundoApellido: string | null;
}

const MEMBER = defineColumns<MemberRow>({
  id: col.text('m.id'),
  userId: col.text('m.user_id'),
  roles: col.value('m.roles'),
  employmentLevel: col.valueOrNull('m.employment_level'),
  createdAt: col.value('m.created_at'),
  deactivatedAt: col.valueOrNull('m.deactivated_at'),
  email: col.text('u.email'),
  nombre: col.text('u.nombre'),
  primerApellido: col.text('u.primer_apellido'),
  segundoApellido: col.textOrNull('u.segundo_apellido'),
});

/** Tenant-scoped queries filter by the current institution on top of row-level security. */
@Injectable()
export class MembershipsRepository {
  constructor(
    private readonly tx: CurrentTransaction,
    private readonly tenant: TenantContext,
  ) {}

  private repo() {
    return this.tx.manager().getRepository(Membership);
  }

  findById(id: string): Promise<Membership | null> {
    return this.repo().findOne({ where: { id, institutionId: this.tenant.institutionId() } });
  }

  findByUser(userId: string): Promise<Membership | null> {
    return this.repo().findOne({ where: { userId, institutionId: this.tenant.institutionId() } });
  }

  /**
   * The active memberships of one person, across institutions: visible only to that person (RLS
   * own_memberships). A deactivated one gives no access, so login, the session view and switching skip it.
   */
  findAllOfUser(userId: string): Promise<Membership[]> {
    return this.repo().find({ where: { userId, deactivatedAt: IsNull() }, order: { createdAt: 'ASC' } });
  }

  async listMembers(options: { limit: number; offset: number }): Promise<{ rows: MemberRow[]; total: number }> {
    const rows: Array<Record<string, unknown>> = await this.tx.manager().query(
      `SELECT ${MEMBER.select}, count(*) OVER () AS total
         FROM memberships m JOIN users u ON u.id = m.user_id
        WHERE m.institution_id = $1
        ORDER BY u.primer_apellido, u.nombre, m.id
        LIMIT $2 OFFSET $3`,
      [this.tenant.institutionId(), options.limit, options.offset],
    );
    return {
      total: rows.length ? Number(rows[0].total) : await this.countMembers(),
      rows: rows.map((r) => MEMBER.read(r)),
    };
  }

  countMembers(): Promise<number> {
    return this.repo().count({ where: { institutionId: this.tenant.institutionId() } });
  }

  /** Active members holding the role. */
  async countWithRole(role: InstitutionRole): Promise<number> {
    return this.repo()
      .createQueryBuilder('m')
      .where('m.institution_id = :institutionId', { institutionId: this.tenant.institutionId() })
      .andWhere(':role = ANY(m.roles)', { role })
      .andWhere('m.deactivated_at IS NULL')
      .getCount();
  }

  async insert(userId: string, roles: InstitutionRole[], employmentLevel: EmploymentLevel | null = null): Promise<Membership> {
    try {
      return await this.repo().save(this.repo().create({ institutionId: this.tenant.institutionId(), userId, roles, employmentLevel }));
    } catch (err) {
      // The database's own guard (migration OperatorsHoldNoTenantRoles), should a caller skip the service check.
      if (err instanceof QueryFailedError && (err.driverError as { constraint?: string })?.constraint === 'memberships_not_operator') {
        throw new OperatorHoldsNoTenantRolesError(OPERATOR_MEMBERSHIP_MESSAGE);
      }
      throw err;
    }
  }

  async updateRoles(id: string, roles: InstitutionRole[]): Promise<void> {
    await this.repo().update({ id, institutionId: this.tenant.institutionId() }, { roles });
  }

  /** Deactivates (actor given) or reactivates (null) a member of the current institution. */
  async setDeactivated(id: string, actorUserId: string | null): Promise<void> {
    await this.repo().update(
      { id, institutionId: this.tenant.institutionId() },
      actorUserId ? { deactivatedAt: () => 'now()', deactivatedBy: actorUserId } : { deactivatedAt: null, deactivatedBy: null },
    );
  }

  /** Records a level only where none is recorded yet: an admin's later choice is never overwritten. */
  async setLevelIfUnset(id: string, employmentLevel: EmploymentLevel): Promise<void> {
    await this.repo().update({ id, institutionId: this.tenant.institutionId(), employmentLevel: IsNull() }, { employmentLevel });
  }
}
