import { DataSource, type DataSourceOptions, type EntitySchema } from 'typeorm';
import { MIGRATIONS, MIGRATIONS_TABLE } from '@veraz/migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own EntityTarget accepts any class constructor
export type EntityTarget = Function | EntitySchema;

export interface DataSourceFactoryOptions {
  url: string;
  entities?: EntityTarget[];
  poolMax?: number;
  applicationName?: string;
  /** Give up connecting after this (default: wait as long as the network does). */
  connectTimeoutMs?: number;
}

/**
 * The one place that builds connection options. The URL's user is who the connection is: the
 * app's login (a member of veraz_app, checked by assertAppSession at start-up) or, for the
 * migration runner only, the owner. No `-c role=…` on top: a session user that is a superuser
 * could `SET ROLE` back to itself, so the app's must not be one in the first place.
 */
export function dataSourceOptions(options: DataSourceFactoryOptions): DataSourceOptions {
  return {
    type: 'postgres',
    url: options.url,
    entities: options.entities ?? [],
    migrations: MIGRATIONS,
    migrationsTableName: MIGRATIONS_TABLE,
    migrationsRun: false,
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    extra: {
      max: options.poolMax ?? 10,
      application_name: options.applicationName ?? 'veraz',
      ...(options.connectTimeoutMs ? { connectionTimeoutMillis: options.connectTimeoutMs } : {}),
    },
  };
}

export function createDataSource(options: DataSourceFactoryOptions): DataSource {
  return new DataSource(dataSourceOptions(options));
}
