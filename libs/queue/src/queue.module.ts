import { Module, type DynamicModule } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { TenancyModule } from '@veraz/tenancy';
import { JobQueue } from './job-queue';
import { JobWorkers } from './job-workers';
import { OutboxRelay } from './outbox-relay';
import { OutboxRepository } from './outbox.repository';
import { QueueAdmin } from './queue-admin';
import { QueueConnection } from './queue-connection';

/** Producer side, imported by feature modules that enqueue jobs. */
@Module({ imports: [TenancyModule], providers: [OutboxRepository, JobQueue], exports: [JobQueue] })
export class QueueModule {}

export interface QueueRuntimeOptions {
  /** Relay the outbox into BullMQ and run the handlers in this process. */
  processJobs: boolean;
}

/** Backend connection, and optionally the relay and workers, for one process. */
@Module({})
export class QueueRuntimeModule {
  static forRoot(options: QueueRuntimeOptions): DynamicModule {
    const processing = options.processJobs ? [OutboxRelay, JobWorkers] : [];
    return {
      module: QueueRuntimeModule,
      global: true,
      imports: [TenancyModule, DiscoveryModule],
      providers: [OutboxRepository, QueueConnection, QueueAdmin, ...processing],
      exports: [QueueConnection, QueueAdmin, ...processing],
    };
  }
}
