import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, enableTenantRls, grant } from './rls';

/**
 * Anchors the audit chains. New entries are hashed with an HMAC keyed from the secret key
 * (hash_version 2); the rows already written keep their public SHA-256 (version 1), and
 * `audit_legacy_heads` records how far each chain was legacy when this ran, so a later rewrite
 * cannot pass itself off as legacy. `audit_checkpoints` holds the chain head sealed with the
 * institution's certificate; `filing_audit_anchors` the head each acuse prints.
 */
export class AuditAnchors1764690000000 implements MigrationInterface {
  name = 'AuditAnchors1764690000000';

  async up(q: QueryRunner): Promise<void> {
    // The default only marks the rows that exist now; every new row states its version.
    await q.query(`ALTER TABLE audit_events ADD COLUMN hash_version smallint NOT NULL DEFAULT 1 CHECK (hash_version IN (1, 2))`);
    await q.query(`ALTER TABLE audit_events ALTER COLUMN hash_version DROP DEFAULT`);

    await q.query(`CREATE TABLE audit_legacy_heads (
      institution_id uuid REFERENCES institutions(id),
      last_seq bigint NOT NULL CHECK (last_seq > 0),
      recorded_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT audit_legacy_heads_chain UNIQUE NULLS NOT DISTINCT (institution_id)
    )`);
    // Forced RLS would hide every chain from an owner that is not a superuser: lifted for this one read, in this transaction.
    await q.query(`ALTER TABLE audit_events NO FORCE ROW LEVEL SECURITY`);
    await q.query(`INSERT INTO audit_legacy_heads (institution_id, last_seq) SELECT institution_id, max(seq) FROM audit_events GROUP BY institution_id`);
    await q.query(`ALTER TABLE audit_events FORCE ROW LEVEL SECURITY`);

    await q.query(`CREATE TABLE audit_checkpoints (
      id bigserial PRIMARY KEY,
      institution_id uuid NOT NULL REFERENCES institutions(id),
      seq bigint NOT NULL CHECK (seq > 0),
      hash char(64) NOT NULL,
      sealed_at timestamptz NOT NULL,
      signature bytea NOT NULL CHECK (octet_length(signature) <= 65536),
      certificate_fingerprint char(64) NOT NULL,
      self_signed boolean NOT NULL,
      UNIQUE (institution_id, seq)
    )`);

    await q.query(`CREATE TABLE filing_audit_anchors (
      filing_id uuid PRIMARY KEY REFERENCES filings(id),
      institution_id uuid NOT NULL REFERENCES institutions(id),
      audit_seq bigint NOT NULL CHECK (audit_seq > 0),
      audit_hash char(64) NOT NULL
    )`);

    await q.query(`CREATE FUNCTION append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END $$`);
    for (const table of ['audit_legacy_heads', 'audit_checkpoints', 'filing_audit_anchors']) {
      await q.query(`CREATE TRIGGER ${table}_no_update BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION append_only()`);
      await q.query(`CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION append_only()`);
      await enableTenantRls(q, table);
    }
    await q.query(`CREATE POLICY platform_chain ON audit_legacy_heads FOR SELECT USING (institution_id IS NULL AND app_scope() IN ('platform', 'auth'))`);
    // Written only here: the application reads it.
    await grant(q, 'audit_legacy_heads', 'SELECT');
    await grant(q, 'audit_checkpoints', 'SELECT, INSERT');
    await q.query(`GRANT USAGE ON SEQUENCE audit_checkpoints_id_seq TO ${APP_ROLE}`);
    await grant(q, 'filing_audit_anchors', 'SELECT, INSERT');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS filing_audit_anchors, audit_checkpoints, audit_legacy_heads CASCADE`);
    await q.query(`DROP FUNCTION IF EXISTS append_only()`);
    await q.query(`ALTER TABLE audit_events DROP COLUMN IF EXISTS hash_version`);
  }
}
