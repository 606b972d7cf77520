import { Module } from '@nestjs/common';
import { AuditModule } from '@veraz/audit';
import { TenancyModule } from '@veraz/tenancy';
import { FxRatesModule } from '../fx-rates/fx-rates.module';
import { RescoreRunsRepository } from '../rescore/rescore-runs.repository';
import { ScoringFactsRepository } from '../scoring/scoring-facts.repository';
import { IntegrityReadRepository } from './integrity-read.repository';
import { IntegrityReviewService } from './integrity-review.service';
import { PersonEvolutionService } from './person-evolution.service';

/** The reviewer's and admin's read side of the integrity scores (flags, evolution, re-score progress). */
@Module({
  imports: [TenancyModule, AuditModule, FxRatesModule],
  // The write side's repositories are stateless readers here: the same facts and runs, read-only.
  providers: [IntegrityReadRepository, ScoringFactsRepository, RescoreRunsRepository, IntegrityReviewService, PersonEvolutionService],
  exports: [IntegrityReviewService, PersonEvolutionService],
})
export class IntegrityReviewModule {}
