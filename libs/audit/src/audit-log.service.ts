import { Injectable } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { CurrentTransaction } from '@veraz/tenancy';
import type { AuditAction } from '@veraz/contracts';
import type { AuditEvent } from './audit-event.entity';
import { AuditEventsRepository } from './audit-events.repository';
import { chainHash, GENESIS_HASH, type ChainedFields } from './audit-hash';

export interface AuditInput {
  action: AuditAction;
  actorUserId?: string | null;
  targetType?: string | null;
  targetId?: string | null;
  details?: Record<string, unknown>;
}

export interface ChainVerification {
  ok: boolean;
  entries: number;
  /** Sequence number of the first entry whose hash or link does not match. */
  brokenAt: number | null;
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
 */
@Injectable()
export class AuditLog {
  constructor(
    private readonly tx: CurrentTransaction,
    private readonly cls: ClsService,
    private readonly events: AuditEventsRepository,
  ) {}

  async record(input: AuditInput): Promise<AuditEvent> {
    const institutionId = this.chainOwner();
    await this.events.lockChain(institutionId);
    const last = await this.events.last(institutionId);
    const request = this.cls.isActive() ? this.cls.get<AuditRequestInfo | undefined>(AUDIT_REQUEST_KEY) : undefined;
    const fields: ChainedFields = {
      institutionId,
      seq: last ? Number(last.seq) + 1 : 1,
      occurredAt: new Date().toISOString(),
      actorUserId: input.actorUserId ?? null,
      action: input.action,
      targetType: input.targetType ?? null,
      targetId: input.targetId ?? null,
      details: { ...(input.details ?? {}), ...(request?.ip ? { ip: request.ip } : {}) },
    };
    const prevHash = last?.hash ?? GENESIS_HASH;
    return this.events.insert({
      ...fields,
      seq: String(fields.seq),
      occurredAt: new Date(fields.occurredAt),
      prevHash,
      hash: chainHash(prevHash, fields),
    });
  }

  list(options: { limit: number; beforeSeq?: number }): Promise<AuditEvent[]> {
    return this.events.list(this.chainOwner(), options);
  }

  /** Recomputes every hash of the current chain, in order. */
  async verify(): Promise<ChainVerification> {
    const rows = await this.events.all(this.chainOwner());
    let prev = GENESIS_HASH;
    let expectedSeq = 1;
    for (const row of rows) {
      const fields: ChainedFields = {
        institutionId: row.institutionId,
        seq: Number(row.seq),
        occurredAt: row.occurredAt.toISOString(),
        actorUserId: row.actorUserId,
        action: row.action,
        targetType: row.targetType,
        targetId: row.targetId,
        details: row.details,
      };
      if (fields.seq !== expectedSeq || row.prevHash !== prev || row.hash !== chainHash(prev, fields)) {
        return { ok: false, entries: rows.length, brokenAt: fields.seq };
      }
      prev = row.hash;
      expectedSeq++;
    }
    return { ok: true, entries: rows.length, brokenAt: null };
  }

  private chainOwner(): string | null {
    const state = this.tx.current();
    if (!state) throw new Error('the audit log needs a database context');
    return state.scope === 'tenant' ? state.institutionId : null;
  }
}
