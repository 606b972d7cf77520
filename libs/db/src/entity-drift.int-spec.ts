import { Column, Entity } from 'typeorm';
import { ACCOUNT_ENTITIES } from '@veraz/accounts';
import { AUDIT_ENTITIES } from '@veraz/audit';
import { Institution } from '@veraz/institutions';
import { OUTBOX_ENTITIES } from '@veraz/queue';
import { createTestDatabase, type TestDatabase } from '@veraz/testing';
import { createDataSource, type EntityTarget } from './data-source';

/** Every TypeORM entity of the product (the rest of the schema is raw-SQL repositories). */
const ENTITIES: EntityTarget[] = [Institution, ...AUDIT_ENTITIES, ...OUTBOX_ENTITIES, ...ACCOUNT_ENTITIES];

/**
 * Columns the entities leave out on purpose: the logo is a blob only the acuse reads, with raw SQL,
 * so loading an institution never carries it.
 */
const UNMODELED_COLUMNS = ['ALTER TABLE "institutions" DROP COLUMN "logo_png"'];

/**
 * Migrations own the indexes and the foreign-key, CHECK and UNIQUE constraints (and the RLS policies,
 * which TypeORM does not see): entities declare none of them, so the schema builder would drop them
 * all. What entities and migrations must agree on is the rest: tables, columns, types, nullability,
 * defaults and primary keys.
 */
function isOwnedByMigrations(query: string): boolean {
  if (/PRIMARY KEY|_pkey"|"PK_/.test(query)) return false;
  return /^(DROP INDEX|CREATE (UNIQUE )?INDEX)\b/.test(query) || /^ALTER TABLE "[^"]+" (DROP|ADD) CONSTRAINT\b/.test(query);
}

/** What `typeorm schema:log` would change in the migrated schema to match the entities. */
async function pendingChanges(url: string, entities: EntityTarget[]): Promise<string[]> {
  const dataSource = createDataSource({ url, entities, poolMax: 1 });
  await dataSource.initialize();
  try {
    const log = await dataSource.driver.createSchemaBuilder().log();
    return log.upQueries.map((q) => q.query.trim()).filter((q) => !isOwnedByMigrations(q) && !UNMODELED_COLUMNS.includes(q));
  } finally {
    await dataSource.destroy();
  }
}

describe('TypeORM entities and the migrated schema', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(async () => {
    await database?.drop();
  });

  it('agree on every table, column, type, nullability, default and primary key', async () => {
    expect(await pendingChanges(database.url, ENTITIES)).toEqual([]);
  });

  it('disagree as soon as an entity gains a column no migration adds', async () => {
    @Entity({ name: 'institutions' })
    class InstitutionWithUnmigratedColumn extends Institution {
      @Column({ type: 'text', nullable: true })
      acronym: string | null;
    }
    expect(await pendingChanges(database.url, [InstitutionWithUnmigratedColumn])).toEqual([`ALTER TABLE "institutions" ADD "acronym" text`]);
  });
});
