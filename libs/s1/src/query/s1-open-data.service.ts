import { Injectable } from '@nestjs/common';
import { TenantContext, type BatchRunner } from '@veraz/tenancy';
import { S1Error } from '../s1-error';
import { S1QueryRepository } from './s1-query.repository';
import { MAX_FILTER_LENGTH } from './s1-request';

const BATCH = 500;
const FEED_LIMIT = 500;

export interface S1Changes {
  results: unknown[];
  withdrawn: Array<{ id: string; withdrawnAt: string }>;
  next: { since: string; after: string } | null;
}

/** Open data beyond the standard, from the same public projection the S1 endpoint serves. */
@Injectable()
export class S1OpenDataService {
  constructor(
    private readonly repository: S1QueryRepository,
    private readonly tenant: TenantContext,
  ) {}

  /**
   * Every published document of the institution, in publication order. Each batch runs in its own
   * short transaction opened by `inBatch`: a slow client of a million-row download never holds one.
   */
  async *documents(inBatch: BatchRunner): AsyncGenerator<unknown> {
    let after = 0;
    for (;;) {
      const batch = await inBatch(() => this.repository.batchAfter(this.tenant.institutionId(), after, BATCH));
      for (const row of batch) yield row.document;
      if (batch.length < BATCH) return;
      after = batch[batch.length - 1].seq;
    }
  }

  /** Published or corrected after `since` (then by id after `after`), and the ids withdrawn since then. */
  async changes(since: unknown, after: unknown): Promise<S1Changes> {
    const sinceDate = typeof since === 'string' && since ? new Date(since) : new Date(NaN);
    // JavaScript dates reach years PostgreSQL's timestamptz cannot hold.
    const year = sinceDate.getUTCFullYear();
    if (Number.isNaN(sinceDate.getTime()) || year < 1 || year > 9999) {
      throw new S1Error(400, 'e_8001', 'since debe ser una fecha y hora ISO 8601 entre los años 1 y 9999');
    }
    if (after !== undefined && (typeof after !== 'string' || after.length > MAX_FILTER_LENGTH)) {
      throw new S1Error(400, 'e_8001', `after debe ser un solo id S1 de como máximo ${MAX_FILTER_LENGTH} caracteres`);
    }
    const institutionId = this.tenant.institutionId();
    // One after another: both run in the request's transaction, on one connection.
    const rows = await this.repository.changedSince(institutionId, sinceDate, after ?? '', FEED_LIMIT);
    const withdrawn = await this.repository.withdrawnSince(institutionId, sinceDate, FEED_LIMIT);
    const last = rows[rows.length - 1];
    return {
      results: rows.map((r) => r.document),
      withdrawn: withdrawn.map((w) => ({ id: w.s1Id, withdrawnAt: w.withdrawnAt.toISOString() })),
      next: rows.length === FEED_LIMIT && last ? { since: last.publishedAt.toISOString(), after: last.s1Id } : null,
    };
  }
}
