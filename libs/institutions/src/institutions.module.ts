import { Module } from '@nestjs/common';
import { AuditModule } from '@veraz/audit';
import { TenancyModule } from '@veraz/tenancy';
import { AuthoritiesRepository } from './authorities/authorities.repository';
import { AuthorityCrlsRepository } from './authorities/authority-crls.repository';
import { AuthoritiesService } from './authorities/authorities.service';
import { InstitutionsRepository } from './institutions.repository';
import { InstitutionsService } from './institutions.service';
import { InstitutionSettingsService } from './settings/institution-settings.service';

@Module({
  imports: [TenancyModule, AuditModule],
  providers: [InstitutionsRepository, InstitutionsService, AuthoritiesRepository, AuthorityCrlsRepository, AuthoritiesService, InstitutionSettingsService],
  exports: [InstitutionsService, AuthoritiesService, InstitutionSettingsService],
})
export class InstitutionsModule {}
