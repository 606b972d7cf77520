import { createHmac } from 'node:crypto';
import { canonicalJson, sha256Hex } from '@veraz/crypto';

export const GENESIS_HASH = '0'.repeat(64);

/** 1: public SHA-256 (rows written before the chain was keyed); 2: HMAC-SHA256 with the chain key. */
export const HASH_VERSION = { legacy: 1, keyed: 2 } as const;
export type HashVersion = (typeof HASH_VERSION)[keyof typeof HASH_VERSION];

export interface ChainedFields {
  institutionId: string | null;
  seq: number;
  occurredAt: string;
  actorUserId: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  details: Record<string, unknown>;
}

const message = (prevHash: string, fields: ChainedFields) => `${prevHash}\n${canonicalJson(fields)}`;

/**
 * Each entry's hash covers the previous hash and its own canonical JSON, so any edit breaks the
 * chain; keyed, so whoever lacks the deployment's secret key cannot recompute a rewritten chain.
 */
export function keyedChainHash(key: Buffer, prevHash: string, fields: ChainedFields): string {
  return createHmac('sha256', key).update(message(prevHash, fields)).digest('hex');
}

/** The unkeyed hash of the first releases: only to check rows written before the key existed. */
export function legacyChainHash(prevHash: string, fields: ChainedFields): string {
  return sha256Hex(message(prevHash, fields));
}
