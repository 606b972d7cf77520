import { Inject, Injectable, Logger } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { VERAZ_CONFIG, type VerazConfig } from '@veraz/config';
import { StepRunner } from '@veraz/tenancy';
import { S1_TOKEN_TTL_SECONDS } from '../s1-token.constants';
import { S1ClientsRepository } from './s1-clients.repository';

/** How stale the in-memory list may get before a token check reloads it, unless S1_CLIENT_CACHE_SECONDS says otherwise. */
export const S1_REVOCATION_REFRESH_MS = 30_000;
const WINDOW_SECONDS = S1_TOKEN_TTL_SECONDS + 300;

/** Older than the refresh interval, or read "in the future" because the clock went back since. */
export function isStale(loadedAt: number, maxAgeMs = S1_REVOCATION_REFRESH_MS): boolean {
  const age = Date.now() - loadedAt;
  return age < 0 || age > maxAgeMs;
}

/**
 * Credentials revoked recently enough that tokens issued before the revocation may still be alive
 * (one token lifetime, plus a margin). Token checks read this in-memory set, so the data endpoint
 * makes no database call for it; the set is reloaded with one small query at most every
 * S1_CLIENT_CACHE_SECONDS (30 s), and a revocation made by this process applies at once. Another API
 * process notices within that delay.
 */
@Injectable()
export class S1Revocations {
  private readonly logger = new Logger('S1Revocations');
  private revoked = new Set<string>();
  /** Revocations made here, kept across reloads until no token of theirs can be alive. */
  private readonly local = new Map<string, number>();
  private loadedAt = 0;
  private loading: Promise<void> | null = null;
  private readonly maxAgeMs: number;

  constructor(
    @Inject(VERAZ_CONFIG) config: VerazConfig,
    private readonly steps: StepRunner,
    private readonly cls: ClsService,
    private readonly clients: S1ClientsRepository,
  ) {
    this.maxAgeMs = config.auth.s1ClientCacheSeconds * 1000;
  }

  /** The delay a credential row may be trusted for (S1ClientCache keeps rows no longer than the list). */
  get refreshMs(): number {
    return this.maxAgeMs;
  }

  async isRevoked(clientRowId: string): Promise<boolean> {
    if (isStale(this.loadedAt, this.maxAgeMs)) await this.reload();
    return this.revoked.has(clientRowId);
  }

  /** Called after a revocation commits in this process. */
  add(clientRowId: string): void {
    this.local.set(clientRowId, Date.now());
    this.revoked.add(clientRowId);
  }

  private reload(): Promise<void> {
    this.loading ??= this.load().finally(() => {
      this.loading = null;
    });
    return this.loading;
  }

  private async load(): Promise<void> {
    const startedAt = Date.now();
    try {
      // A context of its own: the caller may already be inside another transaction (the data endpoint's).
      const ids = await this.cls.run({ ifNested: 'override' }, () =>
        this.steps.inAuth(() => this.clients.revokedWithin(WINDOW_SECONDS)),
      );
      for (const [id, at] of this.local) if (at < startedAt - WINDOW_SECONDS * 1000) this.local.delete(id);
      this.revoked = new Set([...ids, ...this.local.keys()]);
      this.loadedAt = startedAt;
    } catch (err) {
      this.logger.error({ err }, 'no se pudo leer la lista de credenciales S1 revocadas');
      throw err;
    }
  }
}
