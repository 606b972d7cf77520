import { randomBytes } from 'node:crypto';
import { Test, type TestingModule } from '@nestjs/testing';
import { ClsModule } from 'nestjs-cls';
import { Client } from 'pg';
import { VerazConfigModule } from '@veraz/config';
import { DatabaseModule } from '@veraz/db';
import { createTestDatabase, testConfig, type TestDatabase } from '@veraz/testing';
import { CurrentTransaction, UnitOfWork, TenancyModule } from '@veraz/tenancy';
import { AUDIT_CHAIN_KEY } from './audit-chain-key';
import { AUDIT_ENTITIES } from './audit-event.entity';
import { GENESIS_HASH, keyedChainHash, legacyChainHash, type ChainedFields } from './audit-hash';
import { AuditLog } from './audit-log.service';
import { AuditModule } from './audit.module';

const A = '0a000000-0000-4000-8000-00000000000a';
const B = '0b000000-0000-4000-8000-00000000000b';
const C = '0c000000-0000-4000-8000-00000000000c';
const D = '0d000000-0000-4000-8000-00000000000d';

describe('hash-chained audit log', () => {
  let database: TestDatabase;
  let module: TestingModule;
  let db: UnitOfWork;
  let audit: AuditLog;
  let tx: CurrentTransaction;
  let owner: Client;

  beforeAll(async () => {
    database = await createTestDatabase();
    owner = new Client({ connectionString: database.url });
    await owner.connect();
    await owner.query(`INSERT INTO institutions (id, slug, name) VALUES ($1, 'alfa', 'Alfa'), ($2, 'beta', 'Beta'), ($3, 'gama', 'Gama'), ($4, 'delta', 'Delta')`, [A, B, C, D]);
    module = await Test.createTestingModule({
      imports: [VerazConfigModule.forRoot(testConfig(database.url)), ClsModule.forRoot({ global: true }), DatabaseModule.forRoot({ url: database.appUrl, entities: AUDIT_ENTITIES }), TenancyModule, AuditModule],
    }).compile();
    db = module.get(UnitOfWork);
    audit = module.get(AuditLog);
    tx = module.get(CurrentTransaction);
  });

  afterAll(async () => {
    await module.close();
    await owner.end();
    await database.drop();
  });

  it('keeps one gapless chain per institution, even with concurrent writers', async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        db.inTenant(i % 2 ? A : B, () => audit.record({ action: 'member.added', targetType: 'membership', targetId: String(i), details: { i } })),
      ),
    );
    for (const id of [A, B]) {
      const { rows } = await owner.query(`SELECT seq FROM audit_events WHERE institution_id = $1 ORDER BY seq`, [id]);
      expect(rows.map((r) => Number(r.seq))).toEqual(Array.from({ length: 10 }, (_, i) => i + 1));
      expect(await db.inTenant(id, () => audit.verify())).toMatchObject({ ok: true, entries: 10, legacyEntries: 0, brokenAt: null, problems: [] });
    }
    await db.inPlatform(() => audit.record({ action: 'institution.created', details: { slug: 'x' } }));
    expect(await db.inPlatform(() => audit.verify())).toMatchObject({ ok: true, entries: 1, brokenAt: null });
  });

  it('keeps the platform chain in its own table, chained and verified like an institution’s', async () => {
    await db.inPlatform(async () => {
      await audit.record({ action: 'institution.created', details: { slug: 'y' } });
      // Signing's path: the entry written by the caller's own statement.
      const { part } = (await audit.open()).next({ action: 'institution.created', details: { slug: 'z' } });
      await tx.manager().query(part.sql, part.params);
    });
    const { rows } = await owner.query(`SELECT seq::int FROM platform_audit_events ORDER BY seq`);
    expect(rows).toEqual([{ seq: 1 }, { seq: 2 }, { seq: 3 }]);
    expect(await db.inPlatform(() => audit.list({ limit: 2 }))).toMatchObject([{ seq: '3', institutionId: null }, { seq: '2', institutionId: null }]);
    expect(await db.inPlatform(() => audit.verify())).toMatchObject({ ok: true, entries: 3 });
    expect(await db.inPlatform(() => audit.head())).toMatchObject({ seq: 3 });

    await owner.query('ALTER TABLE platform_audit_events DISABLE TRIGGER platform_audit_events_no_update');
    await owner.query(`UPDATE platform_audit_events SET details = '{"slug": "w"}' WHERE seq = 2`);
    await owner.query('ALTER TABLE platform_audit_events ENABLE TRIGGER platform_audit_events_no_update');
    expect(await db.inPlatform(() => audit.verify())).toMatchObject({ ok: false, brokenAt: 2, problems: [{ kind: 'reescrita', seq: 2 }] });
  });

  it('detects an entry edited behind the application’s back', async () => {
    await owner.query('ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update');
    await owner.query(`UPDATE audit_events SET details = '{"i": 99}' WHERE institution_id = $1 AND seq = 4`, [A]);
    await owner.query('ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update');
    expect(await db.inTenant(A, () => audit.verify())).toMatchObject({ ok: false, entries: 10, brokenAt: 4, problems: [{ kind: 'reescrita', seq: 4 }] });
    expect((await db.inTenant(B, () => audit.verify())).ok).toBe(true);
  });

  it('detects a deleted entry', async () => {
    await owner.query('ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update');
    await owner.query(`DELETE FROM audit_events WHERE institution_id = $1 AND seq = 7`, [B]);
    await owner.query('ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update');
    expect(await db.inTenant(B, () => audit.verify())).toMatchObject({ ok: false, brokenAt: 8 });
  });

  /** Every row of a chain rewritten by someone with the database (not the key), optionally falsifying one entry on the way. */
  async function rewrite(institutionId: string, hash: (prev: string, fields: ChainedFields) => string, version: number, falsify?: { seq: number; details: Record<string, unknown> }) {
    const { rows } = await owner.query(`SELECT * FROM audit_events WHERE institution_id = $1 ORDER BY seq`, [institutionId]);
    await owner.query('ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update');
    let prev = GENESIS_HASH;
    for (const r of rows) {
      const details = falsify?.seq === Number(r.seq) ? falsify.details : r.details;
      const fields: ChainedFields = {
        institutionId: r.institution_id,
        seq: Number(r.seq),
        occurredAt: r.occurred_at.toISOString(),
        actorUserId: r.actor_user_id,
        action: r.action,
        targetType: r.target_type,
        targetId: r.target_id,
        details,
      };
      const next = hash(prev, fields);
      await owner.query('UPDATE audit_events SET details = $1, prev_hash = $2, hash = $3, hash_version = $4 WHERE id = $5', [details, prev, next, version, r.id]);
      prev = next;
    }
    await owner.query('ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update');
  }

  it('detects a rewrite that recomputes every hash, with the public algorithm or with a wrong key', async () => {
    for (let i = 1; i <= 5; i++) await db.inTenant(C, () => audit.record({ action: 'member.added', targetType: 'membership', targetId: String(i), details: { i } }));
    const verifyC = () => db.inTenant(C, () => audit.verify());
    expect(await verifyC()).toMatchObject({ ok: true, entries: 5 });
    // The same rewrite with the deployment's own key leaves a valid chain: the harness recomputes exactly what the app does.
    const key = module.get<Buffer>(AUDIT_CHAIN_KEY);
    await rewrite(C, (prev, f) => keyedChainHash(key, prev, f), 2);
    expect(await verifyC()).toMatchObject({ ok: true, entries: 5 });

    await rewrite(C, legacyChainHash, 1, { seq: 3, details: { i: 300 } });
    const publicRewrite = await verifyC();
    expect(publicRewrite).toMatchObject({ ok: false, brokenAt: 1, problems: [{ kind: 'reescrita', seq: 1 }] });
    expect(publicRewrite.problems[0]!.message).toContain('usa el hash público sin llave');

    await rewrite(C, (prev, f) => keyedChainHash(randomBytes(32), prev, f), 2, { seq: 3, details: { i: 300 } });
    const wrongKey = await verifyC();
    expect(wrongKey).toMatchObject({ ok: false, brokenAt: 1, problems: [{ kind: 'reescrita', seq: 1 }] });
    expect(wrongKey.problems[0]!.message).toContain('no corresponde a su HMAC');
  });

  it('accepts unkeyed entries only up to where the chain was keyed, and counts them', async () => {
    // A chain written before the key: three rows with the public hash, and the head the migration recorded.
    await writeLegacyPrefix(D, 3);
    await owner.query('INSERT INTO audit_legacy_heads (institution_id, last_seq) VALUES ($1, 3)', [D]);
    await db.inTenant(D, () => audit.record({ action: 'member.added', details: { despues: 1 } }));
    await db.inTenant(D, () => audit.record({ action: 'member.added', details: { despues: 2 } }));
    expect(await db.inTenant(D, () => audit.verify())).toMatchObject({ ok: true, entries: 5, legacyEntries: 3, problems: [] });

    // Passing the keyed entries off as legacy ones is a rewrite, found at the first entry after the legacy head.
    await rewrite(D, legacyChainHash, 1);
    expect(await db.inTenant(D, () => audit.verify())).toMatchObject({ ok: false, brokenAt: 4, problems: [{ kind: 'reescrita', seq: 4 }] });
  });

  /** `count` entries as the first releases wrote them (SHA-256, hash_version 1). */
  async function writeLegacyPrefix(institutionId: string, count: number) {
    let prev = GENESIS_HASH;
    for (let seq = 1; seq <= count; seq++) {
      const fields: ChainedFields = { institutionId, seq, occurredAt: new Date(Date.UTC(2025, 0, seq)).toISOString(), actorUserId: null, action: 'member.added', targetType: null, targetId: null, details: { antes: seq } };
      const hash = legacyChainHash(prev, fields);
      await owner.query(
        `INSERT INTO audit_events (institution_id, seq, occurred_at, action, details, prev_hash, hash, hash_version) VALUES ($1, $2, $3, $4, $5, $6, $7, 1)`,
        [institutionId, seq, fields.occurredAt, fields.action, fields.details, prev, hash],
      );
      prev = hash;
    }
  }

  it('refuses to write without a database context', async () => {
    await expect(audit.record({ action: 'auth.login' })).rejects.toThrow(/database context/);
  });
});
