import { Test, type TestingModule } from '@nestjs/testing';
import { ClsModule } from 'nestjs-cls';
import { Client } from 'pg';
import { DatabaseModule, loginOf } from '@veraz/db';
import { createTestDatabase, type TestDatabase } from '@veraz/testing';
import { MissingDbContextError, NestedDbContextError } from './db-context';
import { CurrentTransaction } from './current-transaction';
import { UnitOfWork } from './unit-of-work';
import { TenancyModule } from './tenancy.module';
import { TenantContext } from './tenant-context';

const A = '0a000000-0000-4000-8000-00000000000a';
const B = '0b000000-0000-4000-8000-00000000000b';

describe('Transaction contexts (UnitOfWork opens, CurrentTransaction reads)', () => {
  let database: TestDatabase;
  let module: TestingModule;
  let tx: CurrentTransaction;
  let uow: UnitOfWork;
  let tenant: TenantContext;

  beforeAll(async () => {
    database = await createTestDatabase();
    const owner = new Client({ connectionString: database.url });
    await owner.connect();
    await owner.query(`INSERT INTO institutions (id, slug, name) VALUES ($1, 'alfa', 'Alfa'), ($2, 'beta', 'Beta')`, [A, B]);
    const users = await owner.query(`INSERT INTO users (email, password_hash, nombre, primer_apellido) VALUES ('a@x.mx', 'h', 'A', 'A') RETURNING id`);
    await owner.query(`INSERT INTO memberships (institution_id, user_id, roles) VALUES ($1, $3, '{DECLARANTE}'), ($2, $3, '{REVISOR}')`, [A, B, users.rows[0].id]);
    await owner.end();
    module = await Test.createTestingModule({
      imports: [ClsModule.forRoot({ global: true }), DatabaseModule.forRoot({ url: database.appUrl, entities: [] }), TenancyModule],
    }).compile();
    tx = module.get(CurrentTransaction);
    uow = module.get(UnitOfWork);
    tenant = module.get(TenantContext);
  });

  afterAll(async () => {
    await module.close();
    await database.drop();
  });

  it('throws when the institution is read outside a tenant context', async () => {
    expect(() => tenant.institutionId()).toThrow(MissingDbContextError);
    expect(() => tx.manager()).toThrow(MissingDbContextError);
    await uow.inPlatform(async () => {
      expect(() => tenant.institutionId()).toThrow(MissingDbContextError);
    });
  });

  it('sets the institution for the transaction only, so pooled connections do not leak it', async () => {
    const seen = await uow.inTenant(A, async () => {
      expect(tenant.institutionId()).toBe(A);
      return tx.manager().query(`SELECT current_setting('app.institution_id') AS inst, current_user AS role`);
    });
    expect(seen[0]).toEqual({ inst: A, role: loginOf(database.appUrl).name });
    const afterwards = await uow.inSystem(() => tx.manager().query(`SELECT current_setting('app.institution_id', true) AS inst`));
    expect(afterwards[0].inst).toBe('');
  });

  it('keeps concurrent contexts apart', async () => {
    const count = (id: string) => uow.inTenant(id, async () => (await tx.manager().query(`SELECT roles FROM memberships`)) as Array<{ roles: string[] }>);
    const [a, b] = await Promise.all([count(A), count(B)]);
    expect(a.map((r) => r.roles)).toEqual([['DECLARANTE']]);
    expect(b.map((r) => r.roles)).toEqual([['REVISOR']]);
  });

  it('joins the same context when nested and refuses to switch institution inside one', async () => {
    await uow.inTenant(A, async () => {
      const outer = tx.manager();
      await uow.inTenant(A, async () => expect(tx.manager()).toBe(outer));
      await expect(uow.inTenant(B, async () => undefined)).rejects.toThrow(NestedDbContextError);
    });
  });

  it('rolls back everything when the work fails', async () => {
    await expect(
      uow.inTenant(A, async () => {
        await tx.manager().query(`UPDATE memberships SET roles = '{ADMIN_INSTITUCION}'`);
        throw new Error('falla');
      }),
    ).rejects.toThrow('falla');
    const rows = await uow.inTenant(A, () => tx.manager().query(`SELECT roles FROM memberships`));
    expect(rows[0].roles).toEqual(['DECLARANTE']);
  });
});
