import { Module } from '@nestjs/common';
import { TenancyModule } from '@veraz/tenancy';
import { AuditLog } from './audit-log.service';

@Module({ imports: [TenancyModule], providers: [AuditLog], exports: [AuditLog] })
export class AuditModule {}
