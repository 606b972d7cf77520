import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Principal } from '@veraz/accounts';

export const PRINCIPAL_REQUEST_KEY = 'veraz.principal';

/** The caller established by the access guard; throws when used on a route the guard did not check. */
export const CurrentPrincipal = createParamDecorator((_: unknown, ctx: ExecutionContext): Principal => {
  const principal = ctx.switchToHttp().getRequest()[PRINCIPAL_REQUEST_KEY] as Principal | undefined;
  if (!principal) throw new Error('CurrentPrincipal used on a route without an authenticated access policy');
  return principal;
});
