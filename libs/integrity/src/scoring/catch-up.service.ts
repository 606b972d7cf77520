import { Injectable } from '@nestjs/common';
import type { BatchRunner } from '@veraz/tenancy';
import { RescoreRunsRepository } from '../rescore/rescore-runs.repository';
import { RESCORE_CHUNK_USERS } from '../rescore/rescore.service';
import { ThresholdsService } from '../thresholds/thresholds.service';
import { FilingScoringService } from './filing-scoring.service';
import { ScoringFactsRepository } from './scoring-facts.repository';

export interface CatchUpOutcome {
  thresholdVersion: number;
  people: number;
  scored: number;
  /** True when a batch run of the current version is still going: it scores everything itself. */
  deferred: boolean;
}

/**
 * Brings scores up to date under the current thresholds: filings nobody scored (a bulk load) and people
 * whose obligations changed after their last score (rule 8: an omission appears when a due date passes,
 * with no filing to trigger a score). The list is read once; its people are scored a chunk per transaction.
 */
@Injectable()
export class CatchUpService {
  constructor(
    private readonly thresholds: ThresholdsService,
    private readonly runs: RescoreRunsRepository,
    private readonly facts: ScoringFactsRepository,
    private readonly scoring: FilingScoringService,
  ) {}

  async run(inBatch: BatchRunner, options: { chunkUsers?: number } = {}): Promise<CatchUpOutcome> {
    const chunkUsers = options.chunkUsers ?? RESCORE_CHUNK_USERS;
    const found = await inBatch(async () => {
      const current = await this.thresholds.current();
      const run = await this.runs.ofVersion(current.version);
      const deferred = !!run && run.state !== 'TERMINADA';
      return { current, deferred, users: deferred ? [] : await this.facts.staleUsers(current.version) };
    });
    const { current, users } = found;
    const outcome: CatchUpOutcome = { thresholdVersion: current.version, people: users.length, scored: 0, deferred: found.deferred };
    for (let i = 0; i < users.length; i += chunkUsers) {
      const chunk = users.slice(i, i + chunkUsers);
      outcome.scored += await inBatch(async () =>
        this.scoring.scoreFilings(await this.facts.filingsOfUsers(chunk), current.version, current.thresholds, await this.scoring.rates()),
      );
    }
    return outcome;
  }
}
