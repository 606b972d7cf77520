import { createHash } from 'node:crypto';
import type { ExecutionContext } from '@nestjs/common';
import type { ThrottlerOptions } from '@nestjs/throttler';
import type { Request } from 'express';
import type { VerazConfig } from '@veraz/config';
import { tokenRequestClientId } from '@veraz/s1';
import { isS1Path } from '../s1/s1-error.filter';

const onS1 = (context: ExecutionContext) => isS1Path(context.switchToHttp().getRequest<Request>().path);
// Both token routes (platform and institution) share one count per credential and per address.
const s1Key = (_context: ExecutionContext, tracker: string, name: string) => createHash('sha256').update(`${name}-${tracker}`).digest('hex');

/**
 * The named throttlers RateLimitGuard applies where it is used: 'auth' per IP on the public account
 * routes; on the S1 token endpoint instead, 's1-client' per credential and 's1-ip' per address,
 * so one PDN credential cannot starve another and one address cannot rotate client ids unbounded.
 */
export function throttlers(config: VerazConfig): ThrottlerOptions[] {
  const { rateLimit, rateWindowSeconds, s1TokenRate } = config.auth;
  const s1Ttl = s1TokenRate.windowSeconds * 1000;
  return [
    { name: 'auth', ttl: rateWindowSeconds * 1000, limit: rateLimit, skipIf: onS1 },
    {
      name: 's1-client',
      ttl: s1Ttl,
      limit: s1TokenRate.perClient,
      skipIf: (context) => !onS1(context),
      generateKey: s1Key,
      // A request without a client id is refused anyway (e_4001); it counts against its address.
      getTracker: (raw) => {
        const req = raw as Request;
        const clientId = tokenRequestClientId({ body: req.body, authorization: req.headers.authorization });
        return clientId ? `client:${clientId}` : `ip:${req.ip}`;
      },
    },
    { name: 's1-ip', ttl: s1Ttl, limit: s1TokenRate.perIp, skipIf: (context) => !onS1(context), generateKey: s1Key },
  ];
}
