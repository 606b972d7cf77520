export * from './free-port';
export * from './test-database';
export * from './test-config';
export * from './spawn';
export * from './mailbox';
export * from './console-fixtures';
export * from './pgbouncer';
