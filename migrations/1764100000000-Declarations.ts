import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls, grant } from './rls';

/**
 * Declarations: drafts captured section by section, and the immutable filings they become when
 * signed. Filings keep the S1 document as JSONB plus the canonical JSON that was hashed, and a few
 * public fields extracted at filing time for the S1 filters and red flags.
 */
export class Declarations1764100000000 implements MigrationInterface {
  name = 'Declarations1764100000000';

  async up(q: QueryRunner): Promise<void> {
    // Decides complete vs simplified format (Normas, Decimoprimera/Decimosegunda); set by an admin, not the filer.
    await q.query(`ALTER TABLE memberships ADD COLUMN employment_level text
      CHECK (employment_level IN ('JEFE_DEPARTAMENTO_O_SUPERIOR', 'INFERIOR_A_JEFE_DEPARTAMENTO'))`);

    await q.query(`CREATE TABLE declarations (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      institution_id uuid NOT NULL REFERENCES institutions(id),
      user_id uuid NOT NULL REFERENCES users(id),
      tipo text NOT NULL CHECK (tipo IN ('INICIAL', 'MODIFICACIÓN', 'CONCLUSIÓN')),
      actualizacion_conflicto_interes boolean NOT NULL DEFAULT false,
      declaracion_completa boolean NOT NULL,
      fecha_toma_posesion date,
      anio_reportado integer CHECK (anio_reportado BETWEEN 2000 AND 2100),
      fecha_conclusion date,
      period_key text NOT NULL,
      status text NOT NULL DEFAULT 'BORRADOR' CHECK (status IN ('BORRADOR', 'PRESENTADA')),
      prefill_filing_id uuid,
      corrects_filing_id uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE UNIQUE INDEX declarations_one_open_draft ON declarations (institution_id, user_id, period_key)
      WHERE status = 'BORRADOR'`);
    await q.query(`CREATE INDEX declarations_user_idx ON declarations (institution_id, user_id, created_at DESC)`);

    await q.query(`CREATE TABLE declaration_sections (
      declaration_id uuid NOT NULL REFERENCES declarations(id) ON DELETE CASCADE,
      institution_id uuid NOT NULL REFERENCES institutions(id),
      section text NOT NULL,
      data jsonb NOT NULL,
      status text NOT NULL CHECK (status IN ('en captura', 'completa', 'ninguno')),
      version integer NOT NULL CHECK (version > 0),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (declaration_id, section)
    )`);

    await q.query(`CREATE TABLE folio_counters (
      institution_id uuid NOT NULL REFERENCES institutions(id),
      year integer NOT NULL,
      last_seq integer NOT NULL,
      PRIMARY KEY (institution_id, year)
    )`);

    await q.query(`CREATE TABLE filings (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      institution_id uuid NOT NULL REFERENCES institutions(id),
      declaration_id uuid NOT NULL UNIQUE REFERENCES declarations(id),
      user_id uuid NOT NULL REFERENCES users(id),
      s1_id text NOT NULL CHECK (s1_id ~ '^[0-9a-f]{24}$'),
      version integer NOT NULL DEFAULT 1 CHECK (version > 0),
      supersedes_filing_id uuid REFERENCES filings(id),
      nota_aclaratoria text,
      is_latest boolean NOT NULL DEFAULT true,
      folio text NOT NULL,
      folio_year integer NOT NULL,
      folio_seq integer NOT NULL CHECK (folio_seq > 0),
      tipo text NOT NULL CHECK (tipo IN ('INICIAL', 'MODIFICACIÓN', 'CONCLUSIÓN')),
      declaracion_completa boolean NOT NULL,
      actualizacion_conflicto_interes boolean NOT NULL,
      filed_at timestamptz NOT NULL,
      document jsonb NOT NULL,
      canonical_json text NOT NULL,
      sha256 char(64) NOT NULL,
      reserved boolean NOT NULL DEFAULT false,
      reserved_reason text,
      reserved_at timestamptz,
      reserved_by uuid REFERENCES users(id),
      nombres text NOT NULL,
      primer_apellido text NOT NULL,
      segundo_apellido text,
      nombre_ente_publico text,
      empleo_cargo_comision text,
      nivel_empleo_cargo_comision text,
      nivel_orden_gobierno text,
      entidad_federativa text,
      municipio_alcaldia text,
      escolaridad_niveles text[] NOT NULL DEFAULT '{}',
      total_ingresos_netos numeric,
      UNIQUE (institution_id, folio),
      UNIQUE (institution_id, folio_year, folio_seq),
      UNIQUE (s1_id, version),
      CHECK ((version = 1) = (supersedes_filing_id IS NULL)),
      CHECK (NOT reserved OR reserved_reason IS NOT NULL)
    )`);
    await q.query(`CREATE UNIQUE INDEX filings_one_latest ON filings (s1_id) WHERE is_latest`);
    await q.query(`CREATE INDEX filings_user_idx ON filings (institution_id, user_id, filed_at DESC)`);
    await q.query(`CREATE INDEX filings_publication_idx ON filings (institution_id, filed_at, s1_id) WHERE is_latest AND NOT reserved`);
    await q.query(`CREATE INDEX filings_names_idx ON filings (institution_id, primer_apellido, nombres)`);
    await q.query(`CREATE INDEX filings_place_idx ON filings (institution_id, entidad_federativa, municipio_alcaldia)`);
    await q.query(`CREATE INDEX filings_income_idx ON filings (institution_id, total_ingresos_netos)`);
    await q.query(`CREATE INDEX filings_escolaridad_idx ON filings USING gin (escolaridad_niveles)`);

    // A filing is never edited: only the publication flags (latest version, reserved) may change.
    await q.query(`CREATE FUNCTION filings_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN RAISE EXCEPTION 'filings are immutable'; END IF;
        IF (to_jsonb(NEW) - ARRAY['is_latest', 'reserved', 'reserved_reason', 'reserved_at', 'reserved_by'])
           IS DISTINCT FROM (to_jsonb(OLD) - ARRAY['is_latest', 'reserved', 'reserved_reason', 'reserved_at', 'reserved_by']) THEN
          RAISE EXCEPTION 'filings are immutable';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER filings_immutable BEFORE UPDATE OR DELETE ON filings
      FOR EACH ROW EXECUTE FUNCTION filings_immutable()`);

    await q.query(`ALTER TABLE declarations ADD CONSTRAINT declarations_prefill_fk FOREIGN KEY (prefill_filing_id) REFERENCES filings(id)`);
    await q.query(`ALTER TABLE declarations ADD CONSTRAINT declarations_corrects_fk FOREIGN KEY (corrects_filing_id) REFERENCES filings(id)`);

    for (const table of ['declarations', 'declaration_sections', 'folio_counters', 'filings']) await enableTenantRls(q, table);
    await grant(q, 'declarations', 'SELECT, INSERT, UPDATE, DELETE');
    await grant(q, 'declaration_sections', 'SELECT, INSERT, UPDATE, DELETE');
    await grant(q, 'folio_counters', 'SELECT, INSERT, UPDATE');
    await grant(q, 'filings', 'SELECT, INSERT, UPDATE');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE declarations DROP CONSTRAINT IF EXISTS declarations_prefill_fk, DROP CONSTRAINT IF EXISTS declarations_corrects_fk`);
    for (const table of ['filings', 'folio_counters', 'declaration_sections', 'declarations']) await q.query(`DROP TABLE IF EXISTS ${table} CASCADE`);
    await q.query(`DROP FUNCTION IF EXISTS filings_immutable()`);
    await q.query(`ALTER TABLE memberships DROP COLUMN IF EXISTS employment_level`);
  }
}
