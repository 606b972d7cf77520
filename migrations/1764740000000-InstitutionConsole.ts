import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls, grant } from './rls';

const LEVELS = `('JEFE_DEPARTAMENTO_O_SUPERIOR', 'INFERIOR_A_JEFE_DEPARTAMENTO')`;
const MOVEMENTS = `('ALTA', 'BAJA', 'CAMBIO', 'LICENCIA', 'REINGRESO')`;
const OBLIGATION_KINDS = `('INICIAL', 'MODIFICACIÓN', 'CONCLUSIÓN', 'AVISO_CAMBIO_ENTE', 'CONSTANCIA_FISCAL')`;
const OBLIGATION_STATES = `('PENDIENTE', 'PRESENTADA_EN_TIEMPO', 'PRESENTADA_EXTEMPORANEA', 'OMISA')`;

/**
 * The institution console's shared schema: the roster (padrón) of obligated officials with its dated
 * movements and staged imports, the obligations derived from it, the requerimientos for omisos and
 * the reminders already sent. All tenant-owned, under forced RLS.
 */
export class InstitutionConsole1764740000000 implements MigrationInterface {
  name = 'InstitutionConsole1764740000000';

  async up(q: QueryRunner): Promise<void> {
    // One row per person and institution: the current state. The history lives in roster_events.
    await q.query(`CREATE TABLE roster_people (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      institution_id uuid NOT NULL REFERENCES institutions(id),
      curp char(18) NOT NULL,
      nombres text NOT NULL,
      primer_apellido text NOT NULL,
      segundo_apellido text,
      email text,
      puesto text,
      area text,
      employment_level text CHECK (employment_level IN ${LEVELS}),
      fecha_alta date NOT NULL,
      fecha_baja date,
      status text NOT NULL DEFAULT 'ACTIVO' CHECK (status IN ('ACTIVO', 'LICENCIA', 'BAJA')),
      user_id uuid REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (institution_id, curp),
      CHECK (fecha_baja IS NULL OR fecha_baja >= fecha_alta)
    )`);
    await q.query(`CREATE INDEX roster_people_user ON roster_people (institution_id, user_id) WHERE user_id IS NOT NULL`);
    await q.query(`CREATE INDEX roster_people_area ON roster_people (institution_id, area)`);

    await q.query(`CREATE TABLE roster_imports (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      institution_id uuid NOT NULL REFERENCES institutions(id),
      file_name text NOT NULL,
      sha256 char(64) NOT NULL,
      status text NOT NULL DEFAULT 'PREVISTA' CHECK (status IN ('PREVISTA', 'APLICADA', 'DESCARTADA')),
      rows_total integer NOT NULL DEFAULT 0,
      rows_error integer NOT NULL DEFAULT 0,
      created_by uuid REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      applied_at timestamptz
    )`);
    // The preview: every parsed line, its errors and what applying it would do.
    await q.query(`CREATE TABLE roster_import_rows (
      import_id uuid NOT NULL REFERENCES roster_imports(id) ON DELETE CASCADE,
      institution_id uuid NOT NULL REFERENCES institutions(id),
      line integer NOT NULL,
      data jsonb NOT NULL,
      errors jsonb NOT NULL DEFAULT '[]',
      action text NOT NULL CHECK (action IN ('NUEVA', 'CAMBIO', 'SIN_CAMBIO', 'ERROR')),
      PRIMARY KEY (import_id, line)
    )`);

    // Every change to a person, dated: the obligations engine reads only these.
    await q.query(`CREATE TABLE roster_events (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      institution_id uuid NOT NULL REFERENCES institutions(id),
      person_id uuid NOT NULL REFERENCES roster_people(id),
      kind text NOT NULL CHECK (kind IN ${MOVEMENTS}),
      effective_date date NOT NULL,
      puesto text,
      area text,
      employment_level text CHECK (employment_level IN ${LEVELS}),
      source text NOT NULL CHECK (source IN ('IMPORTACION', 'EDICION')),
      import_id uuid REFERENCES roster_imports(id),
      recorded_by uuid REFERENCES users(id),
      recorded_at timestamptz NOT NULL DEFAULT now(),
      -- A correction (a baja date moved) replaces an earlier event instead of erasing it.
      superseded_by uuid REFERENCES roster_events(id)
    )`);
    await q.query(`CREATE INDEX roster_events_person ON roster_events (institution_id, person_id, effective_date)`);

    await q.query(`CREATE TABLE obligations (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      institution_id uuid NOT NULL REFERENCES institutions(id),
      person_id uuid NOT NULL REFERENCES roster_people(id),
      kind text NOT NULL CHECK (kind IN ${OBLIGATION_KINDS}),
      -- Which occurrence: the trigger date (YYYY-MM-DD) for INICIAL, CONCLUSIÓN and avisos; the
      -- reported year (YYYY) for MODIFICACIÓN and the constancia fiscal.
      period_key text NOT NULL,
      trigger_date date NOT NULL,
      window_start date NOT NULL,
      due_date date NOT NULL,
      state text NOT NULL CHECK (state IN ${OBLIGATION_STATES}),
      met_by_filing_id uuid REFERENCES filings(id),
      met_by_record_id uuid,
      met_on date,
      basis text NOT NULL,
      computed_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (institution_id, person_id, kind, period_key)
    )`);
    await q.query(`CREATE INDEX obligations_state ON obligations (institution_id, state, due_date)`);

    await q.query(`CREATE TABLE requerimientos (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      institution_id uuid NOT NULL REFERENCES institutions(id),
      obligation_id uuid NOT NULL REFERENCES obligations(id),
      person_id uuid NOT NULL REFERENCES roster_people(id),
      folio text NOT NULL,
      issued_at timestamptz NOT NULL DEFAULT now(),
      issued_by uuid REFERENCES users(id),
      -- The sealed letter (PDF) in the document store, and its hash (what /verificar looks up).
      storage_key text,
      sha256 char(64),
      size integer,
      notified_at timestamptz,
      notified_to text,
      deadline date,
      UNIQUE (institution_id, folio)
    )`);
    await q.query(`CREATE INDEX requerimientos_obligation ON requerimientos (institution_id, obligation_id)`);
    await q.query(`CREATE INDEX requerimientos_sha256 ON requerimientos (sha256)`);

    // Once per obligation and offset, whatever the restarts or the number of workers.
    await q.query(`CREATE TABLE reminder_sends (
      institution_id uuid NOT NULL REFERENCES institutions(id),
      obligation_id uuid NOT NULL REFERENCES obligations(id) ON DELETE CASCADE,
      offset_days integer NOT NULL,
      sent_at timestamptz NOT NULL DEFAULT now(),
      sent_to text NOT NULL,
      PRIMARY KEY (institution_id, obligation_id, offset_days)
    )`);

    // The SAT's acuse of the annual tax return (LGRA art. 32): private, never in S1.
    await q.query(`CREATE TABLE tax_constancias (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      institution_id uuid NOT NULL REFERENCES institutions(id),
      user_id uuid NOT NULL REFERENCES users(id),
      fiscal_year integer NOT NULL CHECK (fiscal_year BETWEEN 2000 AND 2100),
      declaration_id uuid REFERENCES declarations(id),
      file_name text NOT NULL,
      size integer NOT NULL,
      sha256 char(64) NOT NULL,
      storage_key text NOT NULL,
      uploaded_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX tax_constancias_user ON tax_constancias (institution_id, user_id, fiscal_year)`);

    // The aviso por cambio de ente público (Normas, Cuarta): datos generales and the new post, sealed.
    await q.query(`CREATE TABLE avisos_cambio_ente (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      institution_id uuid NOT NULL REFERENCES institutions(id),
      user_id uuid NOT NULL REFERENCES users(id),
      folio text NOT NULL,
      filed_at timestamptz NOT NULL DEFAULT now(),
      data jsonb NOT NULL,
      canonical_json text NOT NULL,
      sha256 char(64) NOT NULL,
      acuse_storage_key text,
      acuse_sha256 char(64),
      UNIQUE (institution_id, folio)
    )`);

    // Settings the console needs: reminder offsets, whether the constancia is required, signing text.
    await q.query(`ALTER TABLE institutions
      ADD COLUMN reminder_offsets integer[] NOT NULL DEFAULT '{30,7,1}',
      ADD COLUMN requires_tax_constancia boolean NOT NULL DEFAULT false,
      ADD COLUMN signing_legal_text text CHECK (char_length(signing_legal_text) <= 4000)`);

    for (const table of ['tax_constancias', 'avisos_cambio_ente']) await enableTenantRls(q, table);
    await grant(q, 'tax_constancias', 'SELECT, INSERT');
    await grant(q, 'avisos_cambio_ente', 'SELECT, INSERT, UPDATE');

    for (const table of ['roster_people', 'roster_imports', 'roster_import_rows', 'roster_events', 'obligations', 'requerimientos', 'reminder_sends']) {
      await enableTenantRls(q, table);
    }
    await grant(q, 'roster_people', 'SELECT, INSERT, UPDATE');
    await grant(q, 'roster_imports', 'SELECT, INSERT, UPDATE');
    await grant(q, 'roster_import_rows', 'SELECT, INSERT, DELETE');
    await grant(q, 'roster_events', 'SELECT, INSERT, UPDATE');
    await grant(q, 'obligations', 'SELECT, INSERT, UPDATE, DELETE');
    await grant(q, 'requerimientos', 'SELECT, INSERT, UPDATE');
    await grant(q, 'reminder_sends', 'SELECT, INSERT');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE institutions DROP COLUMN reminder_offsets, DROP COLUMN requires_tax_constancia, DROP COLUMN signing_legal_text`);
    for (const table of ['avisos_cambio_ente', 'tax_constancias', 'reminder_sends', 'requerimientos', 'obligations', 'roster_events', 'roster_import_rows', 'roster_imports', 'roster_people']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
