import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, enableTenantRls, grant } from './rls';

/**
 * Institutions, accounts, memberships, invitations, sessions, the audit chain and the job outbox.
 * Tenant-owned tables get FORCE ROW LEVEL SECURITY; global tables (people, sessions) do not,
 * because a person belongs to several institutions and reaches them only through memberships.
 */
export class Foundation1764000000000 implements MigrationInterface {
  name = 'Foundation1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${APP_ROLE}') THEN
          CREATE ROLE ${APP_ROLE} NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
        END IF;
      END $$`);
    // Lets a non-superuser owner switch to the app role at connection time.
    await q.query(`DO $$ BEGIN
        IF NOT pg_has_role(current_user, '${APP_ROLE}', 'MEMBER') THEN
          EXECUTE format('GRANT ${APP_ROLE} TO %I', current_user);
        END IF;
      END $$`);
    await q.query(`GRANT USAGE ON SCHEMA public TO ${APP_ROLE}`);

    // Context readers for policies. A missing setting reads as NULL, which matches no row.
    await q.query(`CREATE FUNCTION app_institution_id() RETURNS uuid LANGUAGE sql STABLE
      AS $$ SELECT nullif(current_setting('app.institution_id', true), '')::uuid $$`);
    await q.query(`CREATE FUNCTION app_user_id() RETURNS uuid LANGUAGE sql STABLE
      AS $$ SELECT nullif(current_setting('app.user_id', true), '')::uuid $$`);
    await q.query(`CREATE FUNCTION app_scope() RETURNS text LANGUAGE sql STABLE
      AS $$ SELECT coalesce(nullif(current_setting('app.scope', true), ''), 'none') $$`);

    await q.query(`CREATE TABLE institutions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]([a-z0-9-]{0,38}[a-z0-9])?$'),
      name text NOT NULL CHECK (char_length(name) BETWEEN 3 AND 200),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);

    await q.query(`CREATE TABLE users (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      email text NOT NULL CHECK (email = lower(email) AND position('@' in email) > 1),
      password_hash text NOT NULL,
      nombre text NOT NULL,
      primer_apellido text NOT NULL,
      segundo_apellido text,
      curp char(18) UNIQUE,
      rfc char(10),
      homoclave char(3),
      is_operator boolean NOT NULL DEFAULT false,
      password_changed_at timestamptz NOT NULL DEFAULT now(),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((rfc IS NULL) = (homoclave IS NULL))
    )`);
    await q.query(`CREATE UNIQUE INDEX users_email_key ON users (email)`);

    await q.query(`CREATE TABLE memberships (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      institution_id uuid NOT NULL REFERENCES institutions(id),
      user_id uuid NOT NULL REFERENCES users(id),
      roles text[] NOT NULL CHECK (cardinality(roles) > 0 AND roles <@ ARRAY['DECLARANTE','REVISOR','ADMIN_INSTITUCION']),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (institution_id, user_id)
    )`);
    await q.query(`CREATE INDEX memberships_user_idx ON memberships (user_id)`);

    await q.query(`CREATE TABLE invitations (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      institution_id uuid NOT NULL REFERENCES institutions(id),
      email text NOT NULL CHECK (email = lower(email)),
      roles text[] NOT NULL CHECK (cardinality(roles) > 0 AND roles <@ ARRAY['DECLARANTE','REVISOR','ADMIN_INSTITUCION']),
      token_hash char(64) NOT NULL UNIQUE,
      token_sealed text,
      expires_at timestamptz NOT NULL,
      accepted_at timestamptz,
      accepted_user_id uuid REFERENCES users(id),
      revoked_at timestamptz,
      created_by uuid REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX invitations_institution_idx ON invitations (institution_id, created_at DESC)`);

    await q.query(`CREATE TABLE sessions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      active_institution_id uuid REFERENCES institutions(id),
      refresh_token_hash char(64) NOT NULL UNIQUE,
      previous_token_hash char(64),
      expires_at timestamptz NOT NULL,
      revoked_at timestamptz,
      user_agent text,
      created_at timestamptz NOT NULL DEFAULT now(),
      last_used_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX sessions_user_idx ON sessions (user_id)`);
    await q.query(`CREATE INDEX sessions_previous_token_idx ON sessions (previous_token_hash) WHERE previous_token_hash IS NOT NULL`);

    await q.query(`CREATE TABLE password_resets (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      token_hash char(64) NOT NULL UNIQUE,
      token_sealed text,
      expires_at timestamptz NOT NULL,
      used_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);

    await q.query(`CREATE TABLE login_attempts (
      key_hash char(64) PRIMARY KEY,
      failures integer NOT NULL DEFAULT 0,
      locked_until timestamptz,
      last_failure_at timestamptz NOT NULL DEFAULT now()
    )`);

    await q.query(`CREATE TABLE audit_events (
      id bigserial PRIMARY KEY,
      institution_id uuid REFERENCES institutions(id),
      seq bigint NOT NULL CHECK (seq > 0),
      occurred_at timestamptz NOT NULL,
      actor_user_id uuid,
      action text NOT NULL,
      target_type text,
      target_id text,
      details jsonb NOT NULL DEFAULT '{}'::jsonb,
      prev_hash char(64) NOT NULL,
      hash char(64) NOT NULL,
      CONSTRAINT audit_events_chain_seq UNIQUE NULLS NOT DISTINCT (institution_id, seq)
    )`);
    // Append-only even for the owner: history cannot be rewritten through the app or by mistake.
    await q.query(`CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'audit_events is append-only'; END $$`);
    await q.query(`CREATE TRIGGER audit_events_no_update BEFORE UPDATE OR DELETE ON audit_events
      FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()`);
    await q.query(`CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
      FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()`);

    await q.query(`CREATE TABLE outbox (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      institution_id uuid REFERENCES institutions(id),
      queue text NOT NULL,
      name text NOT NULL,
      job_id text NOT NULL UNIQUE,
      payload jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      relayed_at timestamptz,
      relay_attempts integer NOT NULL DEFAULT 0,
      last_error text,
      CHECK ((payload->>'institutionId') IS NOT DISTINCT FROM institution_id::text)
    )`);
    await q.query(`CREATE INDEX outbox_pending_idx ON outbox (created_at) WHERE relayed_at IS NULL`);
    // Wakes the relay as soon as an enqueuing transaction commits.
    await q.query(`CREATE FUNCTION outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM pg_notify('veraz_outbox', ''); RETURN NULL; END $$`);
    await q.query(`CREATE TRIGGER outbox_notify AFTER INSERT ON outbox FOR EACH STATEMENT EXECUTE FUNCTION outbox_notify()`);

    await enableTenantRls(q, 'memberships');
    await q.query(`CREATE POLICY own_memberships ON memberships FOR SELECT USING (user_id = app_user_id())`);
    await enableTenantRls(q, 'invitations');
    await q.query(`CREATE POLICY invitation_by_token ON invitations FOR SELECT
      USING (token_hash = nullif(current_setting('app.invitation_token_hash', true), ''))`);
    await enableTenantRls(q, 'audit_events');
    await q.query(`CREATE POLICY platform_chain ON audit_events FOR ALL
      USING (institution_id IS NULL AND app_scope() IN ('platform', 'auth'))
      WITH CHECK (institution_id IS NULL AND app_scope() IN ('platform', 'auth'))`);
    await enableTenantRls(q, 'outbox');
    // FOR ALL, not only INSERT: ON CONFLICT DO NOTHING also checks the new row against read policies.
    await q.query(`CREATE POLICY platform_jobs ON outbox FOR ALL
      USING (institution_id IS NULL AND app_scope() IN ('platform', 'auth', 'system'))
      WITH CHECK (institution_id IS NULL AND app_scope() IN ('platform', 'auth', 'system'))`);
    await q.query(`CREATE POLICY relay ON outbox FOR ALL USING (app_scope() = 'system') WITH CHECK (app_scope() = 'system')`);

    await grant(q, 'institutions', 'SELECT, INSERT, UPDATE');
    await grant(q, 'users', 'SELECT, INSERT, UPDATE');
    await grant(q, 'memberships', 'SELECT, INSERT, UPDATE, DELETE');
    await grant(q, 'invitations', 'SELECT, INSERT, UPDATE');
    await grant(q, 'sessions', 'SELECT, INSERT, UPDATE, DELETE');
    await grant(q, 'password_resets', 'SELECT, INSERT, UPDATE');
    await grant(q, 'login_attempts', 'SELECT, INSERT, UPDATE, DELETE');
    await grant(q, 'audit_events', 'SELECT, INSERT');
    await q.query(`GRANT USAGE ON SEQUENCE audit_events_id_seq TO ${APP_ROLE}`);
    await grant(q, 'outbox', 'SELECT, INSERT, UPDATE, DELETE');
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['outbox', 'audit_events', 'login_attempts', 'password_resets', 'sessions', 'invitations', 'memberships', 'users', 'institutions']) {
      await q.query(`DROP TABLE IF EXISTS ${table} CASCADE`);
    }
    await q.query(`DROP FUNCTION IF EXISTS outbox_notify(), audit_events_append_only(), app_scope(), app_user_id(), app_institution_id()`);
  }
}
