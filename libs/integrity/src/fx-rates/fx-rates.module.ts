import { Module } from '@nestjs/common';
import { AuditModule } from '@veraz/audit';
import { TenancyModule } from '@veraz/tenancy';
import { FxRatesRepository } from './fx-rates.repository';
import { FxRatesService } from './fx-rates.service';

/** The platform's yearly exchange rates: import (operators) and the rate table the rules read. */
@Module({
  imports: [TenancyModule, AuditModule],
  providers: [FxRatesRepository, FxRatesService],
  exports: [FxRatesService],
})
export class FxRatesModule {}
