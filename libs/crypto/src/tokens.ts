import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** URL-safe random token; 32 bytes gives 256 bits, far beyond guessing. Only [A-Za-z0-9_-]. */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

export function sha256Hex(input: string | Buffer): string {
  return createHash('sha256').update(input).digest('hex');
}

export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
