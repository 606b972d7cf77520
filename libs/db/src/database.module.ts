import { Injectable, Module, type DynamicModule, type INestApplicationContext, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource, TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { assertAppSession } from './app-login';
import { dataSourceOptions, type EntityTarget } from './data-source';
import { ReadReplica } from './read-replica';

/** The database URL this process ended up using (DATABASE_URL or the embedded server's). */
export const RESOLVED_DATABASE_URL = Symbol('RESOLVED_DATABASE_URL');
/**
 * The same login without a transaction-pooling PgBouncer in between (DATABASE_DIRECT_URL, else the URL
 * above): for the few connections that keep session state, LISTEN and BullMQ's PostgreSQL backend.
 */
export const DIRECT_DATABASE_URL = Symbol('DIRECT_DATABASE_URL');

export interface DatabaseModuleOptions {
  url: string;
  /** DATABASE_READ_URL: a hot standby the S1 reads use (see ReadReplica). */
  readUrl?: string;
  /** DATABASE_DIRECT_URL when PgBouncer pools `url` in transaction mode; default: `url`. */
  directUrl?: string;
  entities: EntityTarget[];
  poolMax?: number;
  applicationName?: string;
}

/** Before anything serves: the pool's session user may not leave row-level security (api, worker, CLI). */
@Injectable()
class AppSessionCheck implements OnModuleInit {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  onModuleInit(): Promise<void> {
    return assertAppSession(this.dataSource);
  }
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
      providers: [
        { provide: RESOLVED_DATABASE_URL, useValue: options.url },
        { provide: DIRECT_DATABASE_URL, useValue: options.directUrl ?? options.url },
        AppSessionCheck,
        {
          provide: ReadReplica,
          useFactory: () =>
            new ReadReplica({
              url: options.readUrl,
              entities: options.entities,
              poolMax: options.poolMax,
              applicationName: options.applicationName && `${options.applicationName}-read`,
            }),
        },
      ],
      exports: [RESOLVED_DATABASE_URL, DIRECT_DATABASE_URL, TypeOrmModule, ReadReplica],
    };
  }
}

/** A context whose init failed cannot be closed (Nest's close() rethrows that error): its pool is closed here. */
export async function closePoolAfterFailedInit(app: INestApplicationContext): Promise<void> {
  await app.get(DataSource).destroy().catch(() => undefined);
}
