import { Injectable } from '@nestjs/common';
import { AuditLog } from '@veraz/audit';
import { NotFoundError, type InstitutionRole, type MemberView, type Page } from '@veraz/contracts';
import { AccountConflictError } from '../accounts.errors';
import { fullName } from '../entities';
import { MembershipsRepository, UsersRepository, type MemberRow } from '../repositories';
import { normalizeRoles } from './roles';

/** Admin work on the members of the current institution (tenant context). */
@Injectable()
export class MembersService {
  constructor(
    private readonly memberships: MembershipsRepository,
    private readonly users: UsersRepository,
    private readonly audit: AuditLog,
  ) {}

  async list(page: { limit: number; offset: number }): Promise<Page<MemberView>> {
    const { rows, total } = await this.memberships.listMembers(page);
    return { items: rows.map(toView), total };
  }

  async get(id: string): Promise<MemberView> {
    const membership = await this.memberships.findById(id);
    if (!membership) throw new NotFoundError('No se encontró al miembro.');
    const user = await this.users.findById(membership.userId);
    if (!user) throw new NotFoundError('No se encontró al miembro.');
    return toView({ ...membership, email: user.email, nombre: user.nombre, primerApellido: user.primerApellido, segundoApellido: user.segundoApellido });
  }

  async changeRoles(id: string, requested: InstitutionRole[], actorUserId: string): Promise<MemberView> {
    const roles = normalizeRoles(requested);
    const membership = await this.memberships.findById(id);
    if (!membership) throw new NotFoundError('No se encontró al miembro.');
    const losesAdmin = membership.roles.includes('ADMIN_INSTITUCION') && !roles.includes('ADMIN_INSTITUCION');
    if (losesAdmin && (await this.memberships.countWithRole('ADMIN_INSTITUCION')) <= 1) {
      throw new AccountConflictError('La institución debe conservar al menos un administrador.', 'roles');
    }
    await this.memberships.updateRoles(id, roles);
    await this.audit.record({
      action: 'member.roles_changed',
      actorUserId,
      targetType: 'membership',
      targetId: id,
      details: { before: membership.roles, after: roles },
    });
    return this.get(id);
  }

  /**
   * The member can no longer sign in to or act in this institution (their next request is refused);
   * filings and history stay. Not oneself, and never the last active admin.
   */
  async deactivate(id: string, actorUserId: string): Promise<MemberView> {
    const membership = await this.memberships.findById(id);
    if (!membership) throw new NotFoundError('No se encontró al miembro.');
    if (membership.deactivatedAt) return this.get(id);
    if (membership.userId === actorUserId) throw new AccountConflictError('No puedes desactivar tu propia cuenta.');
    if (membership.roles.includes('ADMIN_INSTITUCION') && (await this.memberships.countWithRole('ADMIN_INSTITUCION')) <= 1) {
      throw new AccountConflictError('La institución debe conservar al menos un administrador activo.');
    }
    await this.memberships.setDeactivated(id, actorUserId);
    await this.audit.record({ action: 'member.deactivated', actorUserId, targetType: 'membership', targetId: id, details: { roles: membership.roles } });
    return this.get(id);
  }

  /** Restores access with the roles the member had. */
  async reactivate(id: string, actorUserId: string): Promise<MemberView> {
    const membership = await this.memberships.findById(id);
    if (!membership) throw new NotFoundError('No se encontró al miembro.');
    if (!membership.deactivatedAt) return this.get(id);
    await this.memberships.setDeactivated(id, null);
    await this.audit.record({ action: 'member.reactivated', actorUserId, targetType: 'membership', targetId: id, details: { roles: membership.roles } });
    return this.get(id);
  }
}

function toView(row: MemberRow): MemberView {
  return {
    id: row.id,
    userId: row.userId,
    email: row.email,
    nombreCompleto: fullName(row),
    roles: row.roles,
    employmentLevel: row.employmentLevel,
    createdAt: row.createdAt.toISOString(),
    deactivatedAt: row.deactivatedAt ? row.deactivatedAt.toISOString() : null,
  };
}
