import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { from, lastValueFrom, type Observable } from 'rxjs';
import type { Principal } from '@veraz/accounts';
import { UnitOfWork } from '@veraz/tenancy';
import { ACCESS_METADATA, type AccessPolicy } from './access.decorators';
import { PRINCIPAL_REQUEST_KEY } from './current-principal.decorator';

/**
 * Runs each member route inside one transaction of the caller's institution (tenant context taken
 * from the verified session, never from client input) and each operator route inside the platform
 * context. Public and plain authenticated routes open their own contexts in the services.
 */
@Injectable()
export class ContextInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly uow: UnitOfWork,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const policy = this.reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS_METADATA, [context.getHandler(), context.getClass()]);
    const principal = context.switchToHttp().getRequest()[PRINCIPAL_REQUEST_KEY] as Principal | undefined;
    if (policy?.kind === 'member' && principal?.institutionId) {
      const institutionId = principal.institutionId;
      return from(this.uow.inTenant(institutionId, () => lastValueFrom(next.handle(), { defaultValue: undefined }), { userId: principal.userId }));
    }
    if (policy?.kind === 'operator' && policy.platformTransaction && principal) {
      return from(this.uow.inPlatform(() => lastValueFrom(next.handle(), { defaultValue: undefined }), { userId: principal.userId }));
    }
    return next.handle();
  }
}
