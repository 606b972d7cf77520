import { safeEqual } from '@veraz/crypto';
import { S1Error } from '../s1-error';

/** What the PDN sends to the token URL, as the HTTP layer received it. */
export interface S1TokenRequestInput {
  /** Institution slug of the URL (`/s1/{slug}/oauth/token`), or null for the platform-wide `/s1/oauth/token`. */
  slug: string | null;
  contentType: string | undefined;
  body: unknown;
  authorization: string | undefined;
}

/** A well-formed password-grant request; the credentials are not checked yet. */
export interface S1TokenRequest {
  clientId: string;
  clientSecret: string;
  username: string;
  password: string;
}

export const S1_OAUTH_MESSAGES = {
  incomplete: 'Información de autenticación incompleta o errónea',
  grantType: 'grant_type no soportado',
  invalid: 'Credenciales inválidas',
  scope: 'scope no permitido: solo se admite read',
} as const;

/** Scope values a token request may ask for; the OAS names the scope `read:declaraciones`. */
const ALLOWED_SCOPES = new Set(['read', 'read:declaraciones']);
const ACCEPTED_TYPES = ['application/x-www-form-urlencoded', 'application/json'];

const incomplete = (detail: string) => new S1Error(401, 'e_4001', `${S1_OAUTH_MESSAGES.incomplete}: ${detail}`);
export const invalidCredentials = () => new S1Error(401, 'e_4003', S1_OAUTH_MESSAGES.invalid);

/**
 * Reads a password-grant token request the way the PDN sends it: urlencoded body (passed through
 * `decodeURI`, so raw spaces and UTF-8 arrive; the body parser takes care of them), client id and
 * secret in an HTTP Basic header and/or in the body (both must agree when both are sent), optional
 * scope. Problems with the request itself get their own code (e_4001 missing or malformed,
 * e_4002 grant type, e_4006 scope); credentials are checked by the caller, always as e_4003.
 */
export function parseTokenRequest(input: S1TokenRequestInput): S1TokenRequest {
  const mediaType = (input.contentType ?? '').split(';')[0].trim().toLowerCase();
  if (!ACCEPTED_TYPES.includes(mediaType)) throw incomplete('envía el cuerpo como application/x-www-form-urlencoded');
  const body = isRecord(input.body) ? input.body : {};

  const grantType = field(body, 'grant_type');
  if (grantType === undefined) throw incomplete('grant_type es requerido');
  if (grantType !== 'password') throw new S1Error(401, 'e_4002', S1_OAUTH_MESSAGES.grantType);

  const username = field(body, 'username');
  if (username === undefined) throw incomplete('username es requerido');
  const password = field(body, 'password');
  if (password === undefined) throw incomplete('password es requerido');

  const basic = parseBasic(input.authorization);
  const bodyId = field(body, 'client_id');
  const bodySecret = field(body, 'client_secret');
  const clientId = basic?.clientId || bodyId;
  const clientSecret = basic?.clientSecret || bodySecret;
  if (!clientId) throw incomplete('client_id es requerido');
  if (!clientSecret) throw incomplete('client_secret es requerido');

  const scope = field(body, 'scope');
  if (scope !== undefined) {
    const requested = scope.split(/[\s,]+/).filter(Boolean);
    if (requested.some((s) => !ALLOWED_SCOPES.has(s))) throw new S1Error(401, 'e_4006', S1_OAUTH_MESSAGES.scope);
  }

  // Sent twice (the PDN does): both copies must be the same credential.
  if (bodyId && bodyId !== clientId) throw invalidCredentials();
  if (bodySecret && !safeEqual(bodySecret, clientSecret)) throw invalidCredentials();

  return { clientId, clientSecret, username, password };
}

/**
 * The client a token request names (Basic header first, then the body), read the same way as
 * `parseTokenRequest` but never failing: rate limits key on it before the request is checked.
 */
export function tokenRequestClientId(input: Pick<S1TokenRequestInput, 'body' | 'authorization'>): string | undefined {
  let basic: { clientId: string } | null = null;
  try {
    basic = parseBasic(input.authorization);
  } catch {
    basic = null; // An unreadable header is refused later as e_4003; the body may still name a client.
  }
  if (basic?.clientId) return basic.clientId;
  try {
    return isRecord(input.body) ? field(input.body, 'client_id') : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `Basic base64(id:secret)`; another scheme is ignored (the body may still carry the client).
 * A Basic header that cannot be read is a wrong credential, not a missing one.
 */
function parseBasic(header: string | undefined): { clientId: string; clientSecret: string } | null {
  const match = /^\s*basic\s+(\S+)\s*$/i.exec(header ?? '');
  if (!match) {
    if (/^\s*basic\b/i.test(header ?? '')) throw invalidCredentials();
    return null;
  }
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(match[1])) throw invalidCredentials();
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) throw invalidCredentials();
  return { clientId: decoded.slice(0, colon).trim(), clientSecret: decoded.slice(colon + 1).trim() };
}

/**
 * A single text value, trimmed (generated credentials never contain spaces, so stray ones from a
 * copied configuration do no harm). Empty counts as absent; a repeated field or a nested value is malformed.
 */
function field(body: Record<string, unknown>, name: string): string | undefined {
  if (!Object.prototype.hasOwnProperty.call(body, name)) return undefined;
  const value = body[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw incomplete(`${name} debe enviarse una sola vez y como texto`);
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
