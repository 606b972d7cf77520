import type { S1ClientForToken } from '../credentials/s1-clients.repository';
import { isStale, S1_REVOCATION_REFRESH_MS } from '../credentials/s1-revocations';

const MAX_ENTRIES = 10_000;

interface Entry {
  client: S1ClientForToken;
  loadedAt: number;
}

/**
 * The PDN asks for a token before every page it reads, always with the same few credentials, so the
 * credential row is kept in memory for as long as the revocation list may be stale
 * (S1_CLIENT_CACHE_SECONDS, 30 s). Only live
 * credentials are kept, never unknown client ids; revocation is still checked on every grant against
 * S1Revocations, which applies a revocation made in this process at once. Credentials never change
 * otherwise (secrets are not rotated in place, institution slugs are fixed).
 */
export class S1ClientCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly maxAgeMs = S1_REVOCATION_REFRESH_MS) {}

  get(clientId: string): S1ClientForToken | undefined {
    const entry = this.entries.get(clientId);
    if (!entry) return undefined;
    if (isStale(entry.loadedAt, this.maxAgeMs)) {
      this.entries.delete(clientId);
      return undefined;
    }
    return entry.client;
  }

  set(clientId: string, client: S1ClientForToken): void {
    if (client.revoked_at !== null) return;
    this.entries.delete(clientId);
    // Oldest first in a Map: drop it when full (a bound against a flood of distinct valid ids is enough).
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(clientId, { client, loadedAt: Date.now() });
  }

  /** After a grant wrote last_used_at, so the next grants know it without reading it back. */
  touched(clientId: string, at: Date): void {
    const entry = this.entries.get(clientId);
    if (entry) entry.client = { ...entry.client, last_used_at: at };
  }
}
