export * from './db-context';
export * from './current-transaction';
export * from './tenant-context';
export * from './tenancy.module';
export * from './sql-rows';
export * from './sql-columns';
export * from './unit-of-work';
export * from './step-runner';
