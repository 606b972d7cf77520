import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { AccessTokens, PrincipalResolver, UnauthenticatedError } from '@veraz/accounts';
import { ForbiddenError } from '@veraz/contracts';
import { UnitOfWork } from '@veraz/tenancy';
import { ACCESS_METADATA, type AccessPolicy } from './access.decorators';
import { PRINCIPAL_REQUEST_KEY } from './current-principal.decorator';

/** Global guard: authentication by default, then the route's access policy (part of the request runner). */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: AccessTokens,
    private readonly principals: PrincipalResolver,
    private readonly uow: UnitOfWork,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const policy = this.reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS_METADATA, [context.getHandler(), context.getClass()]);
    if (!policy) throw new ForbiddenError('Esta ruta no declara quién puede usarla.');
    if (policy.kind === 'public') return true;

    const req = context.switchToHttp().getRequest<Request & Record<string, unknown>>();
    const header = req.headers.authorization ?? '';
    const [scheme, token] = header.split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token) throw new UnauthenticatedError('Inicia sesión para continuar.');
    const claims = this.tokens.verify(token);
    // The request runner's first step: the auth scope as this person (RLS shows their own memberships).
    const principal = await this.uow.inAuth(() => this.principals.resolve(claims), { userId: claims.sub });
    req[PRINCIPAL_REQUEST_KEY] = principal;

    if (policy.kind === 'operator' && !principal.isOperator) {
      throw new ForbiddenError('Solo los operadores de la plataforma pueden realizar esta acción.');
    }
    if (policy.kind === 'member') {
      if (!principal.institutionId) throw new ForbiddenError('Tu sesión no tiene una institución seleccionada.');
      if (policy.roles.length && !policy.roles.some((r) => principal.roles.includes(r))) {
        throw new ForbiddenError('Tu rol en esta institución no permite esta acción.');
      }
    }
    return true;
  }
}
