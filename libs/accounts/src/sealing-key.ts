import { deriveKey, SECRET_KEY } from '@veraz/config';
import type { Provider } from '@nestjs/common';

/** Key for sealing invitation and reset links at rest (derived, never the master secret itself). */
export const LINK_SEALING_KEY = Symbol('LINK_SEALING_KEY');

export const linkSealingKeyProvider: Provider = {
  provide: LINK_SEALING_KEY,
  useFactory: (secret: string) => deriveKey(secret, 'link-sealing'),
  inject: [SECRET_KEY],
};
