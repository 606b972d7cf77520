import { Injectable } from '@nestjs/common';
import type { IntegrityThresholds } from '@veraz/contracts';
import { scoreFiling } from '../engine/score';
import type { RateTable } from '../engine/types';
import { FxRatesService } from '../fx-rates/fx-rates.service';
import { interestCompanies } from '../rules/interests';
import { ThresholdsService } from '../thresholds/thresholds.service';
import { RiskScoresRepository, type InterestCompanyRow, type ScoreToWrite } from './risk-scores.repository';
import { ScoringFactsRepository, type FilingFactsRow, type UserObligation } from './scoring-facts.repository';
import { scoringInputs } from './scoring-inputs';

/** Scores filings with the pure engine and stores each score under its threshold version. */
@Injectable()
export class FilingScoringService {
  constructor(
    private readonly facts: ScoringFactsRepository,
    private readonly scores: RiskScoresRepository,
    private readonly thresholds: ThresholdsService,
    private readonly fx: FxRatesService,
  ) {}

  /** The stored yearly exchange rates as the engine reads them. */
  async rates(): Promise<RateTable> {
    return this.fx.table();
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

  /**
   * Every filing given (all of each person's filings, so previous ones are found): one write of scores
   * and one of the companies their interests name (RFCs for a later match with procurement data).
   * Returns how many filings were scored.
   */
  async scoreFilings(filings: FilingFactsRow[], version: number, thresholds: IntegrityThresholds, rates: RateTable): Promise<number> {
    if (!filings.length) return 0;
    const obligations = await this.facts.obligationsOfUsers([...new Set(filings.map((f) => f.userId))]);
    const scored = scoreChunk(filings, obligations, thresholds, rates);
    await this.write(version, scored);
    return scored.scores.length;
  }

  /** A scored chunk's rows, in the caller's transaction. */
  async write(version: number, scored: ScoredChunk): Promise<void> {
    await this.scores.upsert(version, scored.scores);
    await this.scores.replaceInterestCompanies(scored.filingIds, scored.companies);
  }
}

export interface ScoredChunk {
  filingIds: string[];
  scores: ScoreToWrite[];
  companies: InterestCompanyRow[];
}

/** The engine over people's filings (pure, no database): their scores and interest companies. */
export function scoreChunk(filings: FilingFactsRow[], obligations: UserObligation[], thresholds: IntegrityThresholds, rates: RateTable): ScoredChunk {
  const inputs = scoringInputs(filings, obligations, thresholds, rates);
  return {
    filingIds: inputs.map((i) => i.filing.id),
    scores: inputs.map((input) => ({ filingId: input.filing.id, ...scoreFiling(input) })),
    companies: inputs.flatMap((i) => companiesOf(i.filing)),
  };
}

/** One row per (section, item): the table's key. */
function companiesOf(filing: Parameters<typeof interestCompanies>[0]): InterestCompanyRow[] {
  const seen = new Set<string>();
  return interestCompanies(filing).flatMap((c) => {
    const key = `${c.section}:${c.item}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ filingId: filing.id, ...c }];
  });
}
