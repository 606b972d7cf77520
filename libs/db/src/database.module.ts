import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { dataSourceOptions, type EntityTarget } from './data-source';

/** The database URL this process ended up using (DATABASE_URL or the embedded server's). */
export const RESOLVED_DATABASE_URL = Symbol('RESOLVED_DATABASE_URL');

export interface DatabaseModuleOptions {
  url: string;
  entities: EntityTarget[];
  poolMax?: number;
  applicationName?: string;
}

@Module({})
export class DatabaseModule {
  static forRoot(options: DatabaseModuleOptions): DynamicModule {
    return {
      module: DatabaseModule,
      global: true,
      imports: [
        TypeOrmModule.forRoot({
          ...dataSourceOptions({
            url: options.url,
            entities: options.entities,
            poolMax: options.poolMax,
            applicationName: options.applicationName,
          }),
          // Never let the ORM reconnect in a loop at boot: a wrong URL should fail fast.
          retryAttempts: 0,
        }),
      ],
      providers: [{ provide: RESOLVED_DATABASE_URL, useValue: options.url }],
      exports: [RESOLVED_DATABASE_URL, TypeOrmModule],
    };
  }
}
