import { Module } from '@nestjs/common';
import { AuditModule } from '@veraz/audit';
import { TenancyModule } from '@veraz/tenancy';
import { IntegrityReadRepository } from './integrity-read.repository';
import { IntegrityReviewService } from './integrity-review.service';
import { PersonEvolutionService } from './person-evolution.service';

/** The reviewer's and admin's read side of the integrity scores (flags, evolution, re-score progress). */
@Module({
  imports: [TenancyModule, AuditModule],
  providers: [IntegrityReadRepository, IntegrityReviewService, PersonEvolutionService],
  exports: [IntegrityReviewService, PersonEvolutionService],
})
export class IntegrityReviewModule {}
