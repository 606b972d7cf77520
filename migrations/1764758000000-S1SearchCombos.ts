import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grant } from './rls';

/** The facet that counts full names; its name lists the search-key columns it joins, in order. */
const FULL_NAME_FACET = 'nombres_norm,primer_apellido_norm,segundo_apellido_norm';

const NAME_PARTS = ['nombres_norm', 'primer_apellido_norm', 'segundo_apellido_norm'];
const TEXT_FACETS = ['nombres_norm', 'primer_apellido_norm', 'segundo_apellido_norm', 'ente_norm', 'empleo_norm', 'nivel_empleo_norm', 'nivel_orden_gobierno', 'entidad_federativa', 'municipio_alcaldia'];

/**
 * Exact S1 counts for the two searches that still counted rows at a million publications
 * (BENCHMARKS.md, «S1 bajo la carga de la PDN»):
 *
 * - **Several name conditions** (nombres and primerApellido, as the PDN website sends a full name):
 *   `s1_search_counts` also counts each full name (the three parts joined by a separator), so
 *   `nombres LIKE %a% AND primer_apellido LIKE %b%` is one LIKE over the distinct full names,
 *   `%a%␟%b%␟%`, found with a trigram index on those values and summed; the page then looks those
 *   names up in an index of `s1_search_keys` that holds each row's place and id.
 * - **An inmueble value range** `[min, max]`: the declarations whose smallest value is in it come
 *   from the amount buckets; the rest are those with a smaller value and another one in the range.
 *   For each declaration's distinct values in ascending order, `s1_search_va_steps` keeps every value
 *   but the smallest with the one just below it. A declaration with a value below `min` and another in
 *   `[min, max]` has exactly one step that crosses `min` (`below < min <= value`), and it lies in the
 *   range, so the count is an index-only range scan of the steps in `[min, max]`.
 *
 * Kept by SECURITY DEFINER triggers on `s1_search_keys`, like `s1_search_counts`: public projection
 * values only, no row policy, read-only for the app.
 */
export class S1SearchCombos1764758000000 implements MigrationInterface {
  name = 'S1SearchCombos1764758000000';

  async up(q: QueryRunner): Promise<void> {
    // The three name parts joined by a control character no normalized name holds. Inlined by the
    // planner, so the index below serves every query that writes the same call.
    await q.query(`CREATE FUNCTION s1_full_name(nombres text, primer_apellido text, segundo_apellido text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT nombres || E'\\x1f' || primer_apellido || E'\\x1f' || segundo_apellido $$`);
    const fullName = `s1_full_name(k.nombres_norm, k.primer_apellido_norm, k.segundo_apellido_norm)`;
    await q.query(`CREATE OR REPLACE FUNCTION s1_search_facets(k s1_search_keys) RETURNS TABLE (facet text, value text) LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT f.facet, f.value FROM (VALUES ${TEXT_FACETS.map((c) => `('${c}', k.${c})`).join(', ')}, ('${FULL_NAME_FACET}', ${fullName}),
        ('total_ingresos_netos', s1_amount_bucket_key(k.total_ingresos_netos)), ('va_min', s1_amount_bucket_key(k.va_min))) AS f(facet, value)
       WHERE f.value IS NOT NULL
      UNION ALL
      SELECT DISTINCT 'escolaridad_niveles', e FROM unnest(k.escolaridad_niveles) AS e $$`);
    await q.query(`INSERT INTO s1_search_counts (institution_id, facet, value, n)
      SELECT k.institution_id, '${FULL_NAME_FACET}', ${fullName}, count(*) FROM s1_search_keys k GROUP BY 1, 2, 3`);
    await q.query(`CREATE INDEX s1_search_counts_full_name_trgm ON s1_search_counts USING gin (value gin_trgm_ops) WHERE facet = '${FULL_NAME_FACET}'`);
    // A name search finds its few matching full names in the counts (index above), then their rows
    // here, with each row's place and id in the index itself: no heap read. Each part's own trigram
    // index found only one condition's rows and read them all from the heap to check the others.
    await q.query(`CREATE INDEX s1_search_keys_full_name_idx ON s1_search_keys (institution_id, ${fullName.replaceAll('k.', '')}, seq) INCLUDE (s1_id)`);
    for (const col of NAME_PARTS) await q.query(`DROP INDEX IF EXISTS s1_search_keys_${col}_trgm`);

    await q.query(`CREATE TABLE s1_search_va_steps (
      institution_id uuid NOT NULL REFERENCES institutions(id),
      s1_id text NOT NULL,
      value numeric NOT NULL,
      below numeric NOT NULL,
      PRIMARY KEY (institution_id, s1_id, value)
    )`);
    await q.query(`CREATE INDEX s1_search_va_steps_value_idx ON s1_search_va_steps (institution_id, value) INCLUDE (below)`);
    await grant(q, 's1_search_va_steps', 'SELECT');
    // Distinct values of one declaration's inmuebles, each but the smallest with the one below it.
    await q.query(`CREATE FUNCTION s1_va_steps(inmuebles jsonb) RETURNS TABLE (value numeric, below numeric) LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT v, b FROM (SELECT d.v, lag(d.v) OVER (ORDER BY d.v) AS b
                          FROM (SELECT DISTINCT i.va AS v FROM jsonb_to_recordset(inmuebles) AS i(va numeric) WHERE i.va IS NOT NULL) d) s
       WHERE b IS NOT NULL $$`);
    const insert = (rows: string) =>
      `INSERT INTO s1_search_va_steps (institution_id, s1_id, value, below) SELECT r.institution_id, r.s1_id, s.value, s.below FROM ${rows} r, s1_va_steps(r.inmuebles) s`;
    const remove = (rows: string) => `DELETE FROM s1_search_va_steps t USING ${rows} o WHERE t.institution_id = o.institution_id AND t.s1_id = o.s1_id`;
    const fn = (name: string, body: string) =>
      q.query(`CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$ BEGIN ${body}; RETURN NULL; END $$`);
    await fn('s1_search_va_steps_insert', insert('new_rows'));
    await fn('s1_search_va_steps_delete', remove('old_rows'));
    await fn('s1_search_va_steps_update', `${remove('old_rows')}; ${insert('new_rows')}`);
    await q.query(`CREATE TRIGGER s1_search_va_steps_insert AFTER INSERT ON s1_search_keys REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION s1_search_va_steps_insert()`);
    await q.query(`CREATE TRIGGER s1_search_va_steps_delete AFTER DELETE ON s1_search_keys REFERENCING OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION s1_search_va_steps_delete()`);
    await q.query(`CREATE TRIGGER s1_search_va_steps_update AFTER UPDATE ON s1_search_keys REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION s1_search_va_steps_update()`);
    await q.query(insert('s1_search_keys'));
    // The steps replace this index (the rows that differ in value, read with their documents).
    await q.query(`DROP INDEX IF EXISTS s1_search_keys_va_spread_idx`);
    // A large backfill leaves the planner with the old statistics (a sequential scan of the counts for
    // every name search) until autovacuum comes round: gather them now.
    await q.query(`ANALYZE s1_search_keys`);
    await q.query(`ANALYZE s1_search_counts`);
    await q.query(`ANALYZE s1_search_va_steps`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX IF NOT EXISTS s1_search_keys_va_spread_idx ON s1_search_keys (institution_id, va_max) INCLUDE (va_min) WHERE va_min < va_max`);
    for (const t of ['insert', 'update', 'delete']) await q.query(`DROP TRIGGER IF EXISTS s1_search_va_steps_${t} ON s1_search_keys`);
    await q.query(`DROP TABLE IF EXISTS s1_search_va_steps`);
    for (const t of ['insert', 'update', 'delete']) await q.query(`DROP FUNCTION IF EXISTS s1_search_va_steps_${t}()`);
    await q.query(`DROP FUNCTION IF EXISTS s1_va_steps(jsonb)`);
    for (const col of NAME_PARTS) await q.query(`CREATE INDEX IF NOT EXISTS s1_search_keys_${col}_trgm ON s1_search_keys USING gin (${col} gin_trgm_ops)`);
    await q.query(`DROP INDEX IF EXISTS s1_search_keys_full_name_idx`);
    await q.query(`DROP INDEX IF EXISTS s1_search_counts_full_name_trgm`);
    await q.query(`DELETE FROM s1_search_counts WHERE facet = '${FULL_NAME_FACET}'`);
    await q.query(`CREATE OR REPLACE FUNCTION s1_search_facets(k s1_search_keys) RETURNS TABLE (facet text, value text) LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT f.facet, f.value FROM (VALUES ${TEXT_FACETS.map((c) => `('${c}', k.${c})`).join(', ')},
        ('total_ingresos_netos', s1_amount_bucket_key(k.total_ingresos_netos)), ('va_min', s1_amount_bucket_key(k.va_min))) AS f(facet, value)
       WHERE f.value IS NOT NULL
      UNION ALL
      SELECT DISTINCT 'escolaridad_niveles', e FROM unnest(k.escolaridad_niveles) AS e $$`);
    await q.query(`DROP FUNCTION IF EXISTS s1_full_name(text, text, text)`);
  }
}
