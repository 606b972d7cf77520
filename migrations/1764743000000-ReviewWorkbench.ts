import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls, grant } from './rls';

const REVIEW_STATES = `('SIN_REVISAR', 'EN_REVISION', 'CON_OBSERVACIONES', 'CONCLUIDA')`;

/**
 * The reviewer's workbench: the OIC's review of each filing (state, assignee, append-only notes) and
 * the indexes its list needs at 300,000 filings.
 */
export class ReviewWorkbench1764743000000 implements MigrationInterface {
  name = 'ReviewWorkbench1764743000000';

  async up(q: QueryRunner): Promise<void> {
    // One row per reviewed filing; a filing without a row is «sin revisar». `version` guards concurrent edits.
    await q.query(`CREATE TABLE filing_reviews (
      filing_id uuid PRIMARY KEY REFERENCES filings(id),
      institution_id uuid NOT NULL REFERENCES institutions(id),
      state text NOT NULL CHECK (state IN ${REVIEW_STATES}),
      assignee_id uuid REFERENCES users(id),
      version integer NOT NULL DEFAULT 1,
      updated_by uuid REFERENCES users(id),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX filing_reviews_state ON filing_reviews (institution_id, state)`);
    await q.query(`CREATE INDEX filing_reviews_assignee ON filing_reviews (institution_id, assignee_id) WHERE assignee_id IS NOT NULL`);

    await q.query(`CREATE TABLE filing_review_notes (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      institution_id uuid NOT NULL REFERENCES institutions(id),
      filing_id uuid NOT NULL REFERENCES filings(id),
      author_id uuid NOT NULL REFERENCES users(id),
      body text NOT NULL CHECK (char_length(body) BETWEEN 1 AND 4000),
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX filing_review_notes_filing ON filing_review_notes (institution_id, filing_id, created_at)`);

    for (const table of ['filing_reviews', 'filing_review_notes']) await enableTenantRls(q, table);
    await grant(q, 'filing_reviews', 'SELECT, INSERT, UPDATE');
    // Notes are append-only: no UPDATE or DELETE for the app.
    await grant(q, 'filing_review_notes', 'SELECT, INSERT');

    // The list's order (newest first) and its search keys: the filer's name (their account's, as the
    // list shows it) folded like the query (trigram, any word order), and the folio.
    // The filter columns ride along, so a filtered page and its count read the index alone.
    await q.query(`CREATE INDEX filings_workbench_order ON filings (institution_id, filed_at DESC, id DESC)
      INCLUDE (tipo, folio_year, declaracion_completa, user_id)`);
    await q.query(`CREATE INDEX users_name_trgm ON users USING gin
      ((translate(lower(nombre || ' ' || primer_apellido || ' ' || coalesce(segundo_apellido, '')), 'áéíóúüñ', 'aeiouun')) gin_trgm_ops)`);
    await q.query(`CREATE INDEX filings_folio_prefix ON filings (institution_id, folio text_pattern_ops)`);
    // Under forced RLS only leakproof operators reach an index of filings (upper() and #>> are not), so
    // CURP and RFC are looked up in users (no RLS) and their filings then found by user_id.
    await q.query(`CREATE INDEX users_rfc ON users (rfc, homoclave) WHERE rfc IS NOT NULL`);
    // The obligation a filing met, for the «estado de la obligación» filter.
    await q.query(`CREATE INDEX obligations_met_by_filing ON obligations (institution_id, met_by_filing_id) WHERE met_by_filing_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const index of ['obligations_met_by_filing', 'users_rfc', 'filings_folio_prefix', 'users_name_trgm', 'filings_workbench_order']) {
      await q.query(`DROP INDEX IF EXISTS ${index}`);
    }
    await q.query(`DROP TABLE IF EXISTS filing_review_notes`);
    await q.query(`DROP TABLE IF EXISTS filing_reviews`);
  }
}
