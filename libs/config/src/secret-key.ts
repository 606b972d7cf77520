import { createHmac, hkdfSync, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { VerazConfig } from './load-config';

/**
 * The master secret from which every other key (JWT, sealing, S1 client hashing) is derived.
 * Production must set VERAZ_SECRET_KEY; a developer machine gets one generated once under
 * the data folder so `npm start` needs no setup and restarts keep sessions valid.
 */
export function resolveSecretKey(config: VerazConfig): string {
  if (config.secretKey) return config.secretKey;
  const file = path.join(config.dataDir, 'secret.key');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  fs.mkdirSync(config.dataDir, { recursive: true });
  const key = randomBytes(48).toString('base64');
  fs.writeFileSync(file, `${key}\n`, { mode: 0o600, flag: 'wx' });
  return key;
}

/** Derives an independent 32-byte key for one purpose, so no two features share a key. */
export function deriveKey(secret: string, purpose: string): Buffer {
  return createHmac('sha256', secret).update(`veraz:${purpose}`).digest();
}

/**
 * HKDF-SHA256 (RFC 5869) of the master secret for one purpose: for keys whose derivation is written
 * down for outside verifiers (the audit chain's HMAC key), so it follows a published standard.
 */
export function hkdfKey(secret: string, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'veraz', `veraz:${purpose}`, 32));
}
