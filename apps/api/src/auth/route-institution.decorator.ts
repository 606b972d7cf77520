import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { BatchRunner } from '@veraz/tenancy';
import type { NamedInstitution } from './institution-slugs';

export const ROUTE_INSTITUTION_KEY = 'veraz.routeInstitution';
export const INSTITUTION_BATCHES_KEY = 'veraz.institutionBatches';

/** Opens one short transaction in the route's institution (see `@Public({ perBatch: true })`). */
export type InstitutionBatches = BatchRunner;

/**
 * The institution a public route is addressed to, as the request runner resolved it from the URL
 * (`@Public({ institution })`); null when it does not exist.
 */
export const RouteInstitution = createParamDecorator((_: unknown, ctx: ExecutionContext): NamedInstitution | null => {
  const req = ctx.switchToHttp().getRequest();
  if (!(ROUTE_INSTITUTION_KEY in req)) throw new Error('RouteInstitution used on a route without @Public({ institution })');
  return req[ROUTE_INSTITUTION_KEY] as NamedInstitution | null;
});

/** The batch opener of a `@Public({ institution, perBatch: true })` route whose institution exists. */
export const Batches = createParamDecorator((_: unknown, ctx: ExecutionContext): InstitutionBatches | null => {
  return (ctx.switchToHttp().getRequest()[INSTITUTION_BATCHES_KEY] as InstitutionBatches | undefined) ?? null;
});
