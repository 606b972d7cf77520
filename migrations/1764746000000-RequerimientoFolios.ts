import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls, grant } from './rls';

/**
 * Requerimientos get their own folio series per institution and year (SLUG-REQ-YYYY-NNNNNN), one
 * letter per omitted obligation, and public verification may find a letter by its folio or the
 * SHA-256 of its sealed PDF, as it finds acuses.
 */
export class RequerimientoFolios1764746000000 implements MigrationInterface {
  name = 'RequerimientoFolios1764746000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE requerimiento_counters (
      institution_id uuid NOT NULL REFERENCES institutions(id),
      year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
      last_seq integer NOT NULL CHECK (last_seq >= 0),
      PRIMARY KEY (institution_id, year)
    )`);
    await enableTenantRls(q, 'requerimiento_counters');
    await grant(q, 'requerimiento_counters', 'SELECT, INSERT, UPDATE');
    // A batch run twice (or two comptrollers at once) issues one letter per omitted obligation.
    await q.query(`CREATE UNIQUE INDEX requerimientos_one_per_obligation ON requerimientos (institution_id, obligation_id)`);
    // How the notification was made: by e-mail (recorded by the mail job) or in person (entered by the OIC).
    await q.query(`ALTER TABLE requerimientos ADD COLUMN notified_by text CHECK (notified_by IN ('CORREO', 'EN_PERSONA'))`);
    // Public verification by uploaded file: which institution a sealed letter belongs to (as for documents).
    await q.query(`CREATE POLICY verification ON requerimientos FOR SELECT USING (app_scope() = 'public')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP POLICY IF EXISTS verification ON requerimientos`);
    await q.query(`ALTER TABLE requerimientos DROP COLUMN IF EXISTS notified_by`);
    await q.query(`DROP INDEX IF EXISTS requerimientos_one_per_obligation`);
    await q.query(`DROP TABLE IF EXISTS requerimiento_counters`);
  }
}
