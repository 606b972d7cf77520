export * from './env.schema';
export * from './load-config';
export * from './secret-key';
export * from './config.module';
