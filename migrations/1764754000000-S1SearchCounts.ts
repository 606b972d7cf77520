import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grant } from './rls';

/** Width of an amount bucket: each one spans 1 % of value, so an edge bucket holds a sliver of the rows. */
const BUCKET_RATIO = 1.01;

/**
 * Exact S1 counts that do not grow with the rows a broad filter matches.
 *
 * The PDN asks for `totalRows` with every page. Counting the matches again costs in proportion to
 * them: half an institution's rows for a state or an ente, 40 % for an income range; at a million
 * publications, seconds per query under load. `s1_search_counts` keeps, per institution, how many
 * publications have each value of each filter column (`facet`), and for the income a histogram of
 * amount buckets, so a one-filter count is a sum over a few rows: an equality filter reads one,
 * a text filter (contains) the distinct values of its column, a range the buckets inside it plus an
 * index count of the two edge buckets (`s1_search_keys_income_bucket_idx`).
 *
 * Kept by SECURITY DEFINER triggers on `s1_search_keys` in the publishing transaction, so a count is
 * as exact as the rows (and a streaming replica receives both together). Like `s1_search_keys` it
 * holds only what the public projection publishes, has no row policy, and the app may only read it.
 */
export class S1SearchCounts1764754000000 implements MigrationInterface {
  name = 'S1SearchCounts1764754000000';

  async up(q: QueryRunner): Promise<void> {
    // Bucket 0: below 1 (nothing, zero, negative); then one bucket per 1 % of value. Immutable: an index uses it.
    await q.query(`CREATE FUNCTION s1_amount_bucket(v numeric) RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT CASE WHEN v IS NULL THEN NULL WHEN v < 1 THEN 0 ELSE 1 + floor(ln(v::float8) / ln(${BUCKET_RATIO}::float8))::integer END $$`);
    // Zero-padded so the text key sorts like the number (a range of buckets is a range of the primary key).
    await q.query(`CREATE FUNCTION s1_amount_bucket_key(v numeric) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT lpad(s1_amount_bucket(v)::text, 6, '0') $$`);
    await q.query(`CREATE INDEX s1_search_keys_income_bucket_idx ON s1_search_keys (institution_id, s1_amount_bucket(total_ingresos_netos), total_ingresos_netos)`);
    await q.query(`CREATE INDEX s1_search_keys_va_bucket_idx ON s1_search_keys (institution_id, s1_amount_bucket(va_min), va_min)`);
    // Declarations whose inmuebles differ in value: the only ones a value range cannot count from va_min alone.
    await q.query(`CREATE INDEX s1_search_keys_va_spread_idx ON s1_search_keys (institution_id, va_max) INCLUDE (va_min) WHERE va_min < va_max`);

    await q.query(`CREATE TABLE s1_search_counts (
      institution_id uuid NOT NULL REFERENCES institutions(id),
      facet text NOT NULL,
      value text NOT NULL,
      -- No CHECK (n >= 0): a removal arrives as a proposed row with n = -1 that ON CONFLICT turns into a
      -- decrement, and PostgreSQL checks the proposed row before it finds the conflict.
      n integer NOT NULL,
      PRIMARY KEY (institution_id, facet, value)
    )`);
    await grant(q, 's1_search_counts', 'SELECT');

    // The counted values of one row: facet names are the s1_search_keys columns the filters read.
    const text = ['nombres_norm', 'primer_apellido_norm', 'segundo_apellido_norm', 'ente_norm', 'empleo_norm', 'nivel_empleo_norm', 'nivel_orden_gobierno', 'entidad_federativa', 'municipio_alcaldia'];
    await q.query(`CREATE FUNCTION s1_search_facets(k s1_search_keys) RETURNS TABLE (facet text, value text) LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT f.facet, f.value FROM (VALUES ${text.map((c) => `('${c}', k.${c})`).join(', ')},
        ('total_ingresos_netos', s1_amount_bucket_key(k.total_ingresos_netos)), ('va_min', s1_amount_bucket_key(k.va_min))) AS f(facet, value)
       WHERE f.value IS NOT NULL
      UNION ALL
      SELECT DISTINCT 'escolaridad_niveles', e FROM unnest(k.escolaridad_niveles) AS e $$`);

    // One statement per change, rows in key order so concurrent publishers lock them in the same order.
    const delta = (rows: string, sign: 1 | -1) => `SELECT r.institution_id, f.facet, f.value, ${sign} AS n FROM ${rows} r, s1_search_facets(r) f`;
    const apply = (union: string) => `INSERT INTO s1_search_counts (institution_id, facet, value, n)
        SELECT institution_id, facet, value, sum(n)::integer FROM (${union}) AS u GROUP BY 1, 2, 3 HAVING sum(n) <> 0 ORDER BY 1, 2, 3
        ON CONFLICT (institution_id, facet, value) DO UPDATE SET n = s1_search_counts.n + EXCLUDED.n`;
    await q.query(`CREATE FUNCTION s1_search_counts_insert() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      BEGIN ${apply(delta('new_rows', 1))}; RETURN NULL; END $$`);
    await q.query(`CREATE FUNCTION s1_search_counts_delete() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      BEGIN ${apply(delta('old_rows', -1))}; RETURN NULL; END $$`);
    await q.query(`CREATE FUNCTION s1_search_counts_update() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      BEGIN ${apply(`${delta('new_rows', 1)} UNION ALL ${delta('old_rows', -1)}`)}; RETURN NULL; END $$`);
    await q.query(`CREATE TRIGGER s1_search_counts_insert AFTER INSERT ON s1_search_keys REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION s1_search_counts_insert()`);
    await q.query(`CREATE TRIGGER s1_search_counts_delete AFTER DELETE ON s1_search_keys REFERENCING OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION s1_search_counts_delete()`);
    await q.query(`CREATE TRIGGER s1_search_counts_update AFTER UPDATE ON s1_search_keys REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION s1_search_counts_update()`);

    // Publications already there (s1_search_keys has no row policy: the owner reads them all).
    await q.query(`INSERT INTO s1_search_counts (institution_id, facet, value, n)
      SELECT k.institution_id, f.facet, f.value, count(*) FROM s1_search_keys k, s1_search_facets(k) f GROUP BY 1, 2, 3`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['insert', 'update', 'delete']) await q.query(`DROP TRIGGER IF EXISTS s1_search_counts_${t} ON s1_search_keys`);
    await q.query(`DROP TABLE IF EXISTS s1_search_counts`);
    for (const t of ['insert', 'update', 'delete']) await q.query(`DROP FUNCTION IF EXISTS s1_search_counts_${t}()`);
    await q.query(`DROP FUNCTION IF EXISTS s1_search_facets(s1_search_keys)`);
    for (const index of ['income_bucket', 'va_bucket', 'va_spread']) await q.query(`DROP INDEX IF EXISTS s1_search_keys_${index}_idx`);
    await q.query(`DROP FUNCTION IF EXISTS s1_amount_bucket_key(numeric)`);
    await q.query(`DROP FUNCTION IF EXISTS s1_amount_bucket(numeric)`);
  }
}
