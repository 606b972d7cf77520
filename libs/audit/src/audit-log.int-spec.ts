import { Test, type TestingModule } from '@nestjs/testing';
import { ClsModule } from 'nestjs-cls';
import { Client } from 'pg';
import { DatabaseModule } from '@veraz/db';
import { createTestDatabase, type TestDatabase } from '@veraz/testing';
import { UnitOfWork, TenancyModule } from '@veraz/tenancy';
import { AuditEvent } from './audit-event.entity';
import { AuditLog } from './audit-log.service';
import { AuditModule } from './audit.module';

const A = '0a000000-0000-4000-8000-00000000000a';
const B = '0b000000-0000-4000-8000-00000000000b';

describe('hash-chained audit log', () => {
  let database: TestDatabase;
  let module: TestingModule;
  let db: UnitOfWork;
  let audit: AuditLog;
  let owner: Client;

  beforeAll(async () => {
    database = await createTestDatabase();
    owner = new Client({ connectionString: database.url });
    await owner.connect();
    await owner.query(`INSERT INTO institutions (id, slug, name) VALUES ($1, 'alfa', 'Alfa'), ($2, 'beta', 'Beta')`, [A, B]);
    module = await Test.createTestingModule({
      imports: [ClsModule.forRoot({ global: true }), DatabaseModule.forRoot({ url: database.appUrl, entities: [AuditEvent] }), TenancyModule, AuditModule],
    }).compile();
    db = module.get(UnitOfWork);
    audit = module.get(AuditLog);
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
      expect(await db.inTenant(id, () => audit.verify())).toEqual({ ok: true, entries: 10, brokenAt: null });
    }
    await db.inPlatform(() => audit.record({ action: 'institution.created', details: { slug: 'x' } }));
    expect(await db.inPlatform(() => audit.verify())).toEqual({ ok: true, entries: 1, brokenAt: null });
  });

  it('detects an entry edited behind the application’s back', async () => {
    await owner.query('ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update');
    await owner.query(`UPDATE audit_events SET details = '{"i": 99}' WHERE institution_id = $1 AND seq = 4`, [A]);
    await owner.query('ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update');
    expect(await db.inTenant(A, () => audit.verify())).toEqual({ ok: false, entries: 10, brokenAt: 4 });
    expect((await db.inTenant(B, () => audit.verify())).ok).toBe(true);
  });

  it('detects a deleted entry', async () => {
    await owner.query('ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update');
    await owner.query(`DELETE FROM audit_events WHERE institution_id = $1 AND seq = 7`, [B]);
    await owner.query('ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update');
    expect(await db.inTenant(B, () => audit.verify())).toMatchObject({ ok: false, brokenAt: 8 });
  });

  it('refuses to write without a database context', async () => {
    await expect(audit.record({ action: 'auth.login' })).rejects.toThrow(/database context/);
  });
});
