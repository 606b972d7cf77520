import { Injectable } from '@nestjs/common';
import type { DeepPartial } from 'typeorm';
import { CurrentTransaction, type SqlPart } from '@veraz/tenancy';
import { AuditEvent } from './audit-event.entity';

/** `audit_events` of one chain: the institution's, or the platform's when `institutionId` is null. */
@Injectable()
export class AuditEventsRepository {
  constructor(private readonly tx: CurrentTransaction) {}

  /** Held until the transaction ends, so concurrent writers of a chain never fork it. */
  async lockChain(institutionId: string | null): Promise<void> {
    await this.tx.manager().query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`audit:${institutionId ?? 'platform'}`]);
  }

  last(institutionId: string | null): Promise<AuditEvent | null> {
    return this.chain(institutionId).orderBy('e.seq', 'DESC').limit(1).getOne();
  }

  /** Newest first, before a sequence number when given. */
  list(institutionId: string | null, options: { limit: number; beforeSeq?: number }): Promise<AuditEvent[]> {
    const qb = this.chain(institutionId).orderBy('e.seq', 'DESC').limit(options.limit);
    if (options.beforeSeq) qb.andWhere('e.seq < :before', { before: options.beforeSeq });
    return qb.getMany();
  }

  /** The whole chain, oldest first. */
  all(institutionId: string | null): Promise<AuditEvent[]> {
    return this.chain(institutionId).orderBy('e.seq', 'ASC').getMany();
  }

  /** The last sequence number hashed without a key when the chain was keyed (0: keyed from the start). */
  async legacyHead(institutionId: string | null): Promise<number> {
    const rows: Array<{ last_seq: string }> = await this.tx
      .manager()
      .query('SELECT last_seq FROM audit_legacy_heads WHERE institution_id IS NOT DISTINCT FROM $1', [institutionId]);
    return rows.length ? Number(rows[0]!.last_seq) : 0;
  }

  /** The newest entry's seq and hash (read after lockChain), without an entity. */
  async head(institutionId: string | null): Promise<{ seq: number; hash: string } | null> {
    // `=` or IS NULL, not IS NOT DISTINCT FROM: only these walk the (institution_id, seq) index backwards.
    const rows: Array<{ seq: string; hash: string }> = institutionId
      ? await this.tx.manager().query('SELECT seq, hash FROM audit_events WHERE institution_id = $1 ORDER BY seq DESC LIMIT 1', [institutionId])
      : await this.tx.manager().query('SELECT seq, hash FROM audit_events WHERE institution_id IS NULL ORDER BY seq DESC LIMIT 1');
    return rows.length ? { seq: Number(rows[0]!.seq), hash: rows[0]!.hash } : null;
  }

  /** The INSERT of one entry as part of a caller's statement (signing's last one). */
  insertPart(event: Omit<AuditEvent, 'id'>): SqlPart {
    return {
      sql: `INSERT INTO audit_events (institution_id, seq, occurred_at, actor_user_id, action, target_type, target_id, details, prev_hash, hash, hash_version)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10, $11)`,
      params: [
        event.institutionId, event.seq, event.occurredAt, event.actorUserId, event.action, event.targetType, event.targetId,
        JSON.stringify(event.details), event.prevHash, event.hash, event.hashVersion,
      ],
    };
  }

  insert(event: DeepPartial<AuditEvent>): Promise<AuditEvent> {
    const manager = this.tx.manager();
    return manager.save(manager.create(AuditEvent, event));
  }

  private chain(institutionId: string | null) {
    return this.tx
      .manager()
      .getRepository(AuditEvent)
      .createQueryBuilder('e')
      .where(institutionId ? 'e.institution_id = :institutionId' : 'e.institution_id IS NULL', { institutionId });
  }
}
