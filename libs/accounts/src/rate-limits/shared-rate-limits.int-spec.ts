import { Test, type TestingModule } from '@nestjs/testing';
import { ClsModule } from 'nestjs-cls';
import { DatabaseModule } from '@veraz/db';
import { createTestDatabase, type TestDatabase } from '@veraz/testing';
import { CurrentTransaction, TenancyModule } from '@veraz/tenancy';
import { RateLimitCountersRepository } from './rate-limit-counters.repository';
import { SharedRateLimits } from './shared-rate-limits';

/** Two stores on one database stand for two API processes: the limit holds across them. */
describe('SharedRateLimits (PostgreSQL counters for several processes)', () => {
  let database: TestDatabase;
  let module: TestingModule;
  let statements = 0;
  let processA: SharedRateLimits;
  let processB: SharedRateLimits;

  beforeAll(async () => {
    database = await createTestDatabase();
    module = await Test.createTestingModule({
      imports: [ClsModule.forRoot({ global: true }), DatabaseModule.forRoot({ url: database.appUrl, entities: [] }), TenancyModule],
    }).compile();
    const tx = module.get(CurrentTransaction);
    const repository = new RateLimitCountersRepository(tx);
    const hit = repository.hit.bind(repository);
    repository.hit = (...args) => {
      statements += 1;
      return hit(...args);
    };
    processA = new SharedRateLimits(repository);
    processB = new SharedRateLimits(repository);
  });

  afterAll(async () => {
    await module?.close();
    await database?.drop();
  });

  it('lets exactly the limit through when 24 hits arrive at once on two processes, in fewer statements than hits', async () => {
    statements = 0;
    const hits = await Promise.all(
      Array.from({ length: 24 }, (_, i) => (i % 2 === 0 ? processA : processB).increment('client:pdn', 60_000, 5, 60_000, 's1-client')),
    );
    expect(hits.filter((h) => !h.isBlocked)).toHaveLength(5);
    // Every hit has its own place in the count: 1 … 24, each once.
    expect(hits.map((h) => h.totalHits).sort((a, b) => a - b)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    for (const h of hits) expect(h.isBlocked).toBe(h.totalHits > 5);
    for (const h of hits.filter((x) => x.isBlocked)) expect(h.timeToBlockExpire).toBeGreaterThanOrEqual(59);
    expect(statements).toBeLessThan(24);
  });

  it('keeps refusing a blocked key on either process until its block ends, then counts again from 1', async () => {
    const blocked = await processB.increment('client:pdn', 60_000, 5, 60_000, 's1-client');
    expect(blocked.isBlocked).toBe(true);

    // Short windows: 2 hits per 300 ms, blocked for 300 ms.
    const first = await Promise.all([1, 2, 3].map((i) => (i === 2 ? processB : processA).increment('ip:10.0.0.1', 300, 2, 300, 's1-ip')));
    expect(first.map((h) => h.isBlocked).sort()).toEqual([false, false, true]);
    await new Promise((resolve) => setTimeout(resolve, 450));
    const after = await processB.increment('ip:10.0.0.1', 300, 2, 300, 's1-ip');
    expect(after).toMatchObject({ totalHits: 1, isBlocked: false, timeToBlockExpire: 0 });
  });

  it('keeps the keys of different throttlers apart', async () => {
    const a = await processA.increment('same', 60_000, 1, 60_000, 'auth');
    const b = await processA.increment('same', 60_000, 1, 60_000, 's1-ip');
    expect([a.totalHits, b.totalHits]).toEqual([1, 1]);
  });
});
