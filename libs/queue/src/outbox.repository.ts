import { Injectable } from '@nestjs/common';
import { CurrentTransaction } from '@veraz/tenancy';
import type { JobPayload } from './job';
import { OutboxEntry } from './outbox.entity';

export interface NewOutboxEntry {
  institutionId: string | null;
  queue: string;
  name: string;
  jobId: string;
  payload: JobPayload;
}

/** The outbox table, in the caller's transaction: the enqueuing change's, or the relay's system one. */
@Injectable()
export class OutboxRepository {
  constructor(private readonly tx: CurrentTransaction) {}

  /** A job id already in the outbox is left as it is: enqueueing the same id twice yields one job. */
  async append(...entries: NewOutboxEntry[]): Promise<void> {
    if (!entries.length) return;
    await this.tx.manager().query(
      `INSERT INTO outbox (institution_id, queue, name, job_id, payload)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::jsonb[])
       ON CONFLICT (job_id) DO NOTHING`,
      [entries.map((e) => e.institutionId), entries.map((e) => e.queue), entries.map((e) => e.name), entries.map((e) => e.jobId), entries.map((e) => JSON.stringify(e.payload))],
    );
  }

  /**
   * One job per institution (payload `{ institutionId }`), each with the id `prefix-institution`:
   * what a schedule enqueues once per period, whichever process gets there first (system scope).
   */
  async appendForEveryInstitution(queue: string, name: string, jobIdPrefix: string): Promise<void> {
    await this.tx.manager().query(
      `INSERT INTO outbox (institution_id, queue, name, job_id, payload)
       SELECT id, $1, $2, $3 || '-' || id, jsonb_build_object('institutionId', id) FROM institutions
       ON CONFLICT (job_id) DO NOTHING`,
      [queue, name, jobIdPrefix],
    );
  }

  /** The oldest rows not yet relayed, locked; rows another relay holds are skipped. */
  claimPending(limit: number): Promise<OutboxEntry[]> {
    return this.tx
      .manager()
      .getRepository(OutboxEntry)
      .createQueryBuilder('o')
      .where('o.relayed_at IS NULL')
      .orderBy('o.created_at', 'ASC')
      .limit(limit)
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getMany();
  }

  async markRelayed(entry: OutboxEntry): Promise<void> {
    await this.tx.manager().update(OutboxEntry, { id: entry.id }, { relayedAt: new Date(), relayAttempts: entry.relayAttempts + 1, lastError: null });
  }

  async markFailed(entry: OutboxEntry, error: string): Promise<void> {
    await this.tx.manager().update(OutboxEntry, { id: entry.id }, { relayAttempts: entry.relayAttempts + 1, lastError: error.slice(0, 500) });
  }
}
