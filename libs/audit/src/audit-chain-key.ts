import type { Provider } from '@nestjs/common';
import { hkdfKey, SECRET_KEY } from '@veraz/config';

/** The audit chain's HMAC key (HKDF of the secret key): never stored, never logged. */
export const AUDIT_CHAIN_KEY = Symbol('AUDIT_CHAIN_KEY');

export const auditChainKeyProvider: Provider = {
  provide: AUDIT_CHAIN_KEY,
  useFactory: (secret: string) => hkdfKey(secret, 'audit-chain'),
  inject: [SECRET_KEY],
};
