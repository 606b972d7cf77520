import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Foreign keys between tenant tables, by the constraint name they had and the one they get. */
const REFERENCES: Array<{ table: string; old: string; name: string; column: string; parent: string; onDelete?: string }> = [
  { table: 'declarations', old: 'declarations_prefill_fk', name: 'declarations_prefill_fk', column: 'prefill_filing_id', parent: 'filings' },
  { table: 'declarations', old: 'declarations_corrects_fk', name: 'declarations_corrects_fk', column: 'corrects_filing_id', parent: 'filings' },
  { table: 'declaration_sections', old: 'declaration_sections_declaration_id_fkey', name: 'declaration_sections_declaration_fk', column: 'declaration_id', parent: 'declarations', onDelete: 'CASCADE' },
  { table: 'filings', old: 'filings_declaration_id_fkey', name: 'filings_declaration_fk', column: 'declaration_id', parent: 'declarations' },
  { table: 'filings', old: 'filings_supersedes_filing_id_fkey', name: 'filings_supersedes_fk', column: 'supersedes_filing_id', parent: 'filings' },
  { table: 's1_publications', old: 's1_publications_filing_id_fkey', name: 's1_publications_filing_fk', column: 'filing_id', parent: 'filings' },
  { table: 'documents', old: 'documents_filing_id_fkey', name: 'documents_filing_fk', column: 'filing_id', parent: 'filings' },
  { table: 'filing_efirmas', old: 'filing_efirmas_filing_id_fkey', name: 'filing_efirmas_filing_fk', column: 'filing_id', parent: 'filings' },
];

/** Primary and unique keys of the declaration, filing and document tables, now led by institution_id. */
const KEYS: Array<{ table: string; drop: string[]; add: string[] }> = [
  { table: 'declarations', drop: ['declarations_pkey'], add: ['PRIMARY KEY (institution_id, id)'] },
  { table: 'declaration_sections', drop: ['declaration_sections_pkey'], add: ['PRIMARY KEY (institution_id, declaration_id, section)'] },
  {
    table: 'filings',
    drop: ['filings_pkey', 'filings_declaration_id_key', 'filings_s1_id_version_key'],
    add: ['PRIMARY KEY (institution_id, id)', 'UNIQUE (institution_id, declaration_id)', 'UNIQUE (institution_id, s1_id, version)'],
  },
  { table: 'documents', drop: ['documents_pkey', 'documents_filing_id_kind_key'], add: ['PRIMARY KEY (institution_id, id)', 'UNIQUE (institution_id, filing_id, kind)'] },
  { table: 'document_blobs', drop: ['document_blobs_pkey'], add: ['PRIMARY KEY (institution_id, storage_key)'] },
  { table: 'filing_efirmas', drop: ['filing_efirmas_pkey'], add: ['PRIMARY KEY (institution_id, filing_id)'] },
  { table: 'institution_certificates', drop: ['institution_certificates_pkey'], add: ['PRIMARY KEY (institution_id, id)'] },
];

/**
 * Tenant keys, as a table distributed by institution_id (Citus) needs them and as tenancy wants
 * them anyway: the declaration, filing and document tables are keyed by (institution_id, …), and
 * every foreign key between tenant tables carries institution_id, so the database itself refuses a
 * row that points into another institution. SCALING.md lists the tables still keyed otherwise.
 */
export class TenantKeys1764600000000 implements MigrationInterface {
  name = 'TenantKeys1764600000000';

  async up(q: QueryRunner): Promise<void> {
    for (const r of REFERENCES) await q.query(`ALTER TABLE ${r.table} DROP CONSTRAINT ${r.old}`);
    for (const k of KEYS) {
      for (const name of k.drop) await q.query(`ALTER TABLE ${k.table} DROP CONSTRAINT ${name}`);
      for (const key of k.add) await q.query(`ALTER TABLE ${k.table} ADD ${key}`);
    }
    await q.query(`DROP INDEX filings_one_latest`);
    await q.query(`CREATE UNIQUE INDEX filings_one_latest ON filings (institution_id, s1_id) WHERE is_latest`);
    for (const r of REFERENCES) {
      await q.query(
        `ALTER TABLE ${r.table} ADD CONSTRAINT ${r.name} FOREIGN KEY (institution_id, ${r.column}) REFERENCES ${r.parent} (institution_id, id)` +
          (r.onDelete ? ` ON DELETE ${r.onDelete}` : ''),
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const r of REFERENCES) await q.query(`ALTER TABLE ${r.table} DROP CONSTRAINT ${r.name}`);
    await q.query(`DROP INDEX filings_one_latest`);
    await q.query(`CREATE UNIQUE INDEX filings_one_latest ON filings (s1_id) WHERE is_latest`);
    for (const k of KEYS) {
      for (const key of k.add) {
        const cols = /\(([^)]*)\)/.exec(key)![1]!;
        const name = key.startsWith('PRIMARY') ? `${k.table}_pkey` : `${k.table}_${cols.replace(/, /g, '_')}_key`;
        await q.query(`ALTER TABLE ${k.table} DROP CONSTRAINT ${name}`);
      }
    }
    await q.query(`ALTER TABLE declarations ADD PRIMARY KEY (id)`);
    await q.query(`ALTER TABLE declaration_sections ADD PRIMARY KEY (declaration_id, section)`);
    await q.query(`ALTER TABLE filings ADD PRIMARY KEY (id), ADD UNIQUE (declaration_id), ADD UNIQUE (s1_id, version)`);
    await q.query(`ALTER TABLE documents ADD PRIMARY KEY (id), ADD UNIQUE (filing_id, kind)`);
    await q.query(`ALTER TABLE document_blobs ADD PRIMARY KEY (storage_key)`);
    await q.query(`ALTER TABLE filing_efirmas ADD PRIMARY KEY (filing_id)`);
    await q.query(`ALTER TABLE institution_certificates ADD PRIMARY KEY (id)`);
    for (const r of REFERENCES) {
      await q.query(`ALTER TABLE ${r.table} ADD CONSTRAINT ${r.old} FOREIGN KEY (${r.column}) REFERENCES ${r.parent} (id)` + (r.onDelete ? ` ON DELETE ${r.onDelete}` : ''));
    }
  }
}
