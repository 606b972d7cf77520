import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Keys every tenant table by its distribution column, so the schema can go to Citus
 * (`create_distributed_table(…, 'institution_id')`) as it is: primary keys and unique constraints
 * include institution_id, and a foreign key between tenant tables carries it on both sides, so a
 * shard checks its own rows alone and no row can point at another institution's row.
 *
 * The id stays first in every key, so each existing lookup by id (joins, `WHERE id = $1` in platform
 * jobs) keeps its index; Citus needs the column in the key, not first. A foreign-key check planned while
 * a table has no statistics can still prefer an index led by institution_id whatever the key's order;
 * the bulk loader plans its checks afresh for that reason (SCALING.md, «Tenant-sharded growth»).
 *
 * outbox, audit_events, audit_legacy_heads and s1_clients still hold platform rows (institution_id
 * NULL) and keep their keys until those rows move to tables of their own.
 */
export class DistributionKeys1764756000000 implements MigrationInterface {
  name = 'DistributionKeys1764756000000';

  async up(q: QueryRunner): Promise<void> {
    const foreignKeys = await tenantForeignKeys(q, 1);
    for (const fk of foreignKeys) await q.query(`ALTER TABLE ${fk.table} DROP CONSTRAINT ${fk.name}`);

    for (const [table, columns] of Object.entries(PRIMARY_KEYS)) {
      await q.query(`ALTER TABLE ${table} DROP CONSTRAINT ${table}_pkey, ADD CONSTRAINT ${table}_pkey PRIMARY KEY (${columns}, institution_id)`);
    }
    for (const u of UNIQUE_CONSTRAINTS) {
      await q.query(`ALTER TABLE ${u.table} DROP CONSTRAINT ${u.old}, ADD CONSTRAINT ${u.name} UNIQUE (${u.columns}, institution_id)`);
    }
    // At most one latest version of a filing, now per institution (an s1_id is random, so no less strict).
    await q.query(`DROP INDEX filings_one_latest`);
    await q.query(`CREATE UNIQUE INDEX filings_one_latest ON filings (s1_id, institution_id) WHERE is_latest`);

    for (const fk of foreignKeys) {
      await q.query(
        `ALTER TABLE ${fk.table} ADD CONSTRAINT ${fk.name} FOREIGN KEY (${fk.column}, institution_id)
           REFERENCES ${fk.references} (${fk.referencedColumn}, institution_id)${fk.onDelete}`,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    const foreignKeys = await tenantForeignKeys(q, 2);
    for (const fk of foreignKeys) await q.query(`ALTER TABLE ${fk.table} DROP CONSTRAINT ${fk.name}`);
    await q.query(`DROP INDEX filings_one_latest`);
    await q.query(`CREATE UNIQUE INDEX filings_one_latest ON filings (s1_id) WHERE is_latest`);
    for (const u of UNIQUE_CONSTRAINTS) await q.query(`ALTER TABLE ${u.table} DROP CONSTRAINT ${u.name}, ADD CONSTRAINT ${u.old} UNIQUE (${u.columns})`);
    for (const [table, columns] of Object.entries(PRIMARY_KEYS)) {
      await q.query(`ALTER TABLE ${table} DROP CONSTRAINT ${table}_pkey, ADD CONSTRAINT ${table}_pkey PRIMARY KEY (${columns})`);
    }
    for (const fk of foreignKeys) {
      await q.query(`ALTER TABLE ${fk.table} ADD CONSTRAINT ${fk.name} FOREIGN KEY (${fk.column}) REFERENCES ${fk.references} (${fk.referencedColumn})${fk.onDelete}`);
    }
  }
}

/** Tenant table → the columns of its primary key today; institution_id is appended. */
const PRIMARY_KEYS: Record<string, string> = {
  memberships: 'id',
  invitations: 'id',
  declarations: 'id',
  declaration_sections: 'declaration_id, section',
  filings: 'id',
  documents: 'id',
  document_blobs: 'storage_key',
  filing_efirmas: 'filing_id',
  filing_audit_anchors: 'filing_id',
  filing_reviews: 'filing_id',
  filing_review_notes: 'id',
  audit_checkpoints: 'id',
  institution_certificates: 'id',
  institution_authorities: 'id',
  institution_authority_crls: 'id',
  roster_people: 'id',
  roster_imports: 'id',
  roster_import_rows: 'import_id, line',
  roster_events: 'id',
  obligations: 'id',
  requerimientos: 'id',
  tax_constancias: 'id',
  avisos_cambio_ente: 'id',
};

/** Unique constraints without institution_id; the new one appends it (the lookups they serve keep their leading columns). */
const UNIQUE_CONSTRAINTS = [
  // Looked up by token across institutions when an invitation link is opened: the index still leads with the hash.
  { table: 'invitations', old: 'invitations_token_hash_key', name: 'invitations_token_hash_key', columns: 'token_hash' },
  { table: 'filings', old: 'filings_declaration_id_key', name: 'filings_declaration_id_key', columns: 'declaration_id' },
  { table: 'filings', old: 'filings_s1_id_version_key', name: 'filings_s1_id_version_key', columns: 's1_id, version' },
  { table: 'documents', old: 'documents_filing_id_kind_key', name: 'documents_filing_id_kind_key', columns: 'filing_id, kind' },
];

interface TenantForeignKey {
  name: string;
  table: string;
  column: string;
  references: string;
  referencedColumn: string;
  onDelete: string;
}

/**
 * The foreign keys from one tenant table to another, with `width` columns (1 before this migration,
 * 2 after: the column and institution_id). Read from the catalog so both directions name the same set.
 */
async function tenantForeignKeys(q: QueryRunner, width: 1 | 2): Promise<TenantForeignKey[]> {
  const rows: Array<{ name: string; table: string; column: string; references: string; referenced_column: string; on_delete: string }> = await q.query(
    `WITH tenant AS (SELECT attrelid FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
                      WHERE a.attname = 'institution_id' AND c.relnamespace = 'public'::regnamespace AND c.relkind = 'r')
     SELECT con.conname AS name, con.conrelid::regclass::text AS table, con.confrelid::regclass::text AS references,
            fa.attname AS column, ra.attname AS referenced_column, con.confdeltype AS on_delete
       FROM pg_constraint con
       JOIN pg_attribute fa ON fa.attrelid = con.conrelid AND fa.attnum = con.conkey[1]
       JOIN pg_attribute ra ON ra.attrelid = con.confrelid AND ra.attnum = con.confkey[1]
      WHERE con.contype = 'f' AND cardinality(con.conkey) = $1
        AND con.conrelid IN (SELECT attrelid FROM tenant) AND con.confrelid IN (SELECT attrelid FROM tenant)
      ORDER BY con.conrelid::regclass::text, con.conname`,
    [width],
  );
  const ON_DELETE: Record<string, string> = { a: '', c: ' ON DELETE CASCADE' };
  return rows.map((r) => {
    if (!(r.on_delete in ON_DELETE)) throw new Error(`foreign key ${r.name}: unexpected ON DELETE action ${r.on_delete}`);
    return { name: r.name, table: r.table, column: r.column, references: r.references, referencedColumn: r.referenced_column, onDelete: ON_DELETE[r.on_delete] };
  });
}
