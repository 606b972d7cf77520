import { Module, type DynamicModule } from '@nestjs/common';
import type { VerazConfig } from '@veraz/config';
import { CorePlatformModule, JobHandlersModule } from '@veraz/platform';

/** Root of the standalone worker process (production shape, with Redis). */
@Module({})
export class WorkerModule {
  static forRoot(config: VerazConfig, databaseUrl: string): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        CorePlatformModule.forRoot({ config, databaseUrl, processJobs: true, applicationName: 'veraz-worker' }),
        JobHandlersModule,
      ],
    };
  }
}
