// Shared by credentials (MAC key, how long a revocation is remembered) and tokens (signing, lifetime).
/** Lifetime of an S1 access token (what the reference server and the PDN expect). */
export const S1_TOKEN_TTL_SECONDS = 3600;
/** Audience of S1 access tokens: they open the S1 data endpoints and nothing else. */
export const S1_TOKEN_AUDIENCE = 'veraz-s1';
/** Purpose given to `deriveKey` for the token signing key. */
export const S1_TOKEN_KEY_PURPOSE = 's1-token';
/** Purpose given to `deriveKey` for the credential MAC key. */
export const S1_CREDENTIALS_KEY_PURPOSE = 's1-credentials';
