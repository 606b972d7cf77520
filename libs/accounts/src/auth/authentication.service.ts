import { Inject, Injectable } from '@nestjs/common';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { ClsService } from 'nestjs-cls';
import { AuditLog } from '@veraz/audit';
import { VERAZ_CONFIG, type VerazConfig } from '@veraz/config';
import type { SessionView } from '@veraz/contracts';
import { randomToken, sha256Hex } from '@veraz/crypto';
import { StepRunner } from '@veraz/tenancy';
import { InvalidCredentialsError, UnauthenticatedError } from '../accounts.errors';
import type { User } from '../entities';
import { PasswordHasher } from '../identity/password-hasher';
import { MembershipsRepository, SessionsRepository, UsersRepository } from '../repositories';
import { AccessTokens } from './access-tokens';
import { LoginLockout } from './login-lockout';
import type { Principal } from './principal';
import { SessionViews } from './session-views';

/**
 * A password proven by reauthenticate in this request, and the person it proved, so the signing step
 * neither hashes it nor reads the account again.
 */
const PROVEN_PASSWORD_KEY = 'veraz.provenPassword';

export interface IssuedSession {
  refreshToken: string;
  refreshExpiresAt: Date;
  view: SessionView;
}

@Injectable()
export class AuthenticationService {
  constructor(
    private readonly steps: StepRunner,
    private readonly users: UsersRepository,
    private readonly memberships: MembershipsRepository,
    private readonly sessions: SessionsRepository,
    private readonly hasher: PasswordHasher,
    private readonly lockout: LoginLockout,
    private readonly tokens: AccessTokens,
    private readonly views: SessionViews,
    private readonly audit: AuditLog,
    @Inject(VERAZ_CONFIG) private readonly config: VerazConfig,
    private readonly cls: ClsService,
  ) {}

  // Keyed per process: what the request context holds cannot be turned back into the password.
  private readonly proofKey = randomBytes(32);

  /**
   * Re-authentication inside the caller's transaction (signing a declaration): the person when the
   * password is theirs, null otherwise. The hash never leaves this service.
   */
  async verifyPassword(userId: string, password: string): Promise<Omit<User, 'passwordHash'> | null> {
    const proven = this.provenInThisRequest(userId, password);
    if (proven) return proven;
    const user = await this.users.findCredentialsById(userId);
    if (!user) return null;
    if (!(await this.hasher.verify(user.passwordHash, password))) return null;
    const { passwordHash: _hash, ...person } = user;
    return person;
  }

  /**
   * The throttled password check of a step that re-asks for it (signing): the account's login
   * lockout applies, a wrong password counts a failure and a success clears it, as at login. Each
   * step commits on its own, so the caller runs this before opening its own transaction; a
   * failure stays counted although the request then fails. False when the password is wrong.
   */
  async reauthenticate(userId: string, password: string): Promise<boolean> {
    // One step reads the account and its lockout, as login does.
    const found = await this.steps.inAuth(async () => {
      const user = await this.users.findCredentialsById(userId);
      if (!user) return null;
      const key = this.lockout.keyFor(user.email);
      return { user, key, failures: await this.lockout.assertNotLocked(key) };
    });
    if (!found) return false;
    const { user, key } = found;
    if (!(await this.hasher.verify(user.passwordHash, password))) {
      const lockedFor = await this.steps.inAuth(() => this.lockout.registerFailure(key));
      await this.recordFailure(user.id, key, lockedFor, 'auth.reauthentication_failed');
      return false;
    }
    // Nothing to clear when no failure was on record (the common case: one transaction less).
    if (found.failures) await this.steps.inAuth(() => this.lockout.clear(key));
    const { passwordHash: _hash, ...person } = user;
    if (this.cls.isActive()) this.cls.set(PROVEN_PASSWORD_KEY, { userId, proof: this.proof(password), person });
    return true;
  }

  private proof(password: string): Buffer {
    return createHmac('sha256', this.proofKey).update(password).digest();
  }

  /** The person whose password this request already proved, or null. */
  private provenInThisRequest(userId: string, password: string): Omit<User, 'passwordHash'> | null {
    const proven = this.cls.isActive() ? this.cls.get<{ userId: string; proof: Buffer; person: Omit<User, 'passwordHash'> } | undefined>(PROVEN_PASSWORD_KEY) : undefined;
    return proven?.userId === userId && timingSafeEqual(proven.proof, this.proof(password)) ? proven.person : null;
  }

  async login(input: { email: string; password: string; userAgent?: string }): Promise<IssuedSession> {
    const key = this.lockout.keyFor(input.email);
    const user = await this.steps.inAuth(async () => {
      await this.lockout.assertNotLocked(key);
      return this.users.findCredentialsByEmail(input.email);
    });
    const valid = user ? await this.hasher.verify(user.passwordHash, input.password) : await this.hasher.verifyDummy(input.password);
    if (!user || !valid) {
      const lockedFor = await this.steps.inAuth(() => this.lockout.registerFailure(key));
      await this.recordFailure(user?.id ?? null, key, lockedFor);
      throw new InvalidCredentialsError();
    }
    if (this.hasher.needsRehash(user.passwordHash)) {
      const rehashed = await this.hasher.hash(input.password);
      await this.steps.inAuth(() => this.users.updatePassword(user.id, rehashed));
    }
    return this.steps.inAuth(
      async () => {
        await this.lockout.clear(key);
        const first = (await this.memberships.findAllOfUser(user.id))[0];
        return this.openSession(user.id, first?.institutionId ?? null, input.userAgent);
      },
      { userId: user.id },
    ).then(async (issued) => {
      await this.recordIn(issued.view.institution?.id ?? null, user.id, { action: 'auth.login', targetType: 'session', targetId: null });
      return issued;
    });
  }

  /** Rotates the refresh token. Presenting an already-rotated token revokes the whole session. */
  async refresh(refreshToken: string): Promise<IssuedSession> {
    const hash = sha256Hex(refreshToken);
    const outcome = await this.steps.inAuth(async () => {
      const session = await this.sessions.findByRefreshHashForUpdate(hash);
      if (!session) {
        const reused = await this.sessions.findByPreviousHash(hash);
        if (reused && !reused.revokedAt) {
          await this.sessions.revoke(reused.id);
          return { kind: 'reuse' as const, session: reused };
        }
        return null;
      }
      if (session.revokedAt || session.expiresAt.getTime() <= Date.now()) return null;
      const next = randomToken();
      const expiresAt = this.refreshExpiry();
      await this.sessions.rotate(session.id, hash, sha256Hex(next), expiresAt);
      return { kind: 'rotated' as const, session, next, expiresAt };
    });
    if (!outcome) throw new UnauthenticatedError();
    if (outcome.kind === 'reuse') {
      await this.recordIn(outcome.session.activeInstitutionId, outcome.session.userId, {
        action: 'auth.refresh_reuse_detected',
        targetType: 'session',
        targetId: outcome.session.id,
      });
      throw new UnauthenticatedError();
    }
    const { session, next, expiresAt } = outcome;
    const view = await this.steps.inAuth(
      () => this.viewFor(session.userId, session.id, session.activeInstitutionId),
      { userId: session.userId },
    );
    return { refreshToken: next, refreshExpiresAt: expiresAt, view };
  }

  async logout(refreshToken: string): Promise<void> {
    const hash = sha256Hex(refreshToken);
    const session = await this.steps.inAuth(async () => {
      const found = await this.sessions.findByRefreshHashForUpdate(hash);
      if (found && !found.revokedAt) await this.sessions.revoke(found.id);
      return found;
    });
    if (session && !session.revokedAt) {
      await this.recordIn(session.activeInstitutionId, session.userId, { action: 'auth.logout', targetType: 'session', targetId: session.id });
    }
  }

  /** Moves the session to another institution the person belongs to. */
  async switchInstitution(principal: Principal, institutionId: string): Promise<SessionView> {
    return this.steps.inAuth(
      async () => {
        const own = await this.memberships.findAllOfUser(principal.userId);
        if (!own.some((m) => m.institutionId === institutionId)) {
          throw new UnauthenticatedError('No perteneces a esa institución.');
        }
        await this.sessions.setActiveInstitution(principal.sessionId, institutionId);
        return this.viewFor(principal.userId, principal.sessionId, institutionId);
      },
      { userId: principal.userId },
    );
  }

  current(principal: Principal): Promise<SessionView> {
    return this.steps.inAuth(() => this.viewFor(principal.userId, principal.sessionId, principal.institutionId), {
      userId: principal.userId,
    });
  }

  /** Creates a session for a person whose identity was just proven (login, invitation, reset). Needs an auth context with userId. */
  async openSession(userId: string, institutionId: string | null, userAgent?: string): Promise<IssuedSession> {
    const refreshToken = randomToken();
    const refreshExpiresAt = this.refreshExpiry();
    const session = await this.sessions.insert({
      userId,
      activeInstitutionId: institutionId,
      refreshTokenHash: sha256Hex(refreshToken),
      expiresAt: refreshExpiresAt,
      userAgent: userAgent?.slice(0, 300) ?? null,
    });
    return { refreshToken, refreshExpiresAt, view: await this.viewFor(userId, session.id, institutionId) };
  }

  private viewFor(userId: string, sessionId: string, institutionId: string | null): Promise<SessionView> {
    const token = this.tokens.sign({ sub: userId, sid: sessionId, inst: institutionId });
    return this.views.build(userId, institutionId, token, this.tokens.ttlSeconds);
  }

  private refreshExpiry(): Date {
    return new Date(Date.now() + this.config.auth.refreshTokenTtlDays * 86_400_000);
  }

  /** A failed login is written to every institution the account belongs to, or to the platform chain. */
  private async recordFailure(
    userId: string | null,
    key: string,
    lockedFor: number,
    action: 'auth.login_failed' | 'auth.reauthentication_failed' = 'auth.login_failed',
  ): Promise<void> {
    const details = { emailHash: key.slice(0, 16), ...(lockedFor ? { lockedSeconds: lockedFor } : {}) };
    const institutions = userId
      ? await this.steps.inAuth(async () => (await this.memberships.findAllOfUser(userId)).map((m) => m.institutionId), { userId })
      : [];
    if (institutions.length === 0) {
      await this.steps.inAuth(() => this.audit.record({ action, actorUserId: userId, details }));
      return;
    }
    for (const institutionId of institutions) {
      await this.steps.inTenant(institutionId, () => this.audit.record({ action, actorUserId: userId, details }));
    }
  }

  private async recordIn(
    institutionId: string | null,
    userId: string,
    entry: { action: 'auth.login' | 'auth.logout' | 'auth.refresh_reuse_detected'; targetType: string; targetId: string | null },
  ): Promise<void> {
    const write = () => this.audit.record({ ...entry, actorUserId: userId });
    await (institutionId ? this.steps.inTenant(institutionId, write, { userId }) : this.steps.inAuth(write, { userId }));
  }
}
