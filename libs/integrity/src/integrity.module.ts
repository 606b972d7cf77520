import { Module } from '@nestjs/common';
import { AuditModule } from '@veraz/audit';
import { QueueModule } from '@veraz/queue';
import { TenancyModule } from '@veraz/tenancy';
import { FxRatesModule } from './fx-rates/fx-rates.module';
import { RescoreRunsRepository } from './rescore/rescore-runs.repository';
import { RescoreHandler } from './rescore/rescore.job';
import { RescoreService } from './rescore/rescore.service';
import { CatchUpHandler } from './scoring/catch-up.job';
import { CatchUpService } from './scoring/catch-up.service';
import { FilingScoringService } from './scoring/filing-scoring.service';
import { RiskScoresRepository } from './scoring/risk-scores.repository';
import { ScoreFilingHandler } from './scoring/score-filing.job';
import { ScoringFactsRepository } from './scoring/scoring-facts.repository';
import { ThresholdsRepository } from './thresholds/thresholds.repository';
import { ThresholdsService } from './thresholds/thresholds.service';

/** Integrity intelligence (issue 17): versioned thresholds, scoring after each filing and batch re-scores (exchange rates included). */
@Module({
  imports: [TenancyModule, QueueModule, AuditModule, FxRatesModule],
  providers: [
    ThresholdsRepository,
    ThresholdsService,
    RescoreRunsRepository,
    RescoreService,
    RescoreHandler,
    ScoringFactsRepository,
    RiskScoresRepository,
    FilingScoringService,
    ScoreFilingHandler,
    CatchUpService,
    CatchUpHandler,
  ],
  // FxRatesModule re-exported: consumers of scoring (the self-check) import this one module.
  exports: [ThresholdsService, FilingScoringService, RescoreService, CatchUpService, FxRatesModule],
})
export class IntegrityModule {}
