import { Injectable, Module } from '@nestjs/common';
import { Test, type TestingModule } from '@nestjs/testing';
import { ClsModule } from 'nestjs-cls';
import { Client } from 'pg';
import { DatabaseModule } from '@veraz/db';
import { VerazConfigModule } from '@veraz/config';
import { createTestDatabase, testConfig, type TestDatabase } from '@veraz/testing';
import { CurrentTransaction, UnitOfWork, TenancyModule, TenantContext } from '@veraz/tenancy';
import { defineJob } from './job';
import { JobHandler } from './job-handler.decorator';
import { JobQueue } from './job-queue';
import { OUTBOX_ENTITIES } from './outbox.entity';
import { OutboxRelay } from './outbox-relay';
import { QueueAdmin } from './queue-admin';
import { QueueConnection } from './queue-connection';
import { QueueModule, QueueRuntimeModule } from './queue.module';

const A = '0a000000-0000-4000-8000-00000000000a';
const B = '0b000000-0000-4000-8000-00000000000b';

interface ProbeJob {
  institutionId: string | null;
  label: string;
  failTimes?: number;
}
const PROBE = defineJob<ProbeJob>('probe', 'record');

/** Records what each run saw, so tests can check context, retries and single execution. */
@Injectable()
@JobHandler(PROBE)
class ProbeHandler {
  static runs: Array<{ label: string; seenInstitution: string | null; seenScope: string | undefined; attempt: number }> = [];
  constructor(
    private readonly tenant: TenantContext,
    private readonly tx: CurrentTransaction,
  ) {}
  async handle(job: ProbeJob, info: { attempt: number }) {
    const scope = this.tx.current()?.scope;
    ProbeHandler.runs.push({ label: job.label, seenInstitution: scope === 'tenant' ? this.tenant.institutionId() : null, seenScope: scope, attempt: info.attempt });
    if (info.attempt <= (job.failTimes ?? 0)) throw new Error(`falla intencional ${info.attempt}`);
    return { ok: true };
  }
}

@Module({ imports: [TenancyModule, QueueModule], providers: [ProbeHandler] })
class ProbeModule {}

const backend = process.env.REDIS_URL ? 'Redis' : 'PostgreSQL';

describe(`job queue on ${backend}: transactional outbox, tenant context, retries`, () => {
  let database: TestDatabase;
  let module: TestingModule;
  let db: UnitOfWork;
  let jobs: JobQueue;
  let owner: Client;

  beforeAll(async () => {
    database = await createTestDatabase();
    owner = new Client({ connectionString: database.url });
    await owner.connect();
    await owner.query(`INSERT INTO institutions (id, slug, name) VALUES ($1, 'alfa', 'Alfa'), ($2, 'beta', 'Beta')`, [A, B]);
    const config = testConfig(database.appUrl);
    module = await Test.createTestingModule({
      imports: [
        VerazConfigModule.forRoot(config),
        ClsModule.forRoot({ global: true }),
        DatabaseModule.forRoot({ url: database.appUrl, directUrl: database.appDirectUrl, entities: OUTBOX_ENTITIES }),
        QueueRuntimeModule.forRoot({ processJobs: true }),
        ProbeModule,
      ],
    }).compile();
    await module.init();
    db = module.get(UnitOfWork);
    jobs = module.get(JobQueue);
  });

  afterAll(async () => {
    await module.close();
    await owner.end();
    await database.drop();
  });

  beforeEach(() => {
    ProbeHandler.runs = [];
  });

  const waitForRuns = async (label: string, count: number) => {
    const deadline = Date.now() + 15_000;
    while (ProbeHandler.runs.filter((r) => r.label === label).length < count) {
      if (Date.now() > deadline) throw new Error(`job ${label} did not run ${count} times`);
      await new Promise((r) => setTimeout(r, 25));
    }
    return ProbeHandler.runs.filter((r) => r.label === label);
  };

  it('runs a committed job in the institution named by its payload', async () => {
    await db.inTenant(A, () => jobs.enqueue(PROBE, { institutionId: A, label: 'commit' }));
    const runs = await waitForRuns('commit', 1);
    expect(runs[0].seenInstitution).toBe(A);
  });

  it('relays a platform job from its own outbox, woken by the same channel, and runs it in the platform context', async () => {
    const listener = new Client({ connectionString: database.url });
    await listener.connect();
    const heard: string[] = [];
    listener.on('notification', (n) => heard.push(n.channel));
    await listener.query('LISTEN veraz_outbox');
    try {
      const jobId = await db.inPlatform(() => jobs.enqueue(PROBE, { institutionId: null, label: 'platform' }));
      const runs = await waitForRuns('platform', 1);
      expect(runs[0]).toMatchObject({ seenInstitution: null, seenScope: 'platform' });
      for (let i = 0; i < 100 && !heard.length; i++) await new Promise((r) => setTimeout(r, 20));
      expect(heard).toContain('veraz_outbox');
      await module.get(OutboxRelay).drain();
      const row = async (table: string) => (await owner.query(`SELECT relayed_at IS NOT NULL AS relayed FROM ${table} WHERE job_id = $1`, [jobId])).rows;
      expect({ platform: await row('platform_outbox'), institutions: await row('outbox') }).toEqual({ platform: [{ relayed: true }], institutions: [] });
    } finally {
      await listener.end();
    }
  });

  it('never runs the job of a rolled-back transaction', async () => {
    await expect(
      db.inTenant(A, async () => {
        await jobs.enqueue(PROBE, { institutionId: A, label: 'rollback' });
        throw new Error('the change fails after enqueueing');
      }),
    ).rejects.toThrow('the change fails');
    await db.inTenant(A, () => jobs.enqueue(PROBE, { institutionId: A, label: 'after-rollback' }));
    await waitForRuns('after-rollback', 1);
    await module.get(OutboxRelay).drain();
    expect(ProbeHandler.runs.map((r) => r.label)).not.toContain('rollback');
    const { rows } = await owner.query(`SELECT count(*)::int AS n FROM outbox WHERE payload->>'label' = 'rollback'`);
    expect(rows[0].n).toBe(0);
  });

  it('refuses a payload that names another institution than the context', async () => {
    await expect(db.inTenant(A, () => jobs.enqueue(PROBE, { institutionId: B, label: 'foreign' }))).rejects.toThrow(/carries institution/);
    await expect(jobs.enqueue(PROBE, { institutionId: A, label: 'no-context' })).rejects.toThrow(/database context/);
  });

  it('enqueues a deterministic job id once, however often it is requested', async () => {
    for (let i = 0; i < 3; i++) await db.inTenant(B, () => jobs.enqueue(PROBE, { institutionId: B, label: 'dedupe' }, { jobId: 'probe-dedupe' }));
    await waitForRuns('dedupe', 1);
    await new Promise((r) => setTimeout(r, 300));
    expect(ProbeHandler.runs.filter((r) => r.label === 'dedupe')).toHaveLength(1);
  });

  it('retries with backoff, then keeps the job as failed for the operator, who can retry it', async () => {
    await db.inTenant(A, () => jobs.enqueue(PROBE, { institutionId: A, label: 'flaky', failTimes: 1 }));
    const flaky = await waitForRuns('flaky', 2);
    expect(flaky.map((r) => r.attempt)).toEqual([1, 2]);

    const id = await db.inTenant(A, () => jobs.enqueue(PROBE, { institutionId: A, label: 'doomed', failTimes: 99 }));
    await waitForRuns('doomed', 3); // JOB_ATTEMPTS=3 in tests
    const admin = module.get(QueueAdmin);
    let failed = await admin.failed(['probe']);
    for (let i = 0; i < 100 && !failed.some((f) => f.id === id); i++) {
      await new Promise((r) => setTimeout(r, 50));
      failed = await admin.failed(['probe']);
    }
    const view = failed.find((f) => f.id === id);
    expect(view).toMatchObject({ queue: 'probe', name: 'record', institutionId: A, attemptsMade: 3, failedReason: 'falla intencional 3' });
    expect(await admin.retry('probe', id)).toBe(true);
    await waitForRuns('doomed', 4);
    expect(await admin.retry('probe', 'no-existe')).toBe(false);
  });
});

describe(`stopping on ${backend} while the outbox relay is handing jobs off`, () => {
  it('closes promptly: the relay stops handing off before the queues and the database close', async () => {
    const database = await createTestDatabase();
    const owner = new Client({ connectionString: database.url });
    await owner.connect();
    try {
      await owner.query(`INSERT INTO institutions (id, slug, name) VALUES ($1, 'alfa', 'Alfa')`, [A]);
      // Enough pending jobs that the relay is still adding them when the application stops.
      await owner.query(
        `INSERT INTO outbox (institution_id, queue, name, job_id, payload)
         SELECT $1::uuid, 'probe', 'record', 'cierre-' || i, jsonb_build_object('institutionId', $1::text, 'label', 'cierre')
           FROM generate_series(1, 1500) AS i`,
        [A],
      );
      const config = testConfig(database.appUrl);
      const module = await Test.createTestingModule({
        imports: [
          VerazConfigModule.forRoot({ ...config, queue: { ...config.queue, prefix: `${config.queue.prefix}-cierre` } }),
          ClsModule.forRoot({ global: true }),
          DatabaseModule.forRoot({ url: database.appUrl, directUrl: database.appDirectUrl, entities: OUTBOX_ENTITIES }),
          QueueRuntimeModule.forRoot({ processJobs: true }),
          ProbeModule,
        ],
      }).compile();
      // Each hand-off takes 50 ms, so handing off everything would take over a minute.
      const handedOff: string[] = [];
      jest.spyOn(module.get(QueueConnection), 'queue').mockImplementation(
        () =>
          ({
            add: async (_name: string, payload: { label: string }) => {
              await new Promise((r) => setTimeout(r, 50));
              handedOff.push(payload.label);
            },
          }) as never,
      );
      await module.init();
      await new Promise((r) => setTimeout(r, 300));
      expect(handedOff.length).toBeGreaterThan(0);
      let timer: ReturnType<typeof setTimeout> | undefined;
      const closed = await Promise.race([
        module.close().then(() => 'closed'),
        new Promise((resolve) => (timer = setTimeout(() => resolve('still closing after 20 s'), 20_000))),
      ]);
      clearTimeout(timer);
      expect(closed).toBe('closed');
      // What was handed off is marked; the rest stays in the outbox for the next start.
      const { rows } = await owner.query(`SELECT count(*) FILTER (WHERE relayed_at IS NULL)::int AS pending, count(*) FILTER (WHERE relayed_at IS NOT NULL)::int AS relayed FROM outbox`);
      expect(rows[0]).toEqual({ pending: 1500 - handedOff.length, relayed: handedOff.length });
    } finally {
      await owner.end();
      await database.drop();
    }
  }, 60_000);
});
