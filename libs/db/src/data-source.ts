import { DataSource, type DataSourceOptions, type EntitySchema } from 'typeorm';
import { APP_ROLE, MIGRATIONS } from '@veraz/migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own EntityTarget accepts any class constructor
export type EntityTarget = Function | EntitySchema;

export interface DataSourceFactoryOptions {
  url: string;
  entities?: EntityTarget[];
  poolMax?: number;
  /** Connect as the owner (migrations, test setup) instead of switching to the app role. */
  asOwner?: boolean;
  applicationName?: string;
}

/**
 * The one place that builds connection options. Application connections switch to the app
 * role at connection start (`-c role=…`), so every query of the process is subject to row-level
 * security; only the migration runner connects as the owner.
 */
export function dataSourceOptions(options: DataSourceFactoryOptions): DataSourceOptions {
  return {
    type: 'postgres',
    url: options.url,
    entities: options.entities ?? [],
    migrations: MIGRATIONS,
    migrationsTableName: 'typeorm_migrations',
    migrationsRun: false,
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    extra: {
      max: options.poolMax ?? 10,
      application_name: options.applicationName ?? 'veraz',
      ...(options.asOwner ? {} : { options: `-c role=${APP_ROLE}` }),
    },
  };
}

export function createDataSource(options: DataSourceFactoryOptions): DataSource {
  return new DataSource(dataSourceOptions(options));
}
