export * from './entities';
export * from './core-platform.module';
export * from './job-handlers.module';
