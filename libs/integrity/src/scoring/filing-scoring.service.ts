import { Injectable } from '@nestjs/common';
import type { IntegrityThresholds } from '@veraz/contracts';
import { rateTable } from '../engine/money';
import { scoreFiling } from '../engine/score';
import type { RateTable } from '../engine/types';
import { ThresholdsService } from '../thresholds/thresholds.service';
import { RiskScoresRepository } from './risk-scores.repository';
import { ScoringFactsRepository, type FilingFactsRow } from './scoring-facts.repository';
import { scoringInputs } from './scoring-inputs';

/** Scores filings with the pure engine and stores each score under its threshold version. */
@Injectable()
export class FilingScoringService {
  constructor(
    private readonly facts: ScoringFactsRepository,
    private readonly scores: RiskScoresRepository,
    private readonly thresholds: ThresholdsService,
  ) {}

  async rates(): Promise<RateTable> {
    return rateTable(await this.facts.rates());
  }

  /**
   * After a filing (or a correction, a new version of one): every filing of its person under the current
   * version, since the new one changes the previous filing's facts too (rule 8's omissions move to the newest).
   */
  async scoreAfterFiling(filingId: string): Promise<{ thresholdVersion: number; scored: number }> {
    const current = await this.thresholds.current();
    const userId = await this.facts.userOfFiling(filingId);
    if (!userId) return { thresholdVersion: current.version, scored: 0 };
    const filings = await this.facts.filingsOfUsers([userId]);
    const scored = await this.scoreFilings(filings, current.version, current.thresholds, await this.rates());
    return { thresholdVersion: current.version, scored };
  }

  /** Every filing given (all of each person's filings, so previous ones are found), one write; how many were scored. */
  async scoreFilings(filings: FilingFactsRow[], version: number, thresholds: IntegrityThresholds, rates: RateTable): Promise<number> {
    if (!filings.length) return 0;
    const obligations = await this.facts.obligationsOfUsers([...new Set(filings.map((f) => f.userId))]);
    const written = scoringInputs(filings, obligations, thresholds, rates).map((input) => ({ filingId: input.filing.id, ...scoreFiling(input) }));
    await this.scores.upsert(version, written);
    return written.length;
  }
}
