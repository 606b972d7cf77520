import { Injectable } from '@nestjs/common';
import argon2 from 'argon2';

/**
 * argon2id with OWASP's first recommended configuration (m = 19 MiB, t = 2, p = 1): the
 * minimum the benchmarks report against. Hashes carry their parameters, so raising them later
 * only needs `needsRehash` at the next login.
 */
export const ARGON2_PARAMS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

@Injectable()
export class PasswordHasher {
  private dummy: Promise<string> | null = null;

  hash(password: string): Promise<string> {
    return argon2.hash(password, ARGON2_PARAMS);
  }

  async verify(hash: string, password: string): Promise<boolean> {
    try {
      return await argon2.verify(hash, password);
    } catch {
      return false;
    }
  }

  needsRehash(hash: string): boolean {
    return argon2.needsRehash(hash, ARGON2_PARAMS);
  }

  /** Spends the same time as a real check, so unknown accounts answer as slowly as known ones. */
  async verifyDummy(password: string): Promise<false> {
    this.dummy ??= this.hash('veraz-dummy-password-for-timing');
    await this.verify(await this.dummy, password);
    return false;
  }
}
