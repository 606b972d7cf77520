import { Inject, Injectable } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { CurrentTransaction, type SqlPart } from '@veraz/tenancy';
import type { AuditAction } from '@veraz/contracts';
import type { ChainEntry } from './audit-event.entity';
import { AuditEventsRepository } from './audit-events.repository';
import { AuditReadingRepository, type AuditFilters, type NamedAuditRow } from './audit-reading.repository';
import { AUDIT_CHAIN_KEY } from './audit-chain-key';
import { GENESIS_HASH, HASH_VERSION, keyedChainHash, type ChainedFields } from './audit-hash';
import { verifyChain, type ChainAnchor, type ChainVerification } from './chain-verifier';

export interface AuditInput {
  action: AuditAction;
  actorUserId?: string | null;
  targetType?: string | null;
  targetId?: string | null;
  details?: Record<string, unknown>;
}

/** Request facts (set by the HTTP layer) added to every entry recorded during that request. */
export const AUDIT_REQUEST_KEY = 'veraz.audit.request';
export interface AuditRequestInfo {
  ip?: string;
}

/**
 * Append-only, hash-chained log: one chain per institution and one for the platform. Writing
 * takes a transaction-scoped advisory lock on the chain, so concurrent writers never fork it.
 * The chain is the one of the current context (tenant → institution; platform/auth → platform).
 * Hashes are HMACs keyed from the secret key; checkpoints and acuses hold its head outside it.
 */
@Injectable()
export class AuditLog {
  constructor(
    private readonly tx: CurrentTransaction,
    private readonly cls: ClsService,
    private readonly events: AuditEventsRepository,
    private readonly reading: AuditReadingRepository,
    @Inject(AUDIT_CHAIN_KEY) private readonly key: Buffer,
  ) {}

  async record(input: AuditInput): Promise<ChainEntry> {
    const institutionId = this.chainOwner();
    await this.events.lockChain(institutionId);
    return this.events.insert(this.entry(institutionId, await this.events.head(institutionId), input));
  }

  /**
   * Locks the current chain until the transaction ends and reads its head, for a caller that writes
   * its entry inside a statement of its own (signing writes it with the filing, in one statement):
   * `next` builds that entry and `part` is its INSERT. Nothing else may write to the chain meanwhile.
   */
  async open(): Promise<{ next: (input: AuditInput) => { event: Omit<ChainEntry, 'id'>; part: SqlPart } }> {
    const institutionId = this.chainOwner();
    await this.events.lockChain(institutionId);
    const head = await this.events.head(institutionId);
    return {
      next: (input) => {
        const event = this.entry(institutionId, head, input);
        return { event, part: this.events.insertPart(event) };
      },
    };
  }

  /** Takes the current chain's lock until the transaction ends (callers that must order their writes after it). */
  async lock(): Promise<void> {
    await this.events.lockChain(this.chainOwner());
  }

  /** The next entry after `head`, with its keyed hash. */
  private entry(institutionId: string | null, head: { seq: number; hash: string } | null, input: AuditInput): Omit<ChainEntry, 'id'> {
    const request = this.cls.isActive() ? this.cls.get<AuditRequestInfo | undefined>(AUDIT_REQUEST_KEY) : undefined;
    const fields: ChainedFields = {
      institutionId,
      seq: head ? head.seq + 1 : 1,
      occurredAt: new Date().toISOString(),
      actorUserId: input.actorUserId ?? null,
      action: input.action,
      targetType: input.targetType ?? null,
      targetId: input.targetId ?? null,
      details: { ...(input.details ?? {}), ...(request?.ip ? { ip: request.ip } : {}) },
    };
    const prevHash = head?.hash ?? GENESIS_HASH;
    return {
      ...fields,
      seq: String(fields.seq),
      occurredAt: new Date(fields.occurredAt),
      prevHash,
      hash: keyedChainHash(this.key, prevHash, fields),
      hashVersion: HASH_VERSION.keyed,
    };
  }

  list(options: { limit: number; beforeSeq?: number }): Promise<ChainEntry[]> {
    return this.events.list(this.chainOwner(), options);
  }

  /** The current chain, newest first, filtered, with people's and objects' names resolved. */
  listNamed(filters: AuditFilters): Promise<NamedAuditRow[]> {
    return this.reading.list(this.chainOwner(), filters);
  }

  /** The newest entry of the current chain (what a checkpoint seals). */
  async head(): Promise<{ seq: number; hash: string } | null> {
    const last = await this.events.last(this.chainOwner());
    return last ? { seq: Number(last.seq), hash: last.hash } : null;
  }

  /** Recomputes every hash of the current chain, in order, and checks that it still holds each anchor. */
  async verify(anchors: ChainAnchor[] = []): Promise<ChainVerification> {
    const owner = this.chainOwner();
    const rows = await this.events.all(owner);
    return verifyChain(rows, this.key, await this.events.legacyHead(owner), anchors);
  }

  private chainOwner(): string | null {
    const state = this.tx.current();
    if (!state) throw new Error('the audit log needs a database context');
    return state.scope === 'tenant' ? state.institutionId : null;
  }
}
