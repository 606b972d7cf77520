import { Injectable } from '@nestjs/common';
import { CurrentTransaction } from '@veraz/tenancy';
import { LoginAttempt } from '../entities';

@Injectable()
export class LoginAttemptsRepository {
  constructor(private readonly tx: CurrentTransaction) {}

  private repo() {
    return this.tx.manager().getRepository(LoginAttempt);
  }

  find(keyHash: string): Promise<LoginAttempt | null> {
    return this.repo().findOne({ where: { keyHash } });
  }

  /** Atomically counts one more failure and returns the new count. */
  async increment(keyHash: string): Promise<number> {
    const rows: Array<{ failures: number }> = await this.tx.manager().query(
      `INSERT INTO login_attempts (key_hash, failures, last_failure_at) VALUES ($1, 1, now())
       ON CONFLICT (key_hash) DO UPDATE SET failures = login_attempts.failures + 1, last_failure_at = now()
       RETURNING failures`,
      [keyHash],
    );
    return rows[0].failures;
  }

  async lockUntil(keyHash: string, until: Date): Promise<void> {
    await this.repo().update({ keyHash }, { lockedUntil: until });
  }

  async clear(keyHash: string): Promise<void> {
    await this.repo().delete({ keyHash });
  }
}
