import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls, grant } from './rls';

/**
 * Integrity intelligence (issue 17): per-institution threshold versions, a risk score per filing and
 * threshold version (old scores keep theirs), batch re-score runs with their progress, the companies a
 * filing declares an interest in (RFCs for a later match against procurement data), and the yearly
 * exchange rates the operator loads from Banco de México's FIX series. All private to the institution's
 * reviewers and admins: nothing here is read by S1, the bulk download or the public PDF.
 */
export class IntegrityScores1764760000000 implements MigrationInterface {
  name = 'IntegrityScores1764760000000';

  async up(q: QueryRunner): Promise<void> {
    // Append-only: a change of thresholds is a new version (the app may not UPDATE or DELETE).
    await q.query(`CREATE TABLE integrity_threshold_versions (
      institution_id uuid NOT NULL REFERENCES institutions(id),
      version integer NOT NULL CHECK (version >= 1),
      thresholds jsonb NOT NULL,
      created_by uuid REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (institution_id, version)
    )`);

    await q.query(`CREATE TABLE filing_risk_scores (
      institution_id uuid NOT NULL,
      filing_id uuid NOT NULL,
      threshold_version integer NOT NULL,
      score integer NOT NULL CHECK (score >= 0),
      flag_count integer NOT NULL CHECK (flag_count >= 0),
      rule_codes text[] NOT NULL,
      flags jsonb NOT NULL,
      scored_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (filing_id, threshold_version, institution_id),
      FOREIGN KEY (filing_id, institution_id) REFERENCES filings (id, institution_id),
      FOREIGN KEY (institution_id, threshold_version) REFERENCES integrity_threshold_versions (institution_id, version)
    )`);
    // The reviewer's queue: riskiest first under the current version.
    await q.query(`CREATE INDEX filing_risk_scores_queue ON filing_risk_scores (institution_id, threshold_version, score DESC, filing_id)`);

    await q.query(`CREATE TABLE integrity_rescore_runs (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      institution_id uuid NOT NULL,
      threshold_version integer NOT NULL,
      state text NOT NULL CHECK (state IN ('PENDIENTE', 'EN_CURSO', 'TERMINADA', 'FALLIDA')),
      total integer NOT NULL DEFAULT 0,
      done integer NOT NULL DEFAULT 0,
      -- Resumable: the last user whose filings are scored (keyset order by user_id).
      cursor_user_id uuid,
      error text,
      started_at timestamptz NOT NULL DEFAULT now(),
      finished_at timestamptz,
      PRIMARY KEY (id, institution_id),
      FOREIGN KEY (institution_id, threshold_version) REFERENCES integrity_threshold_versions (institution_id, version)
    )`);
    await q.query(`CREATE INDEX integrity_rescore_runs_latest ON integrity_rescore_runs (institution_id, started_at DESC)`);
    // One run per version: starting it twice (a repeated request, two processes) finds the first.
    await q.query(`CREATE UNIQUE INDEX integrity_rescore_runs_one_per_version ON integrity_rescore_runs (institution_id, threshold_version)`);

    await q.query(`CREATE TABLE filing_interest_companies (
      institution_id uuid NOT NULL,
      filing_id uuid NOT NULL,
      section text NOT NULL,
      item integer NOT NULL,
      rfc text,
      nombre text,
      sector text,
      PRIMARY KEY (filing_id, section, item, institution_id),
      FOREIGN KEY (filing_id, institution_id) REFERENCES filings (id, institution_id)
    )`);
    await q.query(`CREATE INDEX filing_interest_companies_rfc ON filing_interest_companies (institution_id, rfc) WHERE rfc IS NOT NULL`);

    for (const table of ['integrity_threshold_versions', 'filing_risk_scores', 'integrity_rescore_runs', 'filing_interest_companies']) {
      await enableTenantRls(q, table);
    }
    await grant(q, 'integrity_threshold_versions', 'SELECT, INSERT');
    await grant(q, 'filing_risk_scores', 'SELECT, INSERT, UPDATE');
    await grant(q, 'integrity_rescore_runs', 'SELECT, INSERT, UPDATE');
    await grant(q, 'filing_interest_companies', 'SELECT, INSERT, UPDATE, DELETE');

    // Platform-wide: the same yearly rate serves every institution; only operators write it.
    await q.query(`CREATE TABLE platform_fx_rates (
      currency text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
      year integer NOT NULL CHECK (year BETWEEN 1900 AND 2200),
      mxn_per_unit numeric(14, 6) NOT NULL CHECK (mxn_per_unit > 0),
      observations integer NOT NULL CHECK (observations > 0),
      source text NOT NULL,
      imported_by uuid REFERENCES users(id),
      imported_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (currency, year)
    )`);
    await q.query(`ALTER TABLE platform_fx_rates ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE platform_fx_rates FORCE ROW LEVEL SECURITY`);
    // Every scope reads the rates (scoring runs in an institution's scope); only operators change them.
    await q.query(`CREATE POLICY fx_read ON platform_fx_rates FOR SELECT USING (true)`);
    await q.query(`CREATE POLICY fx_write ON platform_fx_rates FOR ALL USING (app_scope() = 'platform') WITH CHECK (app_scope() = 'platform')`);
    await grant(q, 'platform_fx_rates', 'SELECT, INSERT, UPDATE');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS platform_fx_rates, filing_interest_companies, integrity_rescore_runs, filing_risk_scores, integrity_threshold_versions`);
  }
}
