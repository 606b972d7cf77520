import { Injectable } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { AuditLog } from '@veraz/audit';
import { ValidationError, type FieldError } from '@veraz/contracts';
import { StepRunner } from '@veraz/tenancy';
import { AccountConflictError, InvalidCredentialsError, InvalidLinkError, OperatorHoldsNoTenantRolesError } from '../accounts.errors';
import { AuthenticationService, type IssuedSession } from '../auth/authentication.service';
import { invitationStatus } from '../entities';
import { PasswordHasher } from '../identity/password-hasher';
import { passwordProblems } from '../identity/password-policy';
import { checkPersonIdentity } from '../identity/person-identity';
import { InvitationsRepository, MembershipsRepository, RosterLinksRepository, UsersRepository, type NewUser } from '../repositories';
import { InvitationsService } from './invitations.service';

export interface AcceptInvitationInput {
  password: string;
  nombre?: string;
  primerApellido?: string;
  segundoApellido?: string | null;
  curp?: string;
  rfc?: string;
  homoclave?: string;
  userAgent?: string;
}

const OPERATOR_ACCEPT_MESSAGE =
  'Las cuentas de operación de la plataforma no pueden unirse a una institución. Pide que inviten a la persona con otro correo.';

const NOT_IN_ROSTER_MESSAGE =
  'Tu CURP no corresponde a ninguna persona del padrón de esta institución. Pide a la persona administradora que revise tu registro en el padrón.';

const CONFLICT_MESSAGE =
  'No fue posible crear la cuenta con esos datos. Si ya tienes una cuenta en Veraz, pide que te inviten con el correo de esa cuenta.';

/**
 * Accepting an invitation either registers a new person (name, CURP, RFC, password) or, when the
 * e-mail already has an account, asks for that account's password. The account is always the one
 * of the invited e-mail (never the caller's session), and the link reached only that address. Membership and acceptance are
 * written in one transaction of the inviting institution; the person is then signed in.
 */
@Injectable()
export class InvitationAcceptanceService {
  constructor(
    private readonly steps: StepRunner,
    private readonly invitationsService: InvitationsService,
    private readonly invitations: InvitationsRepository,
    private readonly users: UsersRepository,
    private readonly memberships: MembershipsRepository,
    private readonly roster: RosterLinksRepository,
    private readonly hasher: PasswordHasher,
    private readonly authentication: AuthenticationService,
    private readonly audit: AuditLog,
  ) {}

  async accept(token: string, input: AcceptInvitationInput): Promise<IssuedSession> {
    const invitation = await this.invitationsService.findPendingByToken(token);
    const existing = await this.steps.inAuth(() => this.users.findCredentialsByEmail(invitation.email));
    let newUser: NewUser | null = null;
    if (existing) {
      if (!(await this.hasher.verify(existing.passwordHash, input.password ?? ''))) throw new InvalidCredentialsError();
      // Checked after the password, so only the account's owner learns why.
      if (existing.isOperator) throw new OperatorHoldsNoTenantRolesError(OPERATOR_ACCEPT_MESSAGE);
    } else {
      newUser = await this.prepareNewUser(invitation.email, input);
    }

    const userId = await this.steps.inTenant(invitation.institutionId, async () => {
      const fresh = await this.invitations.findByIdForUpdate(invitation.id);
      if (!fresh || invitationStatus(fresh) !== 'PENDIENTE') throw new InvalidLinkError();
      let id = existing?.id;
      if (newUser) {
        if (await this.users.curpTaken(newUser.curp!)) throw new AccountConflictError(CONFLICT_MESSAGE);
        id = (await this.insertUser(newUser)).id;
        await this.audit.record({ action: 'user.created', actorUserId: id, targetType: 'user', targetId: id });
      }
      // A declarante joins only as a roster row, matched by CURP (an invitation without DECLARANTE, such as the
      // first admin an operator invites, needs none).
      const rosterRow = fresh.roles.includes('DECLARANTE') ? await this.rosterRowFor(fresh.rosterPersonId, newUser?.curp ?? (await this.users.findById(id!))?.curp ?? null, id!) : null;
      const membership = await this.memberships.findByUser(id!);
      // The level the admin chose when inviting lets the new filer start right away.
      if (membership) {
        const roles = [...new Set([...membership.roles, ...fresh.roles])];
        await this.memberships.updateRoles(membership.id, roles);
        if (fresh.employmentLevel) await this.memberships.setLevelIfUnset(membership.id, fresh.employmentLevel);
      } else {
        const created = await this.memberships.insert(id!, fresh.roles, fresh.employmentLevel);
        await this.audit.record({
          action: 'member.added',
          actorUserId: id,
          targetType: 'membership',
          targetId: created.id,
          details: { roles: fresh.roles, employmentLevel: fresh.employmentLevel },
        });
      }
      if (rosterRow) {
        const joined = membership ?? (await this.memberships.findByUser(id!));
        await this.roster.link(rosterRow.id, id!, joined!.id, rosterRow.fechaBaja);
      }
      await this.invitations.markAccepted(fresh.id, id!);
      await this.audit.record({ action: 'invitation.accepted', actorUserId: id, targetType: 'invitation', targetId: fresh.id });
      return id!;
    });
    return this.steps.inAuth(() => this.authentication.openSession(userId, invitation.institutionId, input.userAgent), { userId });
  }

  /** The invitation's roster row (or, for a manual invitation, the institution's row) with this CURP; 409 otherwise. */
  private async rosterRowFor(rosterPersonId: string | null, curp: string | null, userId: string) {
    if (!curp) throw new AccountConflictError(NOT_IN_ROSTER_MESSAGE, 'curp');
    const row = rosterPersonId ? await this.roster.find({ id: rosterPersonId }) : await this.roster.find({ curp });
    // A row already joined by another account is not this person's to take.
    if (!row || row.curp !== curp || (row.userId && row.userId !== userId)) throw new AccountConflictError(NOT_IN_ROSTER_MESSAGE, 'curp');
    return row;
  }

  private async prepareNewUser(email: string, input: AcceptInvitationInput): Promise<NewUser> {
    const { identity, errors } = checkPersonIdentity({
      nombre: input.nombre ?? '',
      primerApellido: input.primerApellido ?? '',
      segundoApellido: input.segundoApellido ?? null,
      curp: input.curp ?? '',
      rfc: input.rfc ?? '',
      homoclave: input.homoclave ?? '',
    });
    const passwordErrors: FieldError[] = passwordProblems(input.password ?? '', { email }).map((message) => ({ path: 'password', message }));
    if (errors.length || passwordErrors.length) throw new ValidationError([...errors, ...passwordErrors]);
    return { ...identity, email, passwordHash: await this.hasher.hash(input.password), isOperator: false };
  }

  private async insertUser(user: NewUser) {
    try {
      return await this.users.insert(user);
    } catch (err) {
      // A concurrent registration with the same e-mail or CURP.
      if (err instanceof QueryFailedError && (err.driverError as { code?: string })?.code === '23505') {
        throw new AccountConflictError(CONFLICT_MESSAGE);
      }
      throw err;
    }
  }
}
