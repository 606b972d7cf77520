import { Module, type DynamicModule } from '@nestjs/common';
import { ClsModule } from 'nestjs-cls';
import { VerazConfigModule, type VerazConfig } from '@veraz/config';
import { DatabaseModule } from '@veraz/db';
import { QueueRuntimeModule } from '@veraz/queue';
import { VERAZ_ENTITIES } from './entities';

export interface CorePlatformOptions {
  config: VerazConfig;
  /** The URL resolved at boot (DATABASE_URL or the embedded server). */
  databaseUrl: string;
  /** Relay the outbox and run job handlers in this process. */
  processJobs: boolean;
  /** Mount the CLS middleware for HTTP requests. */
  http?: boolean;
  applicationName?: string;
  /** Open the read pool of DATABASE_READ_URL: the API only (S1 reads); workers and the CLI use the primary. */
  readReplica?: boolean;
}

/** Configuration, async context, database and queue: what every Veraz process needs. */
@Module({})
export class CorePlatformModule {
  static forRoot(options: CorePlatformOptions): DynamicModule {
    return {
      module: CorePlatformModule,
      imports: [
        VerazConfigModule.forRoot(options.config),
        ClsModule.forRoot({ global: true, middleware: { mount: options.http ?? false, generateId: true } }),
        DatabaseModule.forRoot({
          url: options.databaseUrl,
          readUrl: options.readReplica ? options.config.database.readUrl : undefined,
          directUrl: options.config.database.directUrl,
          entities: VERAZ_ENTITIES,
          poolMax: options.config.database.poolMax,
          applicationName: options.applicationName,
        }),
        QueueRuntimeModule.forRoot({ processJobs: options.processJobs }),
      ],
    };
  }
}
