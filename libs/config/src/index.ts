export * from './env.schema';
export * from './environment';
export * from './load-config';
export * from './secret-key';
export * from './config.module';
export * from './clock';
