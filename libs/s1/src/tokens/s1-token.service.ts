import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { deriveKey, SECRET_KEY } from '@veraz/config';
import { StepRunner } from '@veraz/tenancy';
import { S1ClientsRepository, type S1ClientForToken } from '../credentials/s1-clients.repository';
import { S1Revocations } from '../credentials/s1-revocations';
import { s1CredentialMac, sameMac } from '../credentials/s1-secrets';
import { S1Error } from '../s1-error';
import { S1_CREDENTIALS_KEY_PURPOSE, S1_TOKEN_AUDIENCE, S1_TOKEN_TTL_SECONDS } from '../s1-token.constants';
import { S1ClientCache } from './s1-client-cache';
import { invalidCredentials, parseTokenRequest, type S1TokenRequestInput } from './s1-token-request';

/** The token answer, exactly the three fields the reference server returns. */
export interface S1TokenResponse {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
}

/** Claims of an S1 access token. */
export interface S1TokenClaims {
  /** `s1_clients.id` of the credential that obtained it. */
  sub: string;
  /** Institution whose endpoint it opens, or null for the platform-wide endpoint. */
  inst: string | null;
  scope: string[];
  aud: string;
}

/** Who called an S1 data endpoint, once its token is verified. */
export interface S1Caller {
  clientId: string;
  institutionId: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TOUCH_EVERY_MS = 60_000;
/** Compared against when the client id is unknown, so both paths do the same work. */
const NO_MAC = '0'.repeat(64);

export const invalidToken = () => new S1Error(401, 'e_701', 'Token inválido o vencido');

/**
 * OAuth2 password grant for the PDN and verification of the tokens it returns. The PDN asks for a
 * token before every query, so a grant costs HMAC comparisons (no password hashing) against the
 * credential row, read at most every S1_CLIENT_CACHE_SECONDS (S1ClientCache), and `last_used_at` is written at most once
 * a minute.
 * Tokens are HS256 JWTs bound to one endpoint: an institution's, or the platform-wide one.
 */
@Injectable()
export class S1TokenService {
  private readonly macKey: Buffer;
  private readonly cache: S1ClientCache;

  constructor(
    private readonly steps: StepRunner,
    private readonly clients: S1ClientsRepository,
    private readonly jwt: JwtService,
    private readonly revocations: S1Revocations,
    @Inject(SECRET_KEY) secret: string,
  ) {
    this.macKey = deriveKey(secret, S1_CREDENTIALS_KEY_PURPOSE);
    this.cache = new S1ClientCache(revocations.refreshMs);
  }

  async grant(input: S1TokenRequestInput): Promise<S1TokenResponse> {
    const request = parseTokenRequest(input);
    const slug = input.slug === null ? null : input.slug.toLowerCase();
    const found = await this.credential(request.clientId);
    // A row read up to 30 s ago may predate a revocation; the revocation list applies it.
    const revoked = found !== null && (await this.revocations.isRevoked(found.id));
    if (!this.accepts(found, request, slug) || revoked) throw invalidCredentials();
    const client = found!;
    if (!client.last_used_at || Date.now() - new Date(client.last_used_at).getTime() >= TOUCH_EVERY_MS) {
      await this.steps.inAuth(() => this.clients.touchLastUsed(client.id));
      this.cache.touched(request.clientId, new Date());
    }
    const claims: S1TokenClaims = { sub: client.id, inst: client.institution_id, scope: ['read'], aud: S1_TOKEN_AUDIENCE };
    const accessToken = await this.jwt.signAsync(claims, { expiresIn: S1_TOKEN_TTL_SECONDS });
    return { access_token: accessToken, token_type: 'Bearer', expires_in: S1_TOKEN_TTL_SECONDS };
  }

  /**
   * Checks the `Authorization` header of a data request (its second word is the token: the PDN sends
   * `Bearer <token>`, the bulk generator `${token_type} ${access_token}`) against the endpoint being
   * called: a token opens only the endpoint of its own institution, or only the platform-wide one.
   * No database call: the signature, expiry and audience are checked locally and revocation against
   * an in-memory list that is refreshed at most every 30 s (see S1Revocations). Call it before
   * opening a database context, or from inside one: both work.
   */
  async verify(authorization: string | undefined, expected: { institutionId: string | null }): Promise<S1Caller> {
    const token = (authorization ?? '').trim().split(/\s+/)[1];
    if (!token) throw invalidToken();
    let claims: Partial<S1TokenClaims>;
    try {
      claims = await this.jwt.verifyAsync<S1TokenClaims & object>(token, { algorithms: ['HS256'], audience: S1_TOKEN_AUDIENCE });
    } catch {
      throw invalidToken();
    }
    // Every token we sign names its endpoint: a missing `inst` must not pass for the platform (null).
    if (!('inst' in claims) || (claims.inst !== null && typeof claims.inst !== 'string')) throw invalidToken();
    const inst = claims.inst as string | null;
    if (typeof claims.sub !== 'string' || !UUID.test(claims.sub)) throw invalidToken();
    if (!Array.isArray(claims.scope) || !claims.scope.includes('read')) throw invalidToken();
    if (inst !== expected.institutionId) throw invalidToken();
    if (await this.revocations.isRevoked(claims.sub)) throw invalidToken();
    return { clientId: claims.sub, institutionId: inst };
  }

  /** The credential row, from memory when it was read less than 30 s ago (see S1ClientCache). */
  private async credential(clientId: string): Promise<S1ClientForToken | null> {
    const cached = this.cache.get(clientId);
    if (cached) return cached;
    const found = await this.steps.inAuth(() => this.clients.findForToken(clientId));
    if (found) this.cache.set(clientId, found);
    return found;
  }

  /**
   * Every check runs whatever the outcome of the others (constant-time MAC comparisons, a dummy MAC
   * for an unknown client), and all failures look the same to the caller.
   */
  private accepts(client: S1ClientForToken | null, request: { clientId: string; clientSecret: string; username: string; password: string }, slug: string | null): boolean {
    const mac = (kind: 'client_secret' | 'password' | 'username', value: string) => s1CredentialMac(this.macKey, kind, request.clientId, value);
    const secretOk = sameMac(client?.client_secret_mac ?? NO_MAC, mac('client_secret', request.clientSecret));
    const passwordOk = sameMac(client?.password_mac ?? NO_MAC, mac('password', request.password));
    const usernameOk = sameMac(mac('username', client?.username ?? ''), mac('username', request.username));
    const placeOk =
      client !== null &&
      (slug === null ? client.institution_id === null : client.institution_id !== null && client.institution_slug === slug);
    const live = client !== null && client.revoked_at === null;
    return [secretOk, passwordOk, usernameOk, placeOk, live].every(Boolean);
  }
}
