import { randomUUID } from 'node:crypto';
import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { isUUID } from 'class-validator';
import type { Request } from 'express';
import { from, lastValueFrom, type Observable } from 'rxjs';
import type { Principal } from '@veraz/accounts';
import { parseFolio } from '@veraz/documents';
import { UnitOfWork } from '@veraz/tenancy';
import { ACCESS_METADATA, type AccessPolicy, type PublicContext } from './access.decorators';
import { PRINCIPAL_REQUEST_KEY } from './current-principal.decorator';
import { InstitutionSlugs } from './institution-slugs';
import { INSTITUTION_BATCHES_KEY, ROUTE_INSTITUTION_KEY, type InstitutionBatches } from './route-institution.decorator';

/**
 * The request runner: opens the one unit of work each route runs in. Member routes run inside a
 * transaction of the caller's institution (taken from the verified session, never from client
 * input); operator routes inside the platform context (or the institution they act on or create); public
 * routes as their `@Public` says (the institution named in the URL, or the shared public scope).
 * The AccessGuard's principal lookup is the runner's first step. Authenticated-only routes and
 * plain public ones open nothing: they are sign-in steps (StepRunner) or read no tenant data.
 */
@Injectable()
export class ContextInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly uow: UnitOfWork,
    private readonly slugs: InstitutionSlugs,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const policy = this.reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS_METADATA, [context.getHandler(), context.getClass()]);
    const req = context.switchToHttp().getRequest<Request & Record<string, unknown>>();
    const principal = req[PRINCIPAL_REQUEST_KEY] as Principal | undefined;
    const handle = () => lastValueFrom(next.handle(), { defaultValue: undefined });
    if (policy?.kind === 'member' && principal?.institutionId) {
      return from(this.uow.inTenant(principal.institutionId, handle, { userId: principal.userId }));
    }
    if (policy?.kind === 'operator' && principal) {
      if (!policy.institution) return from(this.uow.inPlatform(handle, { userId: principal.userId }));
      // A new institution's transaction: it is created and its audit chain begins together.
      if (policy.institution === 'new') return from(this.uow.inTenant(randomUUID(), handle, { userId: principal.userId }));
      // Not a uuid: no context, and the route's uuid pipe answers 404.
      const institutionId = String(req.params[policy.institution] ?? '');
      return isUUID(institutionId) ? from(this.uow.inTenant(institutionId, handle, { userId: principal.userId })) : next.handle();
    }
    if (policy?.kind === 'public' && policy.shared) return from(this.uow.inPublic(handle, { replica: policy.replica }));
    if (policy?.kind === 'public' && policy.institution) return from(this.inRouteInstitution(policy, req, handle));
    return next.handle();
  }

  private async inRouteInstitution(policy: PublicContext, req: Request & Record<string, unknown>, handle: () => Promise<unknown>): Promise<unknown> {
    const slug = policy.institution === 'folio' ? parseFolio(String(req.params.folio ?? ''))?.slug : String(req.params.slug ?? '');
    const institution = slug ? await this.slugs.resolve(slug) : null;
    req[ROUTE_INSTITUTION_KEY] = institution;
    if (!institution) return handle();
    if (policy.perBatch) {
      // On the primary a long download holds no transaction: each batch gets a short one of its own.
      const batches: InstitutionBatches = (batch) => this.uow.inTenant(institution.id, batch, { replica: policy.replica });
      req[INSTITUTION_BATCHES_KEY] = batches;
      // On the read replica it is one snapshot, and the batches join it.
      return policy.replica ? this.uow.inReplicaSnapshot(institution.id, handle, handle) : handle();
    }
    return this.uow.inTenant(institution.id, handle, { replica: policy.replica });
  }
}
