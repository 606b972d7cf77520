import { Injectable } from '@nestjs/common';
import { AuditLog } from '@veraz/audit';
import { CurrentTransaction, MissingDbContextError } from '@veraz/tenancy';
import { InstitutionNotFoundError, InstitutionSlugTakenError, InvalidInstitutionError } from './institution.errors';
import type { Institution } from './institution.entity';
import { InstitutionsRepository } from './institutions.repository';

export const SLUG_PATTERN = /^[a-z0-9]([a-z0-9-]{0,38}[a-z0-9])?$/;

/** Institutions are managed by platform operators; every change is in the platform audit chain. */
const RESERVED_SLUGS = new Set(['oauth', 'v2', 'api', 's1']);

@Injectable()
export class InstitutionsService {
  constructor(
    private readonly tx: CurrentTransaction,
    private readonly repository: InstitutionsRepository,
    private readonly audit: AuditLog,
  ) {}

  async create(input: { slug: string; name: string }, actorUserId: string | null): Promise<Institution> {
    const slug = input.slug.trim().toLowerCase();
    const name = input.name.trim().replace(/\s+/g, ' ');
    if (!SLUG_PATTERN.test(slug)) {
      throw new InvalidInstitutionError('slug', 'solo minúsculas, números y guiones (2 a 40 caracteres, sin guion al inicio o al final)');
    }
    // These words are path segments of the platform-wide S1 endpoint (/s1/oauth/token, /s1/v2/declaraciones).
    if (RESERVED_SLUGS.has(slug)) throw new InvalidInstitutionError('slug', 'es una palabra reservada; elige otro identificador');
    if (name.length < 3 || name.length > 200) throw new InvalidInstitutionError('name', 'debe tener entre 3 y 200 caracteres');
    return this.inPlatformChain(async () => {
      if (await this.repository.findBySlug(slug)) throw new InstitutionSlugTakenError();
      const institution = await this.repository.insert({ slug, name });
      await this.audit.record({
        action: 'institution.created',
        actorUserId,
        targetType: 'institution',
        targetId: institution.id,
        details: { slug, name },
      });
      return institution;
    });
  }

  /** Opts an institution in or out of the platform-wide S1 endpoint. */
  async setS1Shared(id: string, shared: boolean, actorUserId: string | null): Promise<Institution> {
    return this.inPlatformChain(async () => {
      const institution = await this.repository.findById(id);
      if (!institution) throw new InstitutionNotFoundError();
      await this.repository.setS1Shared(id, shared);
      await this.audit.record({ action: 'institution.s1_shared_changed', actorUserId, targetType: 'institution', targetId: id, details: { compartida: shared } });
      return { ...institution, s1Shared: shared };
    });
  }

  /** The logo printed on new acuses (PNG), or none. */
  async setLogo(id: string, png: Buffer | null, actorUserId: string | null): Promise<void> {
    await this.inPlatformChain(async () => {
      if (!(await this.repository.findById(id))) throw new InstitutionNotFoundError();
      await this.repository.setLogo(id, png);
      await this.audit.record({ action: 'institution.logo_changed', actorUserId, targetType: 'institution', targetId: id, details: { bytes: png?.length ?? 0 } });
    });
  }

  /** Several by id, ordered by name, in the caller's transaction like findById. */
  findByIds(ids: string[]): Promise<Institution[]> {
    return this.repository.findByIds(ids);
  }

  /** The logo printed on new acuses, in the caller's transaction like findById. */
  logoOf(id: string): Promise<Buffer | null> {
    return this.repository.findLogo(id);
  }

  async list(): Promise<Institution[]> {
    return this.repository.list();
  }

  async findBySlug(slug: string): Promise<Institution | null> {
    return this.repository.findBySlug(slug.toLowerCase());
  }

  async findById(id: string): Promise<Institution | null> {
    return this.repository.findById(id);
  }

  /** Changes are recorded in the platform audit chain, so they run only in the platform context (operator route or CLI). */
  private async inPlatformChain<T>(fn: () => Promise<T>): Promise<T> {
    if (this.tx.current()?.scope !== 'platform') throw new MissingDbContextError('platform context');
    return fn();
  }
}
