import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AuditLog } from '@veraz/audit';
import { ValidationError } from '@veraz/contracts';
import { randomToken, seal, sha256Hex } from '@veraz/crypto';
import { JobQueue } from '@veraz/queue';
import { StepRunner } from '@veraz/tenancy';
import { InvalidLinkError } from '../accounts.errors';
import { LoginLockout } from '../auth/login-lockout';
import { ACCOUNT_EMAIL } from '../emails/account-email.job';
import { PasswordHasher } from '../identity/password-hasher';
import { passwordProblems } from '../identity/password-policy';
import { PasswordResetsRepository, SessionsRepository, UsersRepository } from '../repositories';
import { LINK_SEALING_KEY } from '../sealing-key';

export const RESET_LINK_TTL_MS = 60 * 60 * 1000;

/**
 * Single-use reset links valid for one hour. Asking for one answers the same whether or not the
 * address has an account; only an existing account gets an e-mail.
 */
@Injectable()
export class PasswordResetService {
  constructor(
    private readonly steps: StepRunner,
    private readonly users: UsersRepository,
    private readonly resets: PasswordResetsRepository,
    private readonly sessions: SessionsRepository,
    private readonly hasher: PasswordHasher,
    private readonly lockout: LoginLockout,
    private readonly jobs: JobQueue,
    private readonly audit: AuditLog,
    @Inject(LINK_SEALING_KEY) private readonly sealingKey: Buffer,
  ) {}

  async request(email: string): Promise<void> {
    await this.steps.inAuth(async () => {
      const user = await this.users.findByEmail(email);
      if (!user) return;
      await this.resets.invalidateOpen(user.id);
      const id = randomUUID();
      const token = randomToken();
      await this.resets.insert({
        id,
        userId: user.id,
        tokenHash: sha256Hex(token),
        tokenSealed: seal(this.sealingKey, token, `password-reset:${id}`),
        expiresAt: new Date(Date.now() + RESET_LINK_TTL_MS),
      });
      await this.jobs.enqueue(ACCOUNT_EMAIL, { institutionId: null, kind: 'password-reset', resetId: id }, { jobId: `password-reset-${id}` });
      await this.audit.record({ action: 'auth.password_reset_requested', actorUserId: user.id, targetType: 'user', targetId: user.id });
    });
  }

  async confirm(token: string, password: string): Promise<void> {
    const hash = sha256Hex(token);
    // Check the link first so a bad link is reported before password rules.
    const userId = await this.steps.inAuth(async () => {
      const reset = await this.resets.findByTokenHashForUpdate(hash);
      if (!reset || reset.usedAt || reset.expiresAt.getTime() <= Date.now()) throw new InvalidLinkError();
      return reset.userId;
    });
    const user = await this.steps.inAuth(() => this.users.findById(userId));
    const problems = passwordProblems(password, { email: user?.email });
    if (problems.length) throw new ValidationError(problems.map((message) => ({ path: 'password', message })));
    const passwordHash = await this.hasher.hash(password);
    await this.steps.inAuth(async () => {
      const reset = await this.resets.findByTokenHashForUpdate(hash);
      if (!reset || reset.usedAt || reset.expiresAt.getTime() <= Date.now()) throw new InvalidLinkError();
      await this.users.updatePassword(reset.userId, passwordHash);
      await this.resets.markUsed(reset.id);
      await this.resets.invalidateOpen(reset.userId);
      await this.sessions.revokeAllOfUser(reset.userId);
      if (user) await this.lockout.clear(this.lockout.keyFor(user.email));
      await this.audit.record({ action: 'auth.password_reset', actorUserId: reset.userId, targetType: 'user', targetId: reset.userId });
    });
  }
}
