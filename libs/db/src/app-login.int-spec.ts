import { Test, type TestingModule } from '@nestjs/testing';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createTestDatabase, dropDatabase, TEST_ENV, urlForDatabase, withAdmin, type TestDatabase } from '@veraz/testing';
import { DatabaseRoleError, loginOf } from './app-login';
import { DatabaseModule } from './database.module';
import { migrateDatabase } from './migrate';

/**
 * Issue 13, item 2: the app's session user is its own login, so SQL that reaches `SET ROLE` cannot
 * leave row-level security. Runs on whichever server the suite uses (DATABASE_OWNER_URL/DATABASE_URL,
 * or the embedded default), through the same DatabaseModule the api, worker and CLI use.
 */
describe("the app's database login", () => {
  let database: TestDatabase;
  let owner: Client;
  let superuser: string;
  const A = '0a000000-0000-4000-8000-00000000000a';

  const appModule = (url: string) => Test.createTestingModule({ imports: [DatabaseModule.forRoot({ url, entities: [] })] }).compile();
  const refusal = async (url: string): Promise<Error> => {
    const module = await appModule(url);
    try {
      await module.init();
    } catch (err) {
      // A context whose init failed cannot be closed (close() rethrows); its pool is closed by hand.
      await module.get(DataSource).destroy();
      return err as Error;
    }
    await module.close();
    throw new Error(`the app started with ${loginOf(url).name}`);
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    owner = new Client({ connectionString: database.url });
    await owner.connect();
    superuser = (await owner.query<{ u: string }>('SELECT current_user AS u')).rows[0].u;
    await owner.query(`INSERT INTO institutions (id, slug, name) VALUES ($1, 'alfa', 'Alfa')`, [A]);
    await owner.query(`INSERT INTO outbox (institution_id, queue, name, job_id, payload) VALUES ($1, 'q', 'n', 'j1', $2)`, [A, JSON.stringify({ institutionId: A })]);
  });
  afterAll(async () => {
    await owner.end();
    await database.drop();
  });

  describe("from the app's own pool", () => {
    let module: TestingModule;
    let db: DataSource;

    beforeAll(async () => {
      module = await appModule(database.appUrl);
      await module.init();
      db = module.get(DataSource);
    });
    afterAll(() => module.close());

    it('cannot become the superuser, neither by SET ROLE nor by set_config', async () => {
      await expect(db.query(`SET ROLE ${superuser}`)).rejects.toThrow(/permission denied to set role/);
      await expect(db.query(`SELECT set_config('role', $1, false)`, [superuser])).rejects.toThrow(/permission denied to set role/);
      await expect(db.query(`SET SESSION AUTHORIZATION ${superuser}`)).rejects.toThrow(/permission denied/);
      const [who] = await db.query(`SELECT session_user AS s, current_user AS c, (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS super`);
      expect(who).toEqual({ s: loginOf(database.appUrl).name, c: loginOf(database.appUrl).name, super: false });
    });

    it('still sees no tenant rows without a context, and cannot switch row-level security off', async () => {
      const qr = db.createQueryRunner();
      await qr.startTransaction();
      try {
        await qr.query(`SET LOCAL row_security = off`);
        await expect(qr.query('SELECT * FROM outbox')).rejects.toThrow(/query would be affected by row-level security policy/);
      } finally {
        await qr.rollbackTransaction();
        await qr.release();
      }
      expect(await db.query('SELECT * FROM outbox')).toEqual([]);
      await expect(db.query('ALTER TABLE outbox NO FORCE ROW LEVEL SECURITY')).rejects.toThrow(/must be owner/);
    });
  });

  it('refuses to start as the superuser, in Spanish and without the password', async () => {
    const error = await refusal(database.url);
    expect(error).toBeInstanceOf(DatabaseRoleError);
    expect(error.message).toContain(`DATABASE_URL se conecta como «${superuser}», que es superusuario`);
    expect(error.message).toContain('DATABASE_OWNER_URL');
    const password = loginOf(database.url).password;
    if (password) expect(error.message).not.toContain(password);
  });

  it('refuses a schema that migrations have not brought up to date, naming the command to run', async () => {
    const name = `veraz_t_${process.env[TEST_ENV.runId]}_${randomBytes(4).toString('hex')}`;
    const serverUrl = process.env[TEST_ENV.serverUrl]!;
    await withAdmin(serverUrl, (admin) => admin.query(`CREATE DATABASE ${name}`));
    const appUrl = urlForDatabase(database.appUrl, name);
    const error = await refusal(appUrl);
    expect(error.message).toMatch(/^La base de datos no está al día: faltan \d+ migraciones\. Ejecuta: DATABASE_OWNER_URL=.* npm run veraz -- migrate$/);
    expect(await migrateDatabase(urlForDatabase(database.url, name), { appUrl })).not.toEqual([]);
    const module = await appModule(appUrl);
    await module.init();
    await module.close();
    await dropDatabase(serverUrl, name);
  });

  it('never provisions the owner or a superuser as the app login, and leaves it as it was', async () => {
    await expect(migrateDatabase(database.url, { appUrl: database.url })).rejects.toThrow(
      new RegExp(`^DATABASE_URL usa el usuario «${superuser}», que es el dueño que usa DATABASE_OWNER_URL, es superusuario`),
    );
    const { rows } = await owner.query(`SELECT rolsuper, rolcanlogin FROM pg_roles WHERE rolname = $1`, [superuser]);
    expect(rows).toEqual([{ rolsuper: true, rolcanlogin: true }]);
  });
});
