import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls, grant } from './rls';

/**
 * What the filer's records need beyond the console schema: the aviso folio series (gapless per
 * institution and year, like folio_counters) and the public lookup of an aviso's sealed acuse by its
 * SHA-256, so /verificar recognises an uploaded aviso acuse the way it does a filing's.
 */
export class FilerRecords1764745000000 implements MigrationInterface {
  name = 'FilerRecords1764745000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE aviso_folio_counters (
      institution_id uuid NOT NULL REFERENCES institutions(id),
      year integer NOT NULL,
      last_seq integer NOT NULL,
      PRIMARY KEY (institution_id, year)
    )`);
    await enableTenantRls(q, 'aviso_folio_counters');
    await grant(q, 'aviso_folio_counters', 'SELECT, INSERT, UPDATE');

    await q.query(`CREATE INDEX avisos_cambio_ente_user ON avisos_cambio_ente (institution_id, user_id, filed_at)`);
    await q.query(`CREATE INDEX avisos_cambio_ente_acuse ON avisos_cambio_ente (acuse_sha256)`);
    // Same rule as documents: the public scope finds which institution issued an uploaded acuse.
    await q.query(`CREATE POLICY verification ON avisos_cambio_ente FOR SELECT USING (app_scope() = 'public')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP POLICY IF EXISTS verification ON avisos_cambio_ente`);
    await q.query(`DROP INDEX IF EXISTS avisos_cambio_ente_acuse`);
    await q.query(`DROP INDEX IF EXISTS avisos_cambio_ente_user`);
    await q.query(`DROP TABLE IF EXISTS aviso_folio_counters`);
  }
}
