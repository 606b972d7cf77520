import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth } from '@nestjs/swagger';
import type { InstitutionRole } from '@veraz/contracts';

export const ACCESS_METADATA = 'veraz:access';

/**
 * Who may call a route. A route without one of these decorators is refused (deny by default),
 * and a test lists every route to make sure each declares its access.
 */
export type AccessPolicy =
  | { kind: 'public' }
  | { kind: 'authenticated' }
  | { kind: 'operator'; platformTransaction: boolean }
  | { kind: 'member'; roles: InstitutionRole[] };

/** Anyone, signed in or not. Such routes manage their own database context. */
export const Public = () => SetMetadata(ACCESS_METADATA, { kind: 'public' } satisfies AccessPolicy);

/** Any signed-in person, whatever their institution or roles. */
export const Authenticated = () =>
  applyDecorators(SetMetadata(ACCESS_METADATA, { kind: 'authenticated' } satisfies AccessPolicy), ApiBearerAuth());

/**
 * Platform operators. The handler runs in the platform context (no tenant rows visible) unless
 * `platformTransaction` is false, for the rare operator action that works inside one institution.
 */
export const OperatorOnly = (options: { platformTransaction?: boolean } = {}) =>
  applyDecorators(
    SetMetadata(ACCESS_METADATA, { kind: 'operator', platformTransaction: options.platformTransaction ?? true } satisfies AccessPolicy),
    ApiBearerAuth(),
  );

/**
 * Members of the session's institution holding one of the roles (any member when none given);
 * the handler runs inside that institution's tenant transaction.
 */
export const MemberOf = (...roles: InstitutionRole[]) =>
  applyDecorators(SetMetadata(ACCESS_METADATA, { kind: 'member', roles } satisfies AccessPolicy), ApiBearerAuth());
