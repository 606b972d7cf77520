import { createHmac, randomBytes } from 'node:crypto';
import { safeEqual } from '@veraz/crypto';

const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
/** Largest multiple of 62 that fits in a byte: bytes at or above it are dropped, so no letter is favoured. */
const UNBIASED_LIMIT = 248;

/**
 * Random text from [A-Za-z0-9] only. The PDN builds its token request with `qs.stringify` and then
 * `decodeURI`, which breaks any `%` and leaves reserved characters encoded, so credentials must be
 * made of unreserved characters; letters and digits also survive copy and paste into its config.
 */
export function randomBase62(length: number): string {
  let out = '';
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte >= UNBIASED_LIMIT) continue;
      out += BASE62[byte % 62];
      if (out.length === length) break;
    }
  }
  return out;
}

/** Characters every generated credential is made of (the unreserved set of RFC 3986). */
export const S1_CREDENTIAL_CHARSET = /^[A-Za-z0-9._~-]+$/;

export type S1MacKind = 'client_secret' | 'password' | 'username';

/**
 * HMAC-SHA256 (hex, 64 characters) of one credential, bound to its kind and client id, so a MAC
 * copied to another row or column does not verify. The key is derived from VERAZ_SECRET_KEY
 * (`deriveKey(secret, 's1-credentials')`): a stolen database alone cannot be used to test guesses,
 * and verification stays cheap enough for a token request before every PDN query.
 */
export function s1CredentialMac(key: Buffer, kind: S1MacKind, clientId: string, value: string): string {
  return createHmac('sha256', key).update(`${kind}\n${clientId}\n${value}`).digest('hex');
}

/** Constant-time comparison of two MACs (both 64 hex characters). */
export function sameMac(a: string, b: string): boolean {
  return safeEqual(a, b);
}
