import { Injectable } from '@nestjs/common';
import type { EmploymentLevel, InstitutionRole } from '@veraz/contracts';
import { Db, TenantContext } from '@veraz/tenancy';
import { Membership } from '../entities';

export interface MemberRow {
  id: string;
  userId: string;
  roles: InstitutionRole[];
  employmentLevel: EmploymentLevel | null;
  createdAt: Date;
  email: string;
  nombre: string;
  primerApellido: string;
  segundoApellido: string | null;
}

/** Tenant-scoped queries filter by the current institution on top of row-level security. */
@Injectable()
export class MembershipsRepository {
  constructor(
    private readonly db: Db,
    private readonly tenant: TenantContext,
  ) {}

  private repo() {
    return this.db.manager().getRepository(Membership);
  }

  findById(id: string): Promise<Membership | null> {
    return this.repo().findOne({ where: { id, institutionId: this.tenant.institutionId() } });
  }

  findByUser(userId: string): Promise<Membership | null> {
    return this.repo().findOne({ where: { userId, institutionId: this.tenant.institutionId() } });
  }

  /** All memberships of one person, across institutions: visible only to that person (RLS own_memberships). */
  findAllOfUser(userId: string): Promise<Membership[]> {
    return this.repo().find({ where: { userId }, order: { createdAt: 'ASC' } });
  }

  async listMembers(options: { limit: number; offset: number }): Promise<{ rows: MemberRow[]; total: number }> {
    const rows: Array<Record<string, unknown>> = await this.db.manager().query(
      `SELECT m.id, m.user_id, m.roles, m.employment_level, m.created_at, u.email, u.nombre, u.primer_apellido, u.segundo_apellido,
              count(*) OVER () AS total
         FROM memberships m JOIN users u ON u.id = m.user_id
        WHERE m.institution_id = $1
        ORDER BY u.primer_apellido, u.nombre, m.id
        LIMIT $2 OFFSET $3`,
      [this.tenant.institutionId(), options.limit, options.offset],
    );
    return {
      total: rows.length ? Number(rows[0].total) : await this.countMembers(),
      rows: rows.map((r) => ({
        id: String(r.id),
        userId: String(r.user_id),
        roles: r.roles as InstitutionRole[],
        employmentLevel: (r.employment_level as EmploymentLevel | null) ?? null,
        createdAt: r.created_at as Date,
        email: String(r.email),
        nombre: String(r.nombre),
        primerApellido: String(r.primer_apellido),
        segundoApellido: (r.segundo_apellido as string | null) ?? null,
      })),
    };
  }

  countMembers(): Promise<number> {
    return this.repo().count({ where: { institutionId: this.tenant.institutionId() } });
  }

  async countWithRole(role: InstitutionRole): Promise<number> {
    return this.repo()
      .createQueryBuilder('m')
      .where('m.institution_id = :institutionId', { institutionId: this.tenant.institutionId() })
      .andWhere(':role = ANY(m.roles)', { role })
      .getCount();
  }

  insert(userId: string, roles: InstitutionRole[]): Promise<Membership> {
    return this.repo().save(this.repo().create({ institutionId: this.tenant.institutionId(), userId, roles }));
  }

  async updateRoles(id: string, roles: InstitutionRole[]): Promise<void> {
    await this.repo().update({ id, institutionId: this.tenant.institutionId() }, { roles });
  }
}
