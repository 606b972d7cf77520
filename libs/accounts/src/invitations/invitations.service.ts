import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AuditLog } from '@veraz/audit';
import {
  BY_OPERATOR,
  NotFoundError,
  ValidationError,
  type EmploymentLevel,
  type InstitutionRole,
  type InvitationView,
  type Page,
  type PublicInvitationView,
} from '@veraz/contracts';
import { randomToken, seal, sha256Hex } from '@veraz/crypto';
import { InstitutionsService } from '@veraz/institutions';
import { JobQueue } from '@veraz/queue';
import { StepRunner, TenantContext } from '@veraz/tenancy';
import { AccountConflictError, InvalidLinkError, OperatorHoldsNoTenantRolesError } from '../accounts.errors';
import { ACCOUNT_EMAIL } from '../emails/account-email.job';
import { invitationStatus, type Invitation } from '../entities';
import { InvitationsRepository, MembershipsRepository, UsersRepository } from '../repositories';
import { LINK_SEALING_KEY } from '../sealing-key';
import { normalizeRoles } from '../members/roles';

export const INVITATION_TTL_DAYS = 7;

export const OPERATOR_EMAIL_MESSAGE =
  'Ese correo es de una cuenta de operación de la plataforma, que no puede tener roles en una institución. Invita a otro correo.';

/**
 * Joining an institution is only possible through an invitation its admin (or an operator
 * onboarding it) created. Runs in the inviting institution's tenant context.
 */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly steps: StepRunner,
    private readonly tenant: TenantContext,
    private readonly invitations: InvitationsRepository,
    private readonly users: UsersRepository,
    private readonly memberships: MembershipsRepository,
    private readonly institutions: InstitutionsService,
    private readonly jobs: JobQueue,
    private readonly audit: AuditLog,
    @Inject(LINK_SEALING_KEY) private readonly sealingKey: Buffer,
  ) {}

  /**
   * Sends the invitation by e-mail to the person it names. The link travels only there (the
   * response never carries it), so accepting proves control of that address. Operator accounts
   * never join an institution, so their e-mail cannot be invited.
   */
  async create(
    input: { email: string; roles: InstitutionRole[]; employmentLevel?: EmploymentLevel | null; rosterPersonId?: string | null },
    actorUserId: string | null,
    options: { byOperator?: boolean } = {},
  ): Promise<InvitationView> {
    const email = input.email.trim().toLowerCase();
    const roles = normalizeRoles(input.roles);
    const employmentLevel = input.employmentLevel ?? null;
    if (employmentLevel && !roles.includes('DECLARANTE')) {
      throw new ValidationError([{ path: 'employmentLevel', message: 'el nivel de empleo solo se registra para quien tendrá el rol DECLARANTE' }]);
    }
    const existing = await this.users.findByEmail(email);
    if (existing?.isOperator) throw new OperatorHoldsNoTenantRolesError(OPERATOR_EMAIL_MESSAGE, 'email');
    if (existing && (await this.memberships.findByUser(existing.id))) {
      throw new AccountConflictError('Esa persona ya es miembro de la institución.', 'email');
    }
    if (await this.invitations.hasPendingFor(email)) {
      throw new AccountConflictError('Ya hay una invitación pendiente para ese correo. Revócala para enviar otra.', 'email');
    }
    const id = randomUUID();
    const invitation = await this.invitations.insert({
      id,
      email,
      roles,
      employmentLevel,
      rosterPersonId: input.rosterPersonId ?? null,
      ...this.newLink(id),
      createdBy: actorUserId,
    });
    const institutionId = this.tenant.institutionId();
    await this.jobs.enqueue(ACCOUNT_EMAIL, { institutionId, kind: 'invitation', invitationId: id }, { jobId: `invitation-${id}` });
    await this.audit.record({
      action: 'invitation.created',
      actorUserId,
      targetType: 'invitation',
      targetId: id,
      details: { roles, employmentLevel, fromRoster: !!input.rosterPersonId, ...(options.byOperator ? BY_OPERATOR : {}) },
    });
    return this.toView(invitation);
  }

  async list(page: { limit: number; offset: number }): Promise<Page<InvitationView>> {
    const [items, total] = await this.invitations.list(page);
    return { items: items.map((i) => this.toView(i)), total };
  }

  async revoke(id: string, actorUserId: string | null): Promise<InvitationView> {
    const invitation = await this.invitations.findById(id);
    if (!invitation) throw new NotFoundError('No se encontró la invitación.');
    if (invitationStatus(invitation) !== 'PENDIENTE') {
      throw new AccountConflictError('Solo se puede revocar una invitación pendiente.');
    }
    await this.invitations.markRevoked(id);
    await this.audit.record({ action: 'invitation.revoked', actorUserId, targetType: 'invitation', targetId: id });
    return this.toView({ ...invitation, revokedAt: new Date() });
  }

  /**
   * E-mails a pending or expired invitation again with a new link valid another 7 days; the old
   * link stops working at once (its token hash is replaced).
   */
  async resend(id: string, actorUserId: string): Promise<InvitationView> {
    const invitation = await this.invitations.findById(id);
    if (!invitation) throw new NotFoundError('No se encontró la invitación.');
    const status = invitationStatus(invitation);
    if (status === 'ACEPTADA' || status === 'REVOCADA') {
      throw new AccountConflictError(`La invitación está ${status === 'ACEPTADA' ? 'aceptada' : 'revocada'}; solo se reenvía una pendiente o vencida.`);
    }
    if (status === 'VENCIDA' && (await this.invitations.hasPendingFor(invitation.email))) {
      throw new AccountConflictError('Ya hay otra invitación pendiente para ese correo.');
    }
    const link = this.newLink(id);
    await this.invitations.replaceToken(id, link);
    // One e-mail job per link (the job id dedupes retries of the same send, not new sends).
    const jobId = `invitation-${id}-${link.tokenHash.slice(0, 16)}`;
    await this.jobs.enqueue(ACCOUNT_EMAIL, { institutionId: this.tenant.institutionId(), kind: 'invitation', invitationId: id }, { jobId });
    await this.audit.record({ action: 'invitation.resent', actorUserId, targetType: 'invitation', targetId: id, details: { antes: status } });
    return this.toView({ ...invitation, expiresAt: link.expiresAt });
  }

  private newLink(id: string): { tokenHash: string; tokenSealed: string; expiresAt: Date } {
    const token = randomToken();
    return {
      tokenHash: sha256Hex(token),
      tokenSealed: seal(this.sealingKey, token, `invitation:${id}`),
      expiresAt: new Date(Date.now() + INVITATION_TTL_DAYS * 86_400_000),
    };
  }

  /** Public: what an invitation link is for, so the page can greet the person. */
  async describe(token: string): Promise<PublicInvitationView> {
    const invitation = await this.findPendingByToken(token);
    return this.steps.inAuth(async () => {
      const institution = await this.institutions.findById(invitation.institutionId);
      if (!institution) throw new InvalidLinkError();
      return {
        institution: { id: institution.id, slug: institution.slug, name: institution.name },
        email: invitation.email,
        roles: invitation.roles,
        expiresAt: invitation.expiresAt.toISOString(),
        accountExists: (await this.users.findByEmail(invitation.email)) !== null,
      };
    });
  }

  /** Resolves a link before any institution is known; row-level security shows only that row. */
  async findPendingByToken(token: string): Promise<Invitation> {
    if (typeof token !== 'string' || token.length < 20 || token.length > 100) throw new InvalidLinkError();
    const tokenHash = sha256Hex(token);
    const invitation = await this.steps.inAuth(() => this.invitations.findByTokenHash(tokenHash), { invitationTokenHash: tokenHash });
    if (!invitation || invitationStatus(invitation) !== 'PENDIENTE') throw new InvalidLinkError();
    return invitation;
  }

  toView(i: Invitation): InvitationView {
    return {
      id: i.id,
      email: i.email,
      roles: i.roles,
      employmentLevel: i.employmentLevel ?? null,
      status: invitationStatus(i),
      expiresAt: i.expiresAt.toISOString(),
      createdAt: i.createdAt.toISOString(),
    };
  }
}
