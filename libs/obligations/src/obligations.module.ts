import { Module } from '@nestjs/common';
import { QueueModule } from '@veraz/queue';
import { TenancyModule } from '@veraz/tenancy';
import { ObligationsRepository } from './persistence/obligations.repository';
import { ObligationsService } from './persistence/obligations.service';
import { ObligationsRecomputeHandler } from './recompute.job';

@Module({
  imports: [TenancyModule, QueueModule],
  providers: [ObligationsRepository, ObligationsService, ObligationsRecomputeHandler],
  exports: [ObligationsService],
})
export class ObligationsModule {}
