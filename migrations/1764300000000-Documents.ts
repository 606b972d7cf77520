import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls, grant } from './rls';

/**
 * Documents rendered once per filing (acuse, full and public PDFs) with their SHA-256, the
 * institutions' sealing certificates (sealed with a key derived from VERAZ_SECRET_KEY), and the
 * filer's optional e.firma signature over the filing hash.
 */
export class Documents1764300000000 implements MigrationInterface {
  name = 'Documents1764300000000';

  async up(q: QueryRunner): Promise<void> {
    // Printed on the acuse when set (PNG, checked by the CLI).
    await q.query(`ALTER TABLE institutions ADD COLUMN logo_png bytea CHECK (octet_length(logo_png) <= 262144)`);

    await q.query(`CREATE TABLE documents (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      institution_id uuid NOT NULL REFERENCES institutions(id),
      filing_id uuid NOT NULL REFERENCES filings(id),
      kind text NOT NULL CHECK (kind IN ('acuse', 'completa', 'publica')),
      sha256 char(64) NOT NULL,
      size integer NOT NULL,
      storage text NOT NULL,
      storage_key text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (filing_id, kind)
    )`);
    await q.query(`CREATE INDEX documents_sha256_idx ON documents (sha256)`);
    // The database storage backend; another backend (folder, S3) keeps only the key here.
    await q.query(`CREATE TABLE document_blobs (
      storage_key text PRIMARY KEY,
      institution_id uuid NOT NULL REFERENCES institutions(id),
      content bytea NOT NULL
    )`);

    await q.query(`CREATE TABLE institution_certificates (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      institution_id uuid NOT NULL REFERENCES institutions(id),
      p12_sealed text NOT NULL,
      passphrase_sealed text NOT NULL,
      common_name text NOT NULL,
      organization text,
      not_before timestamptz NOT NULL,
      not_after timestamptz NOT NULL,
      fingerprint_sha256 char(64) NOT NULL,
      self_signed boolean NOT NULL,
      active boolean NOT NULL DEFAULT true,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE UNIQUE INDEX institution_certificates_active ON institution_certificates (institution_id) WHERE active`);

    await q.query(`CREATE TABLE filing_efirmas (
      filing_id uuid PRIMARY KEY REFERENCES filings(id),
      institution_id uuid NOT NULL REFERENCES institutions(id),
      cms bytea NOT NULL,
      certificate_serial text NOT NULL,
      certificate_not_after timestamptz NOT NULL,
      signed_at timestamptz NOT NULL DEFAULT now()
    )`);

    for (const table of ['documents', 'document_blobs', 'institution_certificates', 'filing_efirmas']) await enableTenantRls(q, table);
    // Public verification finds a document by folio or by the hash of an uploaded acuse, nothing more.
    await q.query(`CREATE POLICY verification ON documents FOR SELECT USING (app_scope() = 'public')`);
    await grant(q, 'documents', 'SELECT, INSERT');
    await grant(q, 'document_blobs', 'SELECT, INSERT');
    await grant(q, 'institution_certificates', 'SELECT, INSERT, UPDATE');
    await grant(q, 'filing_efirmas', 'SELECT, INSERT');
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['filing_efirmas', 'institution_certificates', 'document_blobs', 'documents']) await q.query(`DROP TABLE IF EXISTS ${table} CASCADE`);
    await q.query(`ALTER TABLE institutions DROP COLUMN IF EXISTS logo_png`);
  }
}
