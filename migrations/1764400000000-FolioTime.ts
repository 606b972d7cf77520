import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The latest time of filing that took a folio of each counter. Signing now prepares the filing
 * (document, hash, public projection) before it locks the counter, and compares its time with
 * this one, so a later folio still never carries an earlier time.
 */
export class FolioTime1764400000000 implements MigrationInterface {
  name = 'FolioTime1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE folio_counters ADD COLUMN last_filed_at timestamptz`);
    // Read and written by the owner with the tenant policies lifted for this step only.
    await q.query(`ALTER TABLE folio_counters NO FORCE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE filings NO FORCE ROW LEVEL SECURITY`);
    await q.query(`UPDATE folio_counters c SET last_filed_at = (SELECT max(f.filed_at) FROM filings f WHERE f.institution_id = c.institution_id AND f.folio_year = c.year)`);
    await q.query(`ALTER TABLE folio_counters FORCE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE filings FORCE ROW LEVEL SECURITY`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE folio_counters DROP COLUMN last_filed_at`);
  }
}
