export * from './app-login';
export * from './data-source';
export * from './database-url';
export * from './embedded-postgres';
export * from './migrate';
export * from './snake-naming.strategy';
export { APP_ROLE } from '@veraz/migrations';
export * from './database.module';
export * from './shutdown';
