import { Module } from '@nestjs/common';
import { TenancyModule } from '@veraz/tenancy';
import { AuditEventsRepository } from './audit-events.repository';
import { AuditLog } from './audit-log.service';

@Module({ imports: [TenancyModule], providers: [AuditEventsRepository, AuditLog], exports: [AuditLog] })
export class AuditModule {}
