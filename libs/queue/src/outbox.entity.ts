import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** A job waiting to be handed to BullMQ; written in the same transaction as its cause. */
export abstract class OutboxColumns {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  queue: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  jobId: string;

  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  relayedAt: Date | null;

  @Column({ type: 'integer', default: 0 })
  relayAttempts: number;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;
}

/** An institution's job. */
@Entity({ name: 'outbox' })
export class OutboxEntry extends OutboxColumns {
  /** Part of the key: the table is distributed by institution (migration PlatformRowsSplit). */
  @PrimaryColumn({ type: 'uuid' })
  institutionId: string;
}

/** A platform job (no institution: password-reset mail, platform recomputes), in a table of its own. */
@Entity({ name: 'platform_outbox' })
export class PlatformOutboxEntry extends OutboxColumns {}

/** A job of either outbox; a platform job has institutionId null. */
export type OutboxJob = OutboxColumns & { institutionId: string | null };

/** The queue library's entities, for a DataSource that enqueues or relays. */
export const OUTBOX_ENTITIES = [OutboxEntry, PlatformOutboxEntry];
