import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls, grant } from './rls';

/**
 * The certificate revocation lists an institution loaded for its authorities (`veraz institution ca
 * --add-crl`): each one is signed by one of its `institution_authorities`, and the chain check weighs
 * its entries by revocation date. Nothing fetches them: an operator loads each new one.
 */
export class AuthorityCrls1764660000000 implements MigrationInterface {
  name = 'AuthorityCrls1764660000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE institution_authority_crls (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      institution_id uuid NOT NULL REFERENCES institutions(id),
      crl bytea NOT NULL CHECK (octet_length(crl) <= 33554432),
      issuer text NOT NULL,
      this_update timestamptz NOT NULL,
      next_update timestamptz,
      fingerprint_sha256 char(64) NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (institution_id, fingerprint_sha256)
    )`);
    await enableTenantRls(q, 'institution_authority_crls');
    await grant(q, 'institution_authority_crls', 'SELECT, INSERT, DELETE');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS institution_authority_crls CASCADE`);
  }
}
