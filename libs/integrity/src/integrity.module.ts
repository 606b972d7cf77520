import { Module } from '@nestjs/common';
import { AuditModule } from '@veraz/audit';
import { QueueModule } from '@veraz/queue';
import { TenancyModule } from '@veraz/tenancy';
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

/** Integrity intelligence (issue 17): versioned thresholds, scoring after each filing and batch re-scores. */
@Module({
  imports: [TenancyModule, QueueModule, AuditModule],
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
  exports: [ThresholdsService, FilingScoringService, RescoreService, CatchUpService],
})
export class IntegrityModule {}
