import { Module } from '@nestjs/common';
import { TenancyModule } from '@veraz/tenancy';
import { auditChainKeyProvider } from './audit-chain-key';
import { AuditEventsRepository } from './audit-events.repository';
import { AuditLog } from './audit-log.service';
import { AuditReadingRepository } from './audit-reading.repository';

@Module({ imports: [TenancyModule], providers: [auditChainKeyProvider, AuditEventsRepository, AuditReadingRepository, AuditLog], exports: [AuditLog] })
export class AuditModule {}
