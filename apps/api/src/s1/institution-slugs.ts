import { Injectable } from '@nestjs/common';
import { InstitutionsService } from '@veraz/institutions';

const TTL_MS = 60_000;

/**
 * Slug → institution id for the S1 routes. The PDN sends two requests per search, each naming
 * the institution in its URL; a short cache keeps that lookup off the database.
 */
@Injectable()
export class InstitutionSlugs {
  private readonly cache = new Map<string, { id: string | null; name: string | null; at: number }>();

  constructor(private readonly institutions: InstitutionsService) {}

  async resolve(slug: string): Promise<{ id: string; name: string } | null> {
    const key = slug.toLowerCase();
    const hit = this.cache.get(key);
    if (hit && Date.now() - hit.at < TTL_MS) return hit.id && hit.name ? { id: hit.id, name: hit.name } : null;
    const found = /^[a-z0-9-]{1,40}$/.test(key) ? await this.institutions.findBySlug(key) : null;
    this.cache.set(key, { id: found?.id ?? null, name: found?.name ?? null, at: Date.now() });
    return found ? { id: found.id, name: found.name } : null;
  }
}
