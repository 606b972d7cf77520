import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A job waiting to be handed to BullMQ; written in the same transaction as its cause. */
@Entity({ name: 'outbox' })
export class OutboxEntry {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', nullable: true })
  institutionId: string | null;

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
