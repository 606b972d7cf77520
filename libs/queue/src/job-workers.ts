import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import type { Job } from 'bullmq';
import { VERAZ_CONFIG, type VerazConfig } from '@veraz/config';
import { UnitOfWork } from '@veraz/tenancy';
import type { JobDefinition, JobHandlerInstance, JobPayload } from './job';
import { JOB_HANDLER_METADATA } from './job-handler.decorator';
import { OutboxRepository } from './outbox.repository';
import { QueueConnection } from './queue-connection';

/**
 * The job runner: one BullMQ Worker per queue that has handlers. Before calling a handler it
 * opens the context of the institution named in the payload (or the platform context for
 * institution-less jobs), so handler code reads and writes exactly like request code and never
 * opens a transaction itself. It also enqueues the scheduled jobs (see everyInstitutionEverySeconds).
 */
@Injectable()
export class JobWorkers implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('JobWorkers');
  private readonly handlers = new Map<string, JobHandlerInstance>();
  private readonly timers: NodeJS.Timeout[] = [];
  private readonly ticking = new Set<Promise<void>>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
    private readonly connection: QueueConnection,
    private readonly uow: UnitOfWork,
    private readonly outbox: OutboxRepository,
    @Inject(VERAZ_CONFIG) private readonly config: VerazConfig,
  ) {}

  onApplicationBootstrap(): void {
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as JobHandlerInstance | undefined;
      if (!instance || !wrapper.metatype) continue;
      const definition = this.reflector.get<JobDefinition | undefined>(JOB_HANDLER_METADATA, wrapper.metatype);
      if (!definition) continue;
      const key = `${definition.queue}:${definition.name}`;
      if (this.handlers.has(key)) throw new Error(`two handlers for job ${key}`);
      this.handlers.set(key, instance);
      const every = instance.everyInstitutionEverySeconds?.() ?? null;
      if (every) this.schedule(definition, every);
    }
    const queues = new Set([...this.handlers.keys()].map((k) => k.split(':')[0]));
    for (const queue of queues) {
      this.connection.worker(queue, (job) => this.process(queue, job), this.config.queue.concurrency);
    }
    this.logger.log(`procesando ${this.handlers.size} tipos de trabajo en ${queues.size} colas (${this.connection.kind})`);
  }

  // A tick still writing when the pool closes would fail and log an error on every clean stop.
  async beforeApplicationShutdown(): Promise<void> {
    for (const timer of this.timers) clearInterval(timer);
    this.timers.length = 0;
    await Promise.allSettled(this.ticking);
  }

  /**
   * Every period, one job per institution through the outbox, its id naming the period: every
   * process that runs jobs ticks, and the outbox keeps the first of each id. Checked at start too,
   * so a restart does not wait a whole period.
   */
  private schedule(definition: JobDefinition, everySeconds: number): void {
    const periodMs = everySeconds * 1000;
    const tick = () => {
      // BullMQ job ids take no colon.
      const prefix = `${definition.name.replaceAll(':', '-')}-${Math.floor(Date.now() / periodMs)}`;
      const run = this.uow
        .inSystem(() => this.outbox.appendForEveryInstitution(definition.queue, definition.name, prefix))
        .catch((err: Error) => this.logger.error(`programación de ${definition.name}: ${err.message}`))
        .finally(() => this.ticking.delete(run));
      this.ticking.add(run);
    };
    const timer = setInterval(tick, Math.min(periodMs, 60_000));
    timer.unref();
    this.timers.push(timer);
    tick();
  }

  handledJobs(): string[] {
    return [...this.handlers.keys()].sort();
  }

  private async process(queue: string, job: Job): Promise<unknown> {
    const handler = this.handlers.get(`${queue}:${job.name}`);
    if (!handler) throw new Error(`no handler for job ${queue}:${job.name}`);
    const payload = job.data as JobPayload;
    const info = { jobId: String(job.id), attempt: job.attemptsMade + 1 };
    const inContext = <T>(fn: () => Promise<T>) => (payload.institutionId ? this.uow.inTenant(payload.institutionId, fn) : this.uow.inPlatform(fn));
    if (handler.runsInBatches) return handler.handle(payload, { ...info, inBatch: inContext });
    return inContext(() => handler.handle(payload, info));
  }
}
