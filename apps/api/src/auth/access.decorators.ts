import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth } from '@nestjs/swagger';
import type { InstitutionRole } from '@veraz/contracts';

export const ACCESS_METADATA = 'veraz:access';

/**
 * Who may call a route. A route without one of these decorators is refused (deny by default),
 * and a test lists every route to make sure each declares its access.
 */
export type AccessPolicy =
  | ({ kind: 'public' } & PublicContext)
  | { kind: 'authenticated' }
  | { kind: 'operator'; institution?: 'id' | 'new' }
  | { kind: 'member'; roles: InstitutionRole[] };

/**
 * Where the request runner (ContextInterceptor) finds a public route's database context:
 * - `institution: 'slug'`: the `:slug` parameter names the institution; its tenant transaction
 *   wraps the handler, or with `perBatch` each batch the handler asks for (InstitutionBatches);
 * - `institution: 'folio'`: the institution prefix of the `:folio` parameter, likewise;
 * - `shared`: the public scope (published S1 data of the institutions that opted in);
 * - `replica`: the route only reads published S1 data and may lag by the replication delay: it reads
 *   the read replica (DATABASE_READ_URL) when there is one that answers, and with `perBatch` one
 *   snapshot there for the whole download.
 * An unknown institution runs the handler without a context and RouteInstitution() gives null.
 * With neither, the route reads no tenant data itself (pages, health, sign-in steps: StepRunner).
 */
export type PublicContext = { institution?: 'slug' | 'folio'; perBatch?: boolean; shared?: boolean; replica?: boolean };

/** Anyone, signed in or not. */
export const Public = (context: PublicContext = {}) => SetMetadata(ACCESS_METADATA, { kind: 'public', ...context } satisfies AccessPolicy);

/** Any signed-in person, whatever their institution or roles. */
export const Authenticated = () =>
  applyDecorators(SetMetadata(ACCESS_METADATA, { kind: 'authenticated' } satisfies AccessPolicy), ApiBearerAuth());

/**
 * Platform operators. The handler runs in the platform context (no tenant rows visible), or, for
 * an operator action on one institution (recorded in that institution's audit chain), in the
 * tenant context of the institution the `:id` parameter names (`institution: 'id'`) or of the
 * institution the route creates, under an id the runner picks (`institution: 'new'`).
 */
export const OperatorOnly = (options: { institution?: 'id' | 'new' } = {}) =>
  applyDecorators(SetMetadata(ACCESS_METADATA, { kind: 'operator', ...options } satisfies AccessPolicy), ApiBearerAuth());

/**
 * Members of the session's institution holding one of the roles (any member when none given);
 * the handler runs inside that institution's tenant transaction.
 */
export const MemberOf = (...roles: InstitutionRole[]) =>
  applyDecorators(SetMetadata(ACCESS_METADATA, { kind: 'member', roles } satisfies AccessPolicy), ApiBearerAuth());
