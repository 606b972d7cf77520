import { Injectable } from '@nestjs/common';
import type { DeepPartial, SelectQueryBuilder } from 'typeorm';
import { CurrentTransaction, type SqlPart } from '@veraz/tenancy';
import { AuditEvent, PlatformAuditEvent, type ChainEntry, type ChainEntryColumns } from './audit-event.entity';

/**
 * One chain: the institution's (`audit_events`, `audit_legacy_heads`), or the platform's when
 * `institutionId` is null (`platform_audit_events`, `platform_audit_legacy_heads`, tables of their
 * own, so every tenant table is keyed by institution_id). Platform entries are read back with
 * institutionId null: their hashes cover it.
 */
@Injectable()
export class AuditEventsRepository {
  constructor(private readonly tx: CurrentTransaction) {}

  /** Held until the transaction ends, so concurrent writers of a chain never fork it. */
  async lockChain(institutionId: string | null): Promise<void> {
    await this.tx.manager().query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`audit:${institutionId ?? 'platform'}`]);
  }

  async last(institutionId: string | null): Promise<ChainEntry | null> {
    const [row] = await this.chain(institutionId, (qb) => qb.orderBy('e.seq', 'DESC').limit(1));
    return row ?? null;
  }

  /** Newest first, before a sequence number when given. */
  list(institutionId: string | null, options: { limit: number; beforeSeq?: number }): Promise<ChainEntry[]> {
    return this.chain(institutionId, (qb) => {
      qb.orderBy('e.seq', 'DESC').limit(options.limit);
      if (options.beforeSeq) qb.andWhere('e.seq < :before', { before: options.beforeSeq });
    });
  }

  /** The whole chain, oldest first. */
  all(institutionId: string | null): Promise<ChainEntry[]> {
    return this.chain(institutionId, (qb) => qb.orderBy('e.seq', 'ASC'));
  }

  /** The last sequence number hashed without a key when the chain was keyed (0: keyed from the start). */
  async legacyHead(institutionId: string | null): Promise<number> {
    const rows: Array<{ last_seq: string }> = institutionId
      ? await this.tx.manager().query('SELECT last_seq FROM audit_legacy_heads WHERE institution_id = $1', [institutionId])
      : await this.tx.manager().query('SELECT last_seq FROM platform_audit_legacy_heads');
    return rows.length ? Number(rows[0]!.last_seq) : 0;
  }

  /** The newest entry's seq and hash (read after lockChain), without an entity. */
  async head(institutionId: string | null): Promise<{ seq: number; hash: string } | null> {
    const rows: Array<{ seq: string; hash: string }> = institutionId
      ? await this.tx.manager().query('SELECT seq, hash FROM audit_events WHERE institution_id = $1 ORDER BY seq DESC LIMIT 1', [institutionId])
      : await this.tx.manager().query('SELECT seq, hash FROM platform_audit_events ORDER BY seq DESC LIMIT 1');
    return rows.length ? { seq: Number(rows[0]!.seq), hash: rows[0]!.hash } : null;
  }

  /** The INSERT of one entry as part of a caller's statement (signing's last one). */
  insertPart(event: Omit<ChainEntry, 'id'>): SqlPart {
    // Every column but institution_id, which only the institutions' table has.
    const entry: Record<string, unknown> = {
      seq: event.seq, occurred_at: event.occurredAt, actor_user_id: event.actorUserId, action: event.action, target_type: event.targetType,
      target_id: event.targetId, details: JSON.stringify(event.details), prev_hash: event.prevHash, hash: event.hash, hash_version: event.hashVersion,
    };
    const columns = Object.keys(entry);
    const placeholders = (from: number) => columns.map((c, i) => `$${from + i}${c === 'details' ? '::jsonb' : ''}`).join(', ');
    return event.institutionId
      ? { sql: `INSERT INTO audit_events (institution_id, ${columns.join(', ')}) VALUES ($1, ${placeholders(2)})`, params: [event.institutionId, ...Object.values(entry)] }
      : { sql: `INSERT INTO platform_audit_events (${columns.join(', ')}) VALUES (${placeholders(1)})`, params: Object.values(entry) };
  }

  async insert(event: DeepPartial<ChainEntry>): Promise<ChainEntry> {
    const manager = this.tx.manager();
    if (event.institutionId) return manager.save(manager.create(AuditEvent, event as DeepPartial<AuditEvent>));
    // The platform table has no institution_id: create() keeps only its own columns.
    return { ...(await manager.save(manager.create(PlatformAuditEvent, event as DeepPartial<PlatformAuditEvent>))), institutionId: null };
  }

  private async chain(institutionId: string | null, shape: (qb: SelectQueryBuilder<ChainEntryColumns>) => unknown): Promise<ChainEntry[]> {
    const manager = this.tx.manager();
    const qb = institutionId
      ? manager.getRepository<ChainEntryColumns>(AuditEvent).createQueryBuilder('e').where('e.institution_id = :institutionId', { institutionId })
      : manager.getRepository<ChainEntryColumns>(PlatformAuditEvent).createQueryBuilder('e');
    shape(qb);
    const rows = await qb.getMany();
    return institutionId ? (rows as AuditEvent[]) : rows.map((r) => ({ ...r, institutionId: null }));
  }
}
