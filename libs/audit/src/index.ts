export { AUDIT_ACTIONS, type AuditAction } from '@veraz/contracts';
export * from './audit-event.entity';
export * from './audit-hash';
export * from './audit-log.service';
export * from './audit.module';
export type { ChainAnchor, ChainProblem, ChainProblemKind, ChainVerification } from './chain-verifier';
export type { AuditFilters, NamedAuditRow } from './audit-reading.repository';
