import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { AuditLog } from '@veraz/audit';
import { ValidationError, type FieldError, type InstitutionRole } from '@veraz/contracts';
import { EMAIL_PATTERN } from '@veraz/standards';
import { CurrentTransaction, MissingDbContextError } from '@veraz/tenancy';
import { AccountConflictError, OperatorHoldsNoTenantRolesError, OPERATOR_MEMBERSHIP_MESSAGE } from '../accounts.errors';
import type { User } from '../entities';
import { PasswordHasher } from '../identity/password-hasher';
import { passwordProblems } from '../identity/password-policy';
import { checkPersonIdentity } from '../identity/person-identity';
import { normalizeRoles } from '../members/roles';
import { MembershipsRepository, UsersRepository } from '../repositories';

export interface NewAccountInput {
  email: string;
  password?: string;
  nombre: string;
  primerApellido: string;
  segundoApellido?: string | null;
  curp?: string;
  rfc?: string;
  homoclave?: string;
  isOperator?: boolean;
}


/** Account creation by operators (CLI, demo); people otherwise join through invitations. */
@Injectable()
export class AccountProvisioning {
  constructor(
    private readonly tx: CurrentTransaction,
    private readonly users: UsersRepository,
    private readonly memberships: MembershipsRepository,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditLog,
  ) {}

  /** Returns the account and the password to hand over (generated when none was given). */
  async createUser(input: NewAccountInput): Promise<{ user: User; password: string }> {
    const email = input.email.trim().toLowerCase();
    const errors: FieldError[] = [];
    if (!EMAIL_PATTERN.test(email)) errors.push({ path: 'email', message: 'debe ser un correo electrónico válido' });
    const password = input.password ?? generatePassword();
    errors.push(...passwordProblems(password, { email }).map((message) => ({ path: 'password', message })));
    const hasIdentity = Boolean(input.curp || input.rfc || input.homoclave);
    const { identity, errors: identityErrors } = checkPersonIdentity({
      nombre: input.nombre,
      primerApellido: input.primerApellido,
      segundoApellido: input.segundoApellido,
      curp: input.curp ?? '',
      rfc: input.rfc ?? '',
      homoclave: input.homoclave ?? '',
    });
    errors.push(...identityErrors.filter((e) => hasIdentity || ['nombre', 'primerApellido', 'segundoApellido'].includes(e.path)));
    if (errors.length) throw new ValidationError(errors);
    const passwordHash = await this.hasher.hash(password);
    const user = await this.outsideTenant(async () => {
      if (await this.users.findByEmail(email)) throw new AccountConflictError('Ya existe una cuenta con ese correo.', 'email');
      if (hasIdentity && (await this.users.curpTaken(identity.curp))) throw new AccountConflictError('Ya existe una cuenta con esa CURP.', 'curp');
      const created = await this.users.insert({
        email,
        passwordHash,
        nombre: identity.nombre,
        primerApellido: identity.primerApellido,
        segundoApellido: identity.segundoApellido,
        curp: hasIdentity ? identity.curp : null,
        rfc: hasIdentity ? identity.rfc : null,
        homoclave: hasIdentity ? identity.homoclave : null,
        isOperator: input.isOperator ?? false,
      });
      await this.audit.record({ action: 'user.created', targetType: 'user', targetId: created.id, details: { operator: created.isOperator } });
      return created;
    });
    return { user, password };
  }

  findUserByEmail(email: string): Promise<User | null> {
    return this.users.findByEmail(email);
  }

  /** Adds roles to a person in the current institution (creating the membership when needed). */
  async grantRoles(userId: string, roles: InstitutionRole[], actorUserId: string | null): Promise<InstitutionRole[]> {
    const wanted = normalizeRoles(roles);
    if ((await this.users.findById(userId))?.isOperator) throw new OperatorHoldsNoTenantRolesError(OPERATOR_MEMBERSHIP_MESSAGE);
    const membership = await this.memberships.findByUser(userId);
    if (!membership) {
      const created = await this.memberships.insert(userId, wanted);
      await this.audit.record({ action: 'member.added', actorUserId, targetType: 'membership', targetId: created.id, details: { roles: wanted } });
      return wanted;
    }
    const merged = normalizeRoles([...membership.roles, ...wanted]);
    await this.memberships.updateRoles(membership.id, merged);
    await this.audit.record({
      action: 'member.roles_changed',
      actorUserId,
      targetType: 'membership',
      targetId: membership.id,
      details: { before: membership.roles, after: merged },
    });
    return merged;
  }

  /** The person's membership id in the current institution, or null. */
  async membershipId(userId: string): Promise<string | null> {
    return (await this.memberships.findByUser(userId))?.id ?? null;
  }

  /** A new account is recorded in the platform audit chain, so it is never created inside an institution's context. */
  private async outsideTenant<T>(fn: () => Promise<T>): Promise<T> {
    const scope = this.tx.current()?.scope;
    if (scope !== 'platform' && scope !== 'auth') throw new MissingDbContextError('platform or auth context');
    return fn();
  }
}

/** 20 characters from an alphabet without look-alikes (about 110 bits). */
export function generatePassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(20);
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}
