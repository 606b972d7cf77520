export * from './audit-actions';
export * from './audit-event.entity';
export * from './audit-hash';
export * from './audit-log.service';
export * from './audit.module';
