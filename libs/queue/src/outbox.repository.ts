import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CurrentTransaction } from '@veraz/tenancy';
import type { JobPayload } from './job';
import { OutboxEntry, PlatformOutboxEntry, type OutboxColumns, type OutboxJob } from './outbox.entity';

export interface NewOutboxEntry {
  institutionId: string | null;
  queue: string;
  name: string;
  jobId: string;
  payload: JobPayload;
}

/** The columns an enqueue writes besides institution_id, in the order of the arrays unnested below. */
const JOB_COLUMNS = 'queue, name, job_id, payload';

/**
 * The outboxes, in the caller's transaction (the enqueuing change's, or the relay's system one):
 * `outbox` for an institution's jobs, `platform_outbox` for jobs without one (password-reset mail,
 * platform recomputes), so every tenant table is keyed by institution_id.
 */
@Injectable()
export class OutboxRepository {
  constructor(private readonly tx: CurrentTransaction) {}

  /** A job id already in the outbox is left as it is: enqueueing the same id twice yields one job. */
  async append(...entries: NewOutboxEntry[]): Promise<void> {
    const tenant = entries.filter((e) => e.institutionId);
    const platform = entries.filter((e) => !e.institutionId);
    const jobs = (list: NewOutboxEntry[]) => [list.map((e) => e.queue), list.map((e) => e.name), list.map((e) => e.jobId), list.map((e) => JSON.stringify(e.payload))];
    if (tenant.length) {
      await this.tx.manager().query(
        `INSERT INTO outbox (institution_id, ${JOB_COLUMNS}) SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::jsonb[])
         ON CONFLICT (job_id, institution_id) DO NOTHING`,
        [tenant.map((e) => e.institutionId), ...jobs(tenant)],
      );
    }
    if (platform.length) {
      await this.tx.manager().query(
        `INSERT INTO platform_outbox (${JOB_COLUMNS}) SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::jsonb[])
         ON CONFLICT (job_id) DO NOTHING`,
        jobs(platform),
      );
    }
  }

  /**
   * One job per institution (payload `{ institutionId }`), each with the id `prefix-institution`:
   * what a schedule enqueues once per period, whichever process gets there first (system scope).
   */
  async appendForEveryInstitution(queue: string, name: string, jobIdPrefix: string): Promise<void> {
    await this.tx.manager().query(
      `INSERT INTO outbox (institution_id, ${JOB_COLUMNS})
       SELECT id, $1, $2, $3 || '-' || id, jsonb_build_object('institutionId', id) FROM institutions
       ON CONFLICT (job_id, institution_id) DO NOTHING`,
      [queue, name, jobIdPrefix],
    );
  }

  /**
   * The oldest rows not yet relayed of each outbox (up to `limit` of each), locked; rows another
   * relay holds are skipped. Oldest first across both.
   */
  async claimPending(limit: number): Promise<OutboxJob[]> {
    const manager = this.tx.manager();
    const tenant = await claim(manager, OutboxEntry, limit);
    const platform = (await claim(manager, PlatformOutboxEntry, limit)).map((e) => ({ ...e, institutionId: null }));
    return [...(tenant as OutboxEntry[]), ...platform].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  }

  async markRelayed(entry: OutboxJob): Promise<void> {
    await this.update(entry, { relayedAt: new Date(), relayAttempts: entry.relayAttempts + 1, lastError: null });
  }

  async markFailed(entry: OutboxJob, error: string): Promise<void> {
    await this.update(entry, { relayAttempts: entry.relayAttempts + 1, lastError: error.slice(0, 500) });
  }

  private async update(entry: OutboxJob, values: Pick<Partial<OutboxColumns>, 'relayedAt' | 'relayAttempts' | 'lastError'>): Promise<void> {
    const manager = this.tx.manager();
    if (entry.institutionId) await manager.update(OutboxEntry, { id: entry.id, institutionId: entry.institutionId }, values);
    else await manager.update(PlatformOutboxEntry, { id: entry.id }, values);
  }
}

function claim(manager: EntityManager, table: typeof OutboxEntry | typeof PlatformOutboxEntry, limit: number): Promise<OutboxColumns[]> {
  return manager
    .getRepository<OutboxColumns>(table)
    .createQueryBuilder('o')
    .where('o.relayed_at IS NULL')
    .orderBy('o.created_at', 'ASC')
    .limit(limit)
    .setLock('pessimistic_write')
    .setOnLocked('skip_locked')
    .getMany();
}
