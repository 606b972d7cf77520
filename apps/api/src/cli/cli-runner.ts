import type { INestApplicationContext } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { InstitutionsService, type Institution } from '@veraz/institutions';
import { UnitOfWork } from '@veraz/tenancy';
import { UsageError } from './cli-errors';

/**
 * The CLI command runner: the one place a command's database work is opened. Operator commands
 * run in the platform context; commands about one institution (`--institution SLUG`, or one it
 * creates) in its tenant context, so they land in that institution's audit chain. Services called inside only read the context they are given.
 */
export class CliRunner {
  constructor(private readonly app: INestApplicationContext) {}

  /** Platform context: listing institutions, the platform audit chain, operator accounts. */
  platform<T>(fn: () => Promise<T>): Promise<T> {
    return this.uow().inPlatform(fn);
  }

  /**
   * A new institution's own tenant context, under an id picked here: the institution is created
   * and its audit chain begins in one transaction (InstitutionsService.create).
   */
  newInstitution<T>(fn: () => Promise<T>): Promise<T> {
    return this.uow().inTenant(randomUUID(), fn);
  }

  /** The institution named on the command line, or a usage error. */
  async institution(slug: string, missing = `no existe la institución ${slug}`): Promise<Institution> {
    const found = await this.platform(() => this.app.get(InstitutionsService).findBySlug(slug));
    if (!found) throw new UsageError(missing);
    return found;
  }

  /** One transaction in the institution's tenant context (a command may open several, e.g. one per page). */
  tenant<T>(institution: Pick<Institution, 'id'>, fn: () => Promise<T>): Promise<T> {
    return this.uow().inTenant(institution.id, fn);
  }

  /** The institution's tenant context, or the platform context when there is none (platform-wide things). */
  tenantOrPlatform<T>(institutionId: string | null, fn: () => Promise<T>): Promise<T> {
    return institutionId ? this.uow().inTenant(institutionId, fn) : this.platform(fn);
  }

  /** Auth scope: lookups that must cross owners before the command knows whose a thing is (an S1 credential by id). */
  auth<T>(fn: () => Promise<T>): Promise<T> {
    return this.uow().inAuth(fn);
  }

  private uow(): UnitOfWork {
    return this.app.get(UnitOfWork);
  }
}
