import { Injectable } from '@nestjs/common';
import { AuditLog } from '@veraz/audit';
import { BY_OPERATOR, type EntePublico } from '@veraz/contracts';
import { MissingDbContextError, TenantContext } from '@veraz/tenancy';
import { InstitutionNotFoundError, InstitutionSlugTakenError, InvalidInstitutionError } from './institution.errors';
import type { Institution } from './institution.entity';
import { InstitutionsRepository } from './institutions.repository';

export const SLUG_PATTERN = /^[a-z0-9]([a-z0-9-]{0,38}[a-z0-9])?$/;

const RESERVED_SLUGS = new Set(['oauth', 'v2', 'api', 's1']);

/**
 * Institutions are managed by platform operators (web or CLI). Every change to one is written to
 * that institution's own audit chain, where its admins see it: so each change runs in the tenant
 * context of the institution it touches, and creation in the context of the new institution's id.
 */
@Injectable()
export class InstitutionsService {
  constructor(
    private readonly tenant: TenantContext,
    private readonly repository: InstitutionsRepository,
    private readonly audit: AuditLog,
  ) {}

  /**
   * Creates the institution of the current (new) tenant context; its chain starts with this entry.
   * The ente público values may come with it, or later through setEntePublico.
   */
  async create(input: { slug: string; name: string; entePublico?: EntePublico }, actorUserId: string | null): Promise<Institution> {
    const slug = input.slug.trim().toLowerCase();
    const name = input.name.trim().replace(/\s+/g, ' ');
    if (!SLUG_PATTERN.test(slug)) {
      throw new InvalidInstitutionError('slug', 'solo minúsculas, números y guiones (2 a 40 caracteres, sin guion al inicio o al final)');
    }
    // These words are path segments of the platform-wide S1 endpoint (/s1/oauth/token, /s1/v2/declaraciones).
    if (RESERVED_SLUGS.has(slug)) throw new InvalidInstitutionError('slug', 'es una palabra reservada; elige otro identificador');
    if (name.length < 3 || name.length > 200) throw new InvalidInstitutionError('name', 'debe tener entre 3 y 200 caracteres');
    const id = this.contextInstitutionId();
    // An existing institution's context is not a new one: its chain would get a second "created".
    if (await this.repository.findById(id)) throw new MissingDbContextError('new institution context');
    if (await this.repository.findBySlug(slug)) throw new InstitutionSlugTakenError();
    const ente = input.entePublico ?? { nivelOrdenGobierno: null, ambitoPublico: null };
    const institution = await this.repository.insert({ id, slug, name, ...ente });
    await this.audit.record({
      action: 'institution.created',
      actorUserId,
      targetType: 'institution',
      targetId: institution.id,
      details: { slug, name, ...(input.entePublico ?? {}), ...BY_OPERATOR },
    });
    return institution;
  }

  /** Opts an institution in or out of the platform-wide S1 endpoint. */
  async setS1Shared(id: string, shared: boolean, actorUserId: string | null): Promise<Institution> {
    return this.inInstitutionChain(id, async () => {
      const institution = await this.repository.findById(id);
      if (!institution) throw new InstitutionNotFoundError();
      await this.repository.setS1Shared(id, shared);
      await this.audit.record({
        action: 'institution.s1_shared_changed',
        actorUserId,
        targetType: 'institution',
        targetId: id,
        details: { compartida: shared, ...BY_OPERATOR },
      });
      return { ...institution, s1Shared: shared };
    });
  }

  /** Records the orden de gobierno and ámbito that filers' employment sections start from. */
  async setEntePublico(id: string, values: EntePublico, actorUserId: string | null): Promise<Institution> {
    return this.inInstitutionChain(id, async () => {
      const institution = await this.repository.findById(id);
      if (!institution) throw new InstitutionNotFoundError();
      await this.repository.setEntePublico(id, values);
      await this.audit.record({
        action: 'institution.ente_publico_changed',
        actorUserId,
        targetType: 'institution',
        targetId: id,
        details: { ...values, ...BY_OPERATOR },
      });
      return { ...institution, ...values };
    });
  }

  /** The logo printed on new acuses (PNG), or none. */
  async setLogo(id: string, png: Buffer | null, actorUserId: string | null): Promise<void> {
    await this.inInstitutionChain(id, async () => {
      if (!(await this.repository.findById(id))) throw new InstitutionNotFoundError();
      await this.repository.setLogo(id, png);
      await this.audit.record({
        action: 'institution.logo_changed',
        actorUserId,
        targetType: 'institution',
        targetId: id,
        details: { bytes: png?.length ?? 0, ...BY_OPERATOR },
      });
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

  /** The change is recorded in the institution's own chain, so it runs only in that institution's context. */
  private async inInstitutionChain<T>(id: string, fn: () => Promise<T>): Promise<T> {
    if (this.contextInstitutionId() !== id) throw new MissingDbContextError(`tenant context of institution ${id}`);
    return fn();
  }

  private contextInstitutionId(): string {
    return this.tenant.institutionId();
  }
}
