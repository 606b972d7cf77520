import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls, grant } from './rls';

/**
 * What the S1 endpoint serves: one row per published declaration holding its public projection
 * and the search columns taken from that projection only, so no query can touch private data.
 * Plus the credentials the PDN uses (per institution, or platform-wide when institution_id is null).
 */
export class S1Publication1764200000000 implements MigrationInterface {
  name = 'S1Publication1764200000000';

  async up(q: QueryRunner): Promise<void> {
    // Trusted extension: the database owner may create it. Trigram indexes serve substring name search.
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);

    // Opt-in to the platform-wide S1 endpoint a state platform registers once with the PDN.
    await q.query(`ALTER TABLE institutions ADD COLUMN s1_shared boolean NOT NULL DEFAULT false`);

    await q.query(`CREATE TABLE s1_publications (
      institution_id uuid NOT NULL REFERENCES institutions(id),
      s1_id text NOT NULL,
      filing_id uuid NOT NULL REFERENCES filings(id),
      seq integer NOT NULL CHECK (seq > 0),
      published_at timestamptz NOT NULL,
      tipo text NOT NULL,
      rules_version integer NOT NULL,
      document jsonb NOT NULL,
      nombres_norm text NOT NULL,
      primer_apellido_norm text NOT NULL,
      segundo_apellido_norm text NOT NULL DEFAULT '',
      escolaridad_niveles text[] NOT NULL DEFAULT '{}',
      escolaridad_min text,
      escolaridad_max text,
      ente_norm text NOT NULL DEFAULT '',
      empleo_norm text NOT NULL DEFAULT '',
      nivel_empleo_norm text NOT NULL DEFAULT '',
      nivel_orden_gobierno text,
      entidad_federativa text,
      municipio_alcaldia text,
      total_ingresos_netos numeric,
      inmuebles jsonb NOT NULL DEFAULT '[]',
      sc_min numeric, sc_max numeric,
      st_min numeric, st_max numeric,
      va_min numeric, va_max numeric,
      fa_min text, fa_max text,
      PRIMARY KEY (institution_id, s1_id)
    )`);
    // Dense per institution (1..N in publication order): page N of the default order is a range scan.
    await q.query(`CREATE INDEX s1_publications_seq_idx ON s1_publications (institution_id, seq)`);
    await q.query(`CREATE INDEX s1_publications_published_idx ON s1_publications (institution_id, published_at)`);
    for (const col of ['nombres_norm', 'primer_apellido_norm', 'segundo_apellido_norm', 'ente_norm', 'empleo_norm']) {
      await q.query(`CREATE INDEX s1_publications_${col}_trgm ON s1_publications USING gin (${col} gin_trgm_ops)`);
    }
    await q.query(`CREATE INDEX s1_publications_place_idx ON s1_publications (institution_id, entidad_federativa, municipio_alcaldia)`);
    await q.query(`CREATE INDEX s1_publications_income_idx ON s1_publications (institution_id, total_ingresos_netos)`);
    await q.query(`CREATE INDEX s1_publications_escolaridad_idx ON s1_publications USING gin (escolaridad_niveles)`);

    await q.query(`CREATE TABLE s1_publication_counters (
      institution_id uuid PRIMARY KEY REFERENCES institutions(id),
      published integer NOT NULL DEFAULT 0 CHECK (published >= 0)
    )`);

    // Declarations taken out of publication (reserved), so change-feed mirrors remove them too.
    await q.query(`CREATE TABLE s1_withdrawals (
      institution_id uuid NOT NULL REFERENCES institutions(id),
      s1_id text NOT NULL,
      withdrawn_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (institution_id, s1_id, withdrawn_at)
    )`);
    await q.query(`CREATE INDEX s1_withdrawals_time_idx ON s1_withdrawals (institution_id, withdrawn_at)`);

    await q.query(`CREATE TABLE s1_clients (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      institution_id uuid REFERENCES institutions(id),
      label text NOT NULL,
      client_id text NOT NULL UNIQUE,
      client_secret_mac char(64) NOT NULL,
      username text NOT NULL,
      password_mac char(64) NOT NULL,
      created_by uuid REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      revoked_at timestamptz,
      last_used_at timestamptz
    )`);

    for (const table of ['s1_publications', 's1_publication_counters', 's1_withdrawals', 's1_clients']) await enableTenantRls(q, table);
    // The platform-wide endpoint reads the publications of institutions that opted in, nothing else.
    await q.query(`CREATE POLICY shared_endpoint ON s1_publications FOR SELECT
      USING (app_scope() = 'public' AND institution_id IN (SELECT id FROM institutions WHERE s1_shared))`);
    await q.query(`CREATE POLICY shared_counters ON s1_publication_counters FOR SELECT
      USING (app_scope() = 'public' AND institution_id IN (SELECT id FROM institutions WHERE s1_shared))`);
    // Token requests arrive before anyone is known: they look a client up by its public id (auth scope).
    await q.query(`CREATE POLICY token_lookup ON s1_clients FOR SELECT USING (app_scope() = 'auth')`);
    await q.query(`CREATE POLICY token_use ON s1_clients FOR UPDATE USING (app_scope() = 'auth') WITH CHECK (app_scope() = 'auth')`);
    await q.query(`CREATE POLICY platform_clients ON s1_clients FOR ALL
      USING (institution_id IS NULL AND app_scope() = 'platform') WITH CHECK (institution_id IS NULL AND app_scope() = 'platform')`);

    await grant(q, 's1_publications', 'SELECT, INSERT, UPDATE, DELETE');
    await grant(q, 's1_publication_counters', 'SELECT, INSERT, UPDATE');
    await grant(q, 's1_withdrawals', 'SELECT, INSERT');
    await grant(q, 's1_clients', 'SELECT, INSERT, UPDATE');
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['s1_clients', 's1_withdrawals', 's1_publication_counters', 's1_publications']) await q.query(`DROP TABLE IF EXISTS ${table} CASCADE`);
    await q.query(`ALTER TABLE institutions DROP COLUMN IF EXISTS s1_shared`);
  }
}
