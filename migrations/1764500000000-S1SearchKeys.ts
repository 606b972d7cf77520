import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grant } from './rls';

/** The public fields S1 filters and sorts on: every one of them comes from the public projection. */
export const S1_SEARCH_KEY_COLUMNS = [
  'institution_id', 's1_id', 'seq', 'nombres_norm', 'primer_apellido_norm', 'segundo_apellido_norm', 'escolaridad_niveles',
  'escolaridad_min', 'escolaridad_max', 'ente_norm', 'empleo_norm', 'nivel_empleo_norm', 'nivel_orden_gobierno',
  'entidad_federativa', 'municipio_alcaldia', 'total_ingresos_netos', 'inmuebles', 'sc_min', 'sc_max', 'st_min', 'st_max',
  'va_min', 'va_max', 'fa_min', 'fa_max',
] as const;

/**
 * S1 search keys: a copy of the filter and sort columns of `s1_publications`, kept by triggers.
 *
 * Why a copy: on a table with row-level security PostgreSQL evaluates the policy before any
 * condition whose operator is not LEAKPROOF, and hides its statistics from such operators. LIKE,
 * numeric comparisons and array containment are not leakproof, so under the tenant policy the
 * trigram, income and state indexes went unused and every filtered S1 query read all of an
 * institution's publications (70 ms at 120 000, seconds at millions).
 *
 * This table holds only what the public projection already publishes, has no row policy, and the
 * app role may only read it: rows are written solely by the triggers below (SECURITY DEFINER),
 * which copy the rows of `s1_publications` writes, and those writes pass its tenant policy. The
 * declarations themselves (`s1_publications.document`) stay behind the tenant policy: a search
 * finds keys here, names its institutions explicitly, and reads the documents there.
 */
export class S1SearchKeys1764500000000 implements MigrationInterface {
  name = 'S1SearchKeys1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE s1_search_keys (
      institution_id uuid NOT NULL REFERENCES institutions(id),
      s1_id text NOT NULL,
      seq integer NOT NULL CHECK (seq > 0),
      nombres_norm text NOT NULL,
      primer_apellido_norm text NOT NULL,
      segundo_apellido_norm text NOT NULL,
      escolaridad_niveles text[] NOT NULL,
      escolaridad_min text,
      escolaridad_max text,
      ente_norm text NOT NULL,
      empleo_norm text NOT NULL,
      nivel_empleo_norm text NOT NULL,
      nivel_orden_gobierno text,
      entidad_federativa text,
      municipio_alcaldia text,
      total_ingresos_netos numeric,
      inmuebles jsonb NOT NULL,
      sc_min numeric, sc_max numeric,
      st_min numeric, st_max numeric,
      va_min numeric, va_max numeric,
      fa_min text, fa_max text,
      PRIMARY KEY (institution_id, s1_id)
    )`);
    await q.query(`CREATE INDEX s1_search_keys_seq_idx ON s1_search_keys (institution_id, seq)`);
    for (const col of ['nombres_norm', 'primer_apellido_norm', 'segundo_apellido_norm', 'ente_norm', 'empleo_norm']) {
      await q.query(`CREATE INDEX s1_search_keys_${col}_trgm ON s1_search_keys USING gin (${col} gin_trgm_ops)`);
    }
    await q.query(`CREATE INDEX s1_search_keys_place_idx ON s1_search_keys (institution_id, entidad_federativa, municipio_alcaldia)`);
    await q.query(`CREATE INDEX s1_search_keys_escolaridad_idx ON s1_search_keys USING gin (escolaridad_niveles)`);
    // Sorts the PDN offers, in the exact order the query asks for (value, then s1_id), so page 1 reads ten rows.
    await q.query(`CREATE INDEX s1_search_keys_income_asc_idx ON s1_search_keys (institution_id, total_ingresos_netos, s1_id)`);
    await q.query(`CREATE INDEX s1_search_keys_income_desc_idx ON s1_search_keys (institution_id, total_ingresos_netos DESC NULLS LAST, s1_id)`);
    await q.query(`CREATE INDEX s1_search_keys_apellido_idx ON s1_search_keys (institution_id, primer_apellido_norm, s1_id)`);
    await q.query(`CREATE INDEX s1_search_keys_nombres_idx ON s1_search_keys (institution_id, nombres_norm, s1_id)`);
    await q.query(`CREATE INDEX s1_search_keys_va_min_idx ON s1_search_keys (institution_id, va_min)`);
    await q.query(`CREATE INDEX s1_search_keys_va_max_idx ON s1_search_keys (institution_id, va_max)`);

    await grant(q, 's1_search_keys', 'SELECT');

    // Kept by the database, whoever writes the publications: one statement per change, not per row.
    // SECURITY DEFINER with a fixed search_path: the only way rows get in, out or change.
    const cols = S1_SEARCH_KEY_COLUMNS.join(', ');
    const set = S1_SEARCH_KEY_COLUMNS.filter((c) => c !== 'institution_id' && c !== 's1_id').map((c) => `${c} = n.${c}`).join(', ');
    await q.query(`CREATE FUNCTION s1_search_keys_insert() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      BEGIN INSERT INTO s1_search_keys (${cols}) SELECT ${cols} FROM new_rows; RETURN NULL; END $$`);
    await q.query(`CREATE FUNCTION s1_search_keys_update() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      BEGIN
        UPDATE s1_search_keys k SET ${set} FROM new_rows n WHERE k.institution_id = n.institution_id AND k.s1_id = n.s1_id;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE FUNCTION s1_search_keys_delete() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      BEGIN
        DELETE FROM s1_search_keys k USING old_rows o WHERE k.institution_id = o.institution_id AND k.s1_id = o.s1_id;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER s1_search_keys_insert AFTER INSERT ON s1_publications REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION s1_search_keys_insert()`);
    await q.query(`CREATE TRIGGER s1_search_keys_update AFTER UPDATE ON s1_publications REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION s1_search_keys_update()`);
    await q.query(`CREATE TRIGGER s1_search_keys_delete AFTER DELETE ON s1_publications REFERENCING OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION s1_search_keys_delete()`);

    // Existing publications, read by the owner with the tenant policy lifted for this step only.
    await q.query(`ALTER TABLE s1_publications NO FORCE ROW LEVEL SECURITY`);
    await q.query(`INSERT INTO s1_search_keys (${cols}) SELECT ${cols} FROM s1_publications`);
    await q.query(`ALTER TABLE s1_publications FORCE ROW LEVEL SECURITY`);

    // Searches no longer read these from s1_publications (the policy kept them unused anyway).
    for (const col of ['nombres_norm', 'primer_apellido_norm', 'segundo_apellido_norm', 'ente_norm', 'empleo_norm']) {
      await q.query(`DROP INDEX s1_publications_${col}_trgm`);
    }
    for (const index of ['s1_publications_place_idx', 's1_publications_income_idx', 's1_publications_escolaridad_idx']) await q.query(`DROP INDEX ${index}`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['insert', 'update', 'delete']) await q.query(`DROP TRIGGER IF EXISTS s1_search_keys_${t} ON s1_publications`);
    await q.query(`DROP TABLE IF EXISTS s1_search_keys`);
    for (const t of ['insert', 'update', 'delete']) await q.query(`DROP FUNCTION IF EXISTS s1_search_keys_${t}()`);
  }
}
