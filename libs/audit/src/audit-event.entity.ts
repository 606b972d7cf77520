import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** The columns of a chain entry, the same in the institutions' table and in the platform's. */
export abstract class ChainEntryColumns {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'bigint' })
  seq: string;

  @Column({ type: 'timestamptz' })
  occurredAt: Date;

  @Column({ type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Column({ type: 'text' })
  action: string;

  @Column({ type: 'text', nullable: true })
  targetType: string | null;

  @Column({ type: 'text', nullable: true })
  targetId: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  details: Record<string, unknown>;

  @Column({ type: 'char', length: 64 })
  prevHash: string;

  @Column({ type: 'char', length: 64 })
  hash: string;

  /** HASH_VERSION: how `hash` was computed. */
  @Column({ type: 'smallint' })
  hashVersion: number;
}

/** An entry of an institution's chain. */
@Entity({ name: 'audit_events' })
export class AuditEvent extends ChainEntryColumns {
  /** Part of the key: the table is distributed by institution (migration PlatformRowsSplit). */
  @PrimaryColumn({ type: 'uuid' })
  institutionId: string;
}

/** An entry of the platform chain, in a table of its own (no institution_id). */
@Entity({ name: 'platform_audit_events' })
export class PlatformAuditEvent extends ChainEntryColumns {}

/** An entry of either chain; the platform's has institutionId null, which its hash covers. */
export type ChainEntry = ChainEntryColumns & { institutionId: string | null };

/** The audit library's entities, for a DataSource that writes or reads either chain. */
export const AUDIT_ENTITIES = [AuditEvent, PlatformAuditEvent];
