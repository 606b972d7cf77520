import { Test, type TestingModule } from '@nestjs/testing';
import { ClsModule } from 'nestjs-cls';
import { Client } from 'pg';
import { VerazConfigModule } from '@veraz/config';
import { createDataSource, DatabaseModule, migrateDatabase } from '@veraz/db';
import { MIGRATIONS } from '@veraz/migrations';
import { createTestDatabase, testConfig, type TestDatabase } from '@veraz/testing';
import { TenancyModule, UnitOfWork } from '@veraz/tenancy';
import { AUDIT_ENTITIES } from './audit-event.entity';
import { GENESIS_HASH, legacyChainHash, type ChainedFields } from './audit-hash';
import { AuditLog } from './audit-log.service';
import { AuditModule } from './audit.module';

const A = '0a000000-0000-4000-8000-00000000000a';
const ANCHORS = 'AuditAnchors1764690000000';
const KEYS = 'DistributionKeys1764756000000';
const SPLIT = 'PlatformRowsSplit1764757000000';
// Later migrations whose keys the keys migration's down() would have to rebuild: undone first, as a real rollback would.
const INTEGRITY = 'IntegrityScores1764760000000';

/** A deployment upgraded from the unkeyed chain: what the first releases wrote stays verifiable, and counted. */
describe('upgrading a deployment whose audit chains were written without a key', () => {
  let database: TestDatabase;
  let owner: Client;
  let module: TestingModule;

  /** Rows as the first releases wrote them: SHA-256 only, no hash_version column yet. */
  async function writeLegacy(institutionId: string | null, count: number): Promise<void> {
    let prev = GENESIS_HASH;
    for (let seq = 1; seq <= count; seq++) {
      const fields: ChainedFields = { institutionId, seq, occurredAt: new Date(Date.UTC(2025, 5, seq)).toISOString(), actorUserId: null, action: 'member.added', targetType: null, targetId: null, details: { seq } };
      const hash = legacyChainHash(prev, fields);
      await owner.query(`INSERT INTO audit_events (institution_id, seq, occurred_at, action, details, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
        institutionId, seq, fields.occurredAt, fields.action, fields.details, prev, hash,
      ]);
      prev = hash;
    }
  }

  async function undo(...names: string[]): Promise<void> {
    const ds = createDataSource({ url: database.url, poolMax: 1 });
    await ds.initialize();
    const runner = ds.createQueryRunner();
    for (const name of names) {
      await MIGRATIONS.map((M) => new M()).find((m) => m.name === name)!.down(runner);
      await runner.query(`DELETE FROM typeorm_migrations WHERE name = $1`, [name]);
    }
    await runner.release();
    await ds.destroy();
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    owner = new Client({ connectionString: database.url });
    await owner.connect();
    // Back to the schema before the anchors migration, as an existing deployment has it. The keys migrations
    // rebuild the anchors table's keys and move the platform chain out, so they are undone first and applied again after it.
    await undo(INTEGRITY, SPLIT, KEYS, ANCHORS);

    await owner.query(`INSERT INTO institutions (id, slug, name) VALUES ($1, 'alfa', 'Alfa')`, [A]);
    await writeLegacy(A, 3);
    await writeLegacy(null, 2);
    expect(await migrateDatabase(database.url)).toEqual([ANCHORS, KEYS, SPLIT, INTEGRITY]);

    module = await Test.createTestingModule({
      imports: [VerazConfigModule.forRoot(testConfig(database.url)), ClsModule.forRoot({ global: true }), DatabaseModule.forRoot({ url: database.appUrl, entities: AUDIT_ENTITIES }), TenancyModule, AuditModule],
    }).compile();
  });

  afterAll(async () => {
    await module.close();
    await owner.end();
    await database.drop();
  });

  it('keeps the old entries as legacy (the platform\'s moved to its own table), chains new keyed ones after them, and verifies both chains', async () => {
    const db = module.get(UnitOfWork);
    const audit = module.get(AuditLog);
    // The platform chain's head and entries moved to the platform's tables, hashes untouched.
    expect((await owner.query(`SELECT institution_id, last_seq::int FROM audit_legacy_heads`)).rows).toEqual([{ institution_id: A, last_seq: 3 }]);
    expect((await owner.query(`SELECT last_seq::int FROM platform_audit_legacy_heads`)).rows).toEqual([{ last_seq: 2 }]);
    expect((await owner.query(`SELECT seq::int, hash_version FROM platform_audit_events ORDER BY seq`)).rows).toEqual([1, 2].map((seq) => ({ seq, hash_version: 1 })));
    await db.inPlatform(() => audit.record({ action: 'member.added', details: { despues: true } }));
    await db.inTenant(A, () => audit.record({ action: 'member.added', details: { despues: true } }));
    const { rows } = await owner.query(`SELECT seq::int, hash_version FROM audit_events WHERE institution_id = $1 ORDER BY seq`, [A]);
    expect(rows).toEqual([1, 1, 1, 2].map((v, i) => ({ seq: i + 1, hash_version: v })));
    expect(await db.inTenant(A, () => audit.verify())).toMatchObject({ ok: true, entries: 4, legacyEntries: 3, problems: [] });
    expect(await db.inPlatform(() => audit.verify())).toMatchObject({ ok: true, entries: 3, legacyEntries: 2, problems: [] });
  });

  it('moves the platform rows back when the split is undone, and out again, the chains still verifying', async () => {
    await undo(SPLIT);
    const back = await owner.query(`SELECT seq::int FROM audit_events WHERE institution_id IS NULL ORDER BY seq`);
    expect(back.rows).toEqual([{ seq: 1 }, { seq: 2 }, { seq: 3 }]);
    expect((await owner.query(`SELECT last_seq::int FROM audit_legacy_heads WHERE institution_id IS NULL`)).rows).toEqual([{ last_seq: 2 }]);
    expect(await migrateDatabase(database.url)).toEqual([SPLIT]);
    const db = module.get(UnitOfWork);
    const audit = module.get(AuditLog);
    expect(await db.inPlatform(() => audit.verify())).toMatchObject({ ok: true, entries: 3, legacyEntries: 2, problems: [] });
    expect(await db.inTenant(A, () => audit.verify())).toMatchObject({ ok: true, entries: 4, legacyEntries: 3, problems: [] });
  });
});
