import { canonicalJson, sha256Hex } from '@veraz/crypto';

export const GENESIS_HASH = '0'.repeat(64);

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

/** Each entry's hash covers the previous hash and its own canonical JSON, so any edit breaks the chain. */
export function chainHash(prevHash: string, fields: ChainedFields): string {
  return sha256Hex(`${prevHash}\n${canonicalJson(fields)}`);
}
