import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { AuthenticationService, type Principal } from '@veraz/accounts';
import { WrongSigningPasswordError } from '@veraz/declarations';
import { PRINCIPAL_REQUEST_KEY } from '../auth/current-principal.decorator';

/**
 * The signing password, checked with the login lockout of the signer's account before the request
 * runner opens the tenant transaction: guards run before interceptors, so the lockout's own auth
 * steps commit a failure even though the request then fails (a step cannot open inside the tenant
 * transaction, and that transaction rolls back on the error). A missing password is left to the
 * route's own validation.
 */
@Injectable()
export class SigningPasswordGuard implements CanActivate {
  constructor(private readonly authentication: AuthenticationService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<Request & Record<string, unknown>>();
    const principal = req[PRINCIPAL_REQUEST_KEY] as Principal | undefined;
    const password: unknown = (req.body as { password?: unknown } | undefined)?.password;
    if (!principal || typeof password !== 'string' || password.length === 0) return true;
    if (!(await this.authentication.reauthenticate(principal.userId, password))) throw new WrongSigningPasswordError();
    return true;
  }
}
