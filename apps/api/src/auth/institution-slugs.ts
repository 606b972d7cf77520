import { Injectable } from '@nestjs/common';
import { InstitutionsService } from '@veraz/institutions';
import { UnitOfWork } from '@veraz/tenancy';

const TTL_MS = 60_000;

export interface NamedInstitution {
  id: string;
  slug: string;
  name: string;
}

/**
 * Slug → institution for the public routes addressed to one institution (part of the request
 * runner). The PDN sends two requests per search, each naming the institution in its URL; a short
 * cache keeps that lookup off the database, and a miss reads it in the public scope.
 */
@Injectable()
export class InstitutionSlugs {
  private readonly cache = new Map<string, { found: NamedInstitution | null; at: number }>();

  constructor(
    private readonly institutions: InstitutionsService,
    private readonly uow: UnitOfWork,
  ) {}

  async resolve(slug: string): Promise<NamedInstitution | null> {
    const key = slug.toLowerCase();
    const hit = this.cache.get(key);
    if (hit && Date.now() - hit.at < TTL_MS) return hit.found;
    const institution = /^[a-z0-9-]{1,40}$/.test(key) ? await this.uow.inPublic(() => this.institutions.findBySlug(key)) : null;
    const found = institution ? { id: institution.id, slug: institution.slug, name: institution.name } : null;
    this.cache.set(key, { found, at: Date.now() });
    return found;
  }
}
