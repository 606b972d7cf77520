import { Inject, Injectable } from '@nestjs/common';
import { VERAZ_CONFIG, type VerazConfig } from '@veraz/config';
import { sha256Hex } from '@veraz/crypto';
import { TooManyAttemptsError } from '../accounts.errors';
import { LoginAttemptsRepository } from '../repositories';

const MAX_LOCK_SECONDS = 3600;

/**
 * Progressive lockout keyed by the e-mail typed, whether or not an account exists, so the answer
 * never reveals which addresses are registered. After the threshold each further failure doubles
 * the wait (1, 2, 4 … minutes, up to one hour). Must run inside a database context.
 */
@Injectable()
export class LoginLockout {
  constructor(
    private readonly attempts: LoginAttemptsRepository,
    @Inject(VERAZ_CONFIG) private readonly config: VerazConfig,
  ) {}

  keyFor(email: string): string {
    return sha256Hex(`login:${email.trim().toLowerCase()}`);
  }

  /** Throws while the key is locked; otherwise true when failures are on record (a success should clear them). */
  async assertNotLocked(key: string): Promise<boolean> {
    const row = await this.attempts.find(key);
    const remainingMs = row?.lockedUntil ? row.lockedUntil.getTime() - Date.now() : 0;
    if (remainingMs > 0) throw new TooManyAttemptsError(Math.ceil(remainingMs / 1000));
    return row !== null;
  }

  /** Returns the lock in seconds that this failure caused (0 when still under the threshold). */
  async registerFailure(key: string): Promise<number> {
    const failures = await this.attempts.increment(key);
    const over = failures - this.config.auth.lockoutThreshold;
    if (over < 0) return 0;
    const seconds = Math.min(60 * 2 ** over, MAX_LOCK_SECONDS);
    await this.attempts.lockUntil(key, new Date(Date.now() + seconds * 1000));
    return seconds;
  }

  clear(key: string): Promise<void> {
    return this.attempts.clear(key);
  }
}
