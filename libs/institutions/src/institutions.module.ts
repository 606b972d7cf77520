import { Module } from '@nestjs/common';
import { AuditModule } from '@veraz/audit';
import { TenancyModule } from '@veraz/tenancy';
import { InstitutionsRepository } from './institutions.repository';
import { InstitutionsService } from './institutions.service';

@Module({
  imports: [TenancyModule, AuditModule],
  providers: [InstitutionsRepository, InstitutionsService],
  exports: [InstitutionsRepository, InstitutionsService],
})
export class InstitutionsModule {}
