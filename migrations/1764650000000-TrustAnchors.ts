import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls, grant } from './rls';

/**
 * The certification authorities an institution trusts (for e.firma, the SAT's): their certificates,
 * loaded with `veraz institution ca`, against which the filers' certificates are chained.
 */
export class TrustAnchors1764650000000 implements MigrationInterface {
  name = 'TrustAnchors1764650000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE institution_authorities (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      institution_id uuid NOT NULL REFERENCES institutions(id),
      certificate bytea NOT NULL CHECK (octet_length(certificate) <= 65536),
      subject text NOT NULL,
      not_before timestamptz NOT NULL,
      not_after timestamptz NOT NULL,
      fingerprint_sha256 char(64) NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (institution_id, fingerprint_sha256)
    )`);
    await enableTenantRls(q, 'institution_authorities');
    await grant(q, 'institution_authorities', 'SELECT, INSERT, DELETE');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS institution_authorities CASCADE`);
  }
}
