import { Injectable, Logger } from '@nestjs/common';
import type { IntegrityThresholds } from '@veraz/contracts';
import type { BatchRunner } from '@veraz/tenancy';
import type { RateTable } from '../engine/types';
import { FilingScoringService } from '../scoring/filing-scoring.service';
import { ScoringFactsRepository } from '../scoring/scoring-facts.repository';
import { ThresholdsRepository } from '../thresholds/thresholds.repository';
import { RescoreRunsRepository } from './rescore-runs.repository';

/** People per chunk: each chunk is one transaction (read, score, one multi-row upsert, cursor). */
export const RESCORE_CHUNK_USERS = 400;

export interface RescoreOutcome {
  runId: string;
  chunks: number;
  scored: number;
  state: 'TERMINADA' | 'NO_EXISTE';
}

/**
 * A batch re-score run: people in keyset order (user id), a chunk per transaction whose scores and
 * cursor commit together. A restarted job continues from the cursor; a finished run does nothing.
 */
@Injectable()
export class RescoreService {
  private readonly logger = new Logger('IntegrityRescore');

  constructor(
    private readonly runs: RescoreRunsRepository,
    private readonly versions: ThresholdsRepository,
    private readonly facts: ScoringFactsRepository,
    private readonly scoring: FilingScoringService,
  ) {}

  async run(runId: string, inBatch: BatchRunner, options: { chunkUsers?: number } = {}): Promise<RescoreOutcome> {
    const chunkUsers = options.chunkUsers ?? RESCORE_CHUNK_USERS;
    const outcome: RescoreOutcome = { runId, chunks: 0, scored: 0, state: 'TERMINADA' };
    let setup: { thresholds: IntegrityThresholds; rates: RateTable } | null = null;
    try {
      for (;;) {
        const more = await inBatch(async () => {
          const run = await this.runs.lock(runId);
          if (!run) {
            outcome.state = 'NO_EXISTE';
            return false;
          }
          if (run.state === 'TERMINADA') return false;
          if (!setup) {
            const thresholds = await this.versions.thresholdsOf(run.thresholdVersion);
            if (!thresholds) throw new Error(`threshold version ${run.thresholdVersion} not found`);
            setup = { thresholds, rates: await this.scoring.rates() };
          }
          const chunk = await this.facts.filingsOfNextUsers(run.cursorUserId, chunkUsers);
          if (!chunk.userIds.length) {
            await this.runs.finish(runId);
            return false;
          }
          const scored = await this.scoring.scoreFilings(chunk.filings, run.thresholdVersion, setup.thresholds, setup.rates);
          await this.runs.advance(runId, chunk.userIds[chunk.userIds.length - 1]!, scored);
          outcome.chunks++;
          outcome.scored += scored;
          return true;
        });
        if (!more) return outcome;
      }
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      this.logger.error(`recálculo ${runId}: ${message}`);
      await inBatch(() => this.runs.fail(runId, message)).catch(() => undefined);
      throw err;
    }
  }
}
