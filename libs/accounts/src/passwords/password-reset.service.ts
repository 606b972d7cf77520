import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AuditLog } from '@veraz/audit';
import { ValidationError } from '@veraz/contracts';
import { randomToken, seal, sha256Hex, unseal } from '@veraz/crypto';
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
 * Single-use reset links valid for one hour. Asking for one answers before any work that depends
 * on the address: the request only enqueues a job, the same for every address, so neither the
 * answer nor its timing tells whether an account exists. The job (AccountEmailHandler) looks the
 * address up, creates the link and sends it; an unknown address gets nothing.
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
    const resetId = randomUUID();
    // Sealed: the address rests in the outbox and the queue until the job runs.
    const emailSealed = seal(this.sealingKey, email, `password-reset-request:${resetId}`);
    await this.steps.inAuth(() =>
      this.jobs.enqueue(ACCOUNT_EMAIL, { institutionId: null, kind: 'password-reset', resetId, emailSealed }, { jobId: `password-reset-${resetId}` }),
    );
  }

  /**
   * The job's half of a request, inside the job's transaction: creates the link `resetId` for the
   * account of the sealed address (older open links stop working). False when no account has it.
   */
  async issue(resetId: string, emailSealed: string): Promise<boolean> {
    if (await this.resets.findById(resetId)) return true; // a retried job whose link was committed
    const user = await this.users.findByEmail(unseal(this.sealingKey, emailSealed, `password-reset-request:${resetId}`));
    if (!user) return false;
    await this.resets.invalidateOpen(user.id);
    const token = randomToken();
    await this.resets.insert({
      id: resetId,
      userId: user.id,
      tokenHash: sha256Hex(token),
      tokenSealed: seal(this.sealingKey, token, `password-reset:${resetId}`),
      expiresAt: new Date(Date.now() + RESET_LINK_TTL_MS),
    });
    await this.audit.record({ action: 'auth.password_reset_requested', actorUserId: user.id, targetType: 'user', targetId: user.id });
    return true;
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
