import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '@veraz/testing';

interface Violations {
  /** "table: index" for a primary key or unique index that lacks institution_id (or a tenant table with no primary key). */
  keys: string[];
  /** "table → table (constraint)" for a foreign key between tenant tables that does not pair their institution_id. */
  foreignKeys: string[];
  /** Tenant tables whose institution_id allows NULL. */
  nullable: string[];
}

/**
 * What stands between the schema and `create_distributed_table(…, 'institution_id')`: Citus enforces a
 * unique index or primary key only when it contains the distribution column, and a foreign key between
 * distributed tables only when it includes it, so each shard checks them alone.
 */
async function distributionViolations(db: Client): Promise<Violations> {
  const tenant = `SELECT c.oid, c.relname, a.attnum FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'institution_id' AND NOT a.attisdropped
                   WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p')`;
  const keys = await db.query<{ v: string }>(
    `WITH t AS (${tenant})
     SELECT t.relname || ': ' || i.relname AS v FROM t JOIN pg_index x ON x.indrelid = t.oid JOIN pg_class i ON i.oid = x.indexrelid
      WHERE (x.indisunique OR x.indisprimary) AND NOT t.attnum = ANY (x.indkey::int2[])
     UNION ALL
     SELECT t.relname || ': no primary key' FROM t WHERE NOT EXISTS (SELECT 1 FROM pg_index x WHERE x.indrelid = t.oid AND x.indisprimary)
     ORDER BY 1`,
  );
  const foreignKeys = await db.query<{ v: string }>(
    `WITH t AS (${tenant})
     SELECT f.relname || ' → ' || r.relname || ' (' || con.conname || ')' AS v
       FROM pg_constraint con JOIN t f ON f.oid = con.conrelid JOIN t r ON r.oid = con.confrelid
      WHERE con.contype = 'f'
        AND NOT EXISTS (SELECT 1 FROM unnest(con.conkey, con.confkey) AS k(col, ref) WHERE k.col = f.attnum AND k.ref = r.attnum)
      ORDER BY 1`,
  );
  const nullable = await db.query<{ v: string }>(
    `WITH t AS (${tenant}) SELECT t.relname AS v FROM t JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = t.attnum WHERE NOT a.attnotnull ORDER BY 1`,
  );
  return { keys: keys.rows.map((r) => r.v), foreignKeys: foreignKeys.rows.map((r) => r.v), nullable: nullable.rows.map((r) => r.v) };
}

describe('the schema is ready to distribute by institution_id (Citus)', () => {
  let database: TestDatabase;
  let owner: Client;

  beforeAll(async () => {
    database = await createTestDatabase();
    owner = new Client({ connectionString: database.url });
    await owner.connect();
  });

  afterAll(async () => {
    await owner?.end();
    await database?.drop();
  });

  // No exception: platform rows live in tables of their own, without institution_id (platform_outbox, platform_audit_events, …).
  it('keys every tenant table, its unique indexes and the foreign keys between tenant tables by institution_id, never nullable', async () => {
    expect(await distributionViolations(owner)).toEqual({ keys: [], foreignKeys: [], nullable: [] });
  });

  it('notices a tenant table keyed without institution_id, a foreign key that drops it, and a nullable institution_id', async () => {
    await owner.query('BEGIN');
    try {
      await owner.query(`CREATE TABLE probe_parents (id uuid PRIMARY KEY, institution_id uuid, code text UNIQUE, UNIQUE (id, institution_id))`);
      await owner.query(`CREATE TABLE probe_children (id uuid, institution_id uuid NOT NULL, parent_id uuid REFERENCES probe_parents (id), PRIMARY KEY (id, institution_id))`);
      expect(await distributionViolations(owner)).toEqual({
        keys: ['probe_parents: probe_parents_code_key', 'probe_parents: probe_parents_pkey'],
        foreignKeys: ['probe_children → probe_parents (probe_children_parent_id_fkey)'],
        nullable: ['probe_parents'],
      });
    } finally {
      await owner.query('ROLLBACK');
    }
  });
});
