import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { VERAZ_CONFIG, type VerazConfig } from '@veraz/config';
import { UnauthenticatedError } from '../accounts.errors';

/** Claims of the short-lived access token. Roles are not in it: they are read fresh per request. */
export interface AccessClaims {
  sub: string;
  sid: string;
  inst: string | null;
}

@Injectable()
export class AccessTokens {
  constructor(
    private readonly jwt: JwtService,
    @Inject(VERAZ_CONFIG) private readonly config: VerazConfig,
  ) {}

  get ttlSeconds(): number {
    return this.config.auth.accessTokenTtlSeconds;
  }

  sign(claims: AccessClaims): string {
    return this.jwt.sign({ ...claims }, { expiresIn: this.ttlSeconds, audience: 'veraz-api', issuer: 'veraz' });
  }

  verify(token: string): AccessClaims {
    try {
      const payload = this.jwt.verify<AccessClaims & { aud: string }>(token, { audience: 'veraz-api', issuer: 'veraz', algorithms: ['HS256'] });
      if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string') throw new Error('claims');
      return { sub: payload.sub, sid: payload.sid, inst: payload.inst ?? null };
    } catch {
      throw new UnauthenticatedError();
    }
  }
}
