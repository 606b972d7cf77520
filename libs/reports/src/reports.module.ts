import { Module } from '@nestjs/common';
import { AuditModule } from '@veraz/audit';
import { TenancyModule } from '@veraz/tenancy';
import { DashboardRepository } from './dashboard/dashboard.repository';
import { DashboardService } from './dashboard/dashboard.service';
import { ObligationExportsRepository } from './exports/obligation-exports.repository';
import { ObligationExportsService } from './exports/obligation-exports.service';

/** The OIC's read side of the console: dashboard aggregates and the omisos/extemporáneos/requerimientos exports. */
@Module({
  imports: [TenancyModule, AuditModule],
  providers: [DashboardRepository, DashboardService, ObligationExportsRepository, ObligationExportsService],
  exports: [DashboardService, ObligationExportsService],
})
export class ReportsModule {}
