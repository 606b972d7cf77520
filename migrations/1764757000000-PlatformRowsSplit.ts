import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, grant } from './rls';

/**
 * Platform rows move to tables of their own, so every tenant table is keyed by institution_id (Citus,
 * step 1 of SCALING.md «The path to Citus»). outbox, audit_events, audit_legacy_heads and s1_clients
 * kept the platform's rows with institution_id NULL: those move, with their ids, seqs and hashes, to
 * platform_outbox, platform_audit_events, platform_audit_legacy_heads and platform_s1_clients (tables
 * that stay on the coordinator), and the four tables become NOT NULL and keyed like the others.
 *
 * The platform chain's hashes still verify: each hash covers institutionId, which the platform rows
 * keep as null (the repository reads them back with null). The platform tables allow exactly what the
 * policies allowed on the NULL rows, to the same scopes.
 */
export class PlatformRowsSplit1764757000000 implements MigrationInterface {
  name = 'PlatformRowsSplit1764757000000';

  async up(q: QueryRunner): Promise<void> {
    await createPlatformTables(q);
    await liftForcedRls(q, async () => {
      for (const m of MOVES) {
        await q.query(`INSERT INTO ${m.to} (${m.columns}) SELECT ${m.columns} FROM ${m.from} WHERE institution_id IS NULL`);
        await q.query(`DELETE FROM ${m.from} WHERE institution_id IS NULL`);
      }
    });
    // Moved ids keep their values: the new sequence continues after them.
    await q.query(`SELECT setval(pg_get_serial_sequence('platform_audit_events', 'id'), max(id)) FROM platform_audit_events HAVING count(*) > 0`);
    await securePlatformTables(q);

    for (const table of Object.keys(KEYS)) {
      await q.query(`ALTER TABLE ${table} ALTER COLUMN institution_id SET NOT NULL`);
      await q.query(`DROP POLICY ${PLATFORM_POLICIES[table]!.name} ON ${table}`);
    }
    for (const [table, k] of Object.entries(KEYS)) await q.query(`ALTER TABLE ${table} ${k.up}`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [table, k] of Object.entries(KEYS)) await q.query(`ALTER TABLE ${table} ${k.down}`);
    for (const [table, policy] of Object.entries(PLATFORM_POLICIES)) {
      await q.query(`ALTER TABLE ${table} ALTER COLUMN institution_id DROP NOT NULL`);
      await q.query(`CREATE POLICY ${policy.name} ON ${table} ${policy.sql}`);
    }
    await liftForcedRls(q, async () => {
      // The chain's ids are not hashed: the platform entries take new ones from audit_events' sequence.
      for (const m of MOVES) await q.query(`INSERT INTO ${m.from} (${m.backColumns}) SELECT ${m.backColumns} FROM ${m.to}`);
    });
    await q.query(`DROP TABLE platform_s1_clients, platform_outbox, platform_audit_legacy_heads, platform_audit_events`);
  }
}

const CHAIN_COLUMNS = 'seq, occurred_at, actor_user_id, action, target_type, target_id, details, prev_hash, hash, hash_version';
const OUTBOX_COLUMNS = 'id, queue, name, job_id, payload, created_at, relayed_at, relay_attempts, last_error';
const CLIENT_COLUMNS = 'id, label, client_id, client_secret_mac, username, password_mac, created_by, created_at, revoked_at, last_used_at';

/** Each tenant table and its platform table, with the columns copied each way. */
const MOVES = [
  { from: 'audit_events', to: 'platform_audit_events', columns: `id, ${CHAIN_COLUMNS}`, backColumns: CHAIN_COLUMNS },
  { from: 'audit_legacy_heads', to: 'platform_audit_legacy_heads', columns: 'last_seq, recorded_at', backColumns: 'last_seq, recorded_at' },
  { from: 'outbox', to: 'platform_outbox', columns: OUTBOX_COLUMNS, backColumns: OUTBOX_COLUMNS },
  { from: 's1_clients', to: 'platform_s1_clients', columns: CLIENT_COLUMNS, backColumns: CLIENT_COLUMNS },
];

/** The policies that let the platform scopes reach the NULL rows: dropped with them, restored by down(). */
const PLATFORM_POLICIES: Record<string, { name: string; sql: string }> = {
  audit_events: {
    name: 'platform_chain',
    sql: `FOR ALL USING (institution_id IS NULL AND app_scope() IN ('platform', 'auth')) WITH CHECK (institution_id IS NULL AND app_scope() IN ('platform', 'auth'))`,
  },
  audit_legacy_heads: { name: 'platform_chain', sql: `FOR SELECT USING (institution_id IS NULL AND app_scope() IN ('platform', 'auth'))` },
  // FOR ALL, not only INSERT: ON CONFLICT DO NOTHING also checks the new row against read policies.
  outbox: {
    name: 'platform_jobs',
    sql: `FOR ALL USING (institution_id IS NULL AND app_scope() IN ('platform', 'auth', 'system')) WITH CHECK (institution_id IS NULL AND app_scope() IN ('platform', 'auth', 'system'))`,
  },
  s1_clients: {
    name: 'platform_clients',
    sql: `FOR ALL USING (institution_id IS NULL AND app_scope() = 'platform') WITH CHECK (institution_id IS NULL AND app_scope() = 'platform')`,
  },
};

/** The keys with institution_id (up) and the ones they replace (down), as in 1764756000000-DistributionKeys. */
const KEYS: Record<string, { up: string; down: string }> = {
  // audit_events_chain_seq, (institution_id, seq), already has it.
  audit_events: {
    up: 'DROP CONSTRAINT audit_events_pkey, ADD CONSTRAINT audit_events_pkey PRIMARY KEY (id, institution_id)',
    down: 'DROP CONSTRAINT audit_events_pkey, ADD CONSTRAINT audit_events_pkey PRIMARY KEY (id)',
  },
  // One head per chain, and now a primary key.
  audit_legacy_heads: {
    up: 'DROP CONSTRAINT audit_legacy_heads_chain, ADD CONSTRAINT audit_legacy_heads_pkey PRIMARY KEY (institution_id)',
    down: 'DROP CONSTRAINT audit_legacy_heads_pkey, ADD CONSTRAINT audit_legacy_heads_chain UNIQUE NULLS NOT DISTINCT (institution_id)',
  },
  // Job ids are random or name their institution: per institution is no less strict.
  outbox: {
    up: `DROP CONSTRAINT outbox_pkey, ADD CONSTRAINT outbox_pkey PRIMARY KEY (id, institution_id),
         DROP CONSTRAINT outbox_job_id_key, ADD CONSTRAINT outbox_job_id_key UNIQUE (job_id, institution_id)`,
    down: `DROP CONSTRAINT outbox_pkey, ADD CONSTRAINT outbox_pkey PRIMARY KEY (id),
           DROP CONSTRAINT outbox_job_id_key, ADD CONSTRAINT outbox_job_id_key UNIQUE (job_id)`,
  },
  // A token request still looks a client id up across institutions: the index leads with it.
  s1_clients: {
    up: `DROP CONSTRAINT s1_clients_pkey, ADD CONSTRAINT s1_clients_pkey PRIMARY KEY (id, institution_id),
         DROP CONSTRAINT s1_clients_client_id_key, ADD CONSTRAINT s1_clients_client_id_key UNIQUE (client_id, institution_id)`,
    down: `DROP CONSTRAINT s1_clients_pkey, ADD CONSTRAINT s1_clients_pkey PRIMARY KEY (id),
           DROP CONSTRAINT s1_clients_client_id_key, ADD CONSTRAINT s1_clients_client_id_key UNIQUE (client_id)`,
  },
};

async function createPlatformTables(q: QueryRunner): Promise<void> {
  await q.query(`CREATE TABLE platform_audit_events (
    id bigserial PRIMARY KEY,
    seq bigint NOT NULL CHECK (seq > 0) CONSTRAINT platform_audit_events_chain_seq UNIQUE,
    occurred_at timestamptz NOT NULL,
    actor_user_id uuid,
    action text NOT NULL,
    target_type text,
    target_id text,
    details jsonb NOT NULL DEFAULT '{}'::jsonb,
    prev_hash char(64) NOT NULL,
    hash char(64) NOT NULL,
    hash_version smallint NOT NULL CHECK (hash_version IN (1, 2))
  )`);
  // What the bitácora filters by (1764747000000-DashboardIndexes), for the one chain of this table.
  await q.query(`CREATE INDEX platform_audit_events_action ON platform_audit_events (action, seq)`);
  await q.query(`CREATE INDEX platform_audit_events_actor ON platform_audit_events (actor_user_id, seq)`);
  await q.query(`CREATE INDEX platform_audit_events_occurred ON platform_audit_events (occurred_at)`);

  await q.query(`CREATE TABLE platform_audit_legacy_heads (
    last_seq bigint NOT NULL CHECK (last_seq > 0),
    recorded_at timestamptz NOT NULL DEFAULT now()
  )`);
  // The platform has one chain, so one head at most.
  await q.query(`CREATE UNIQUE INDEX platform_audit_legacy_heads_one ON platform_audit_legacy_heads ((true))`);

  await q.query(`CREATE TABLE platform_outbox (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    queue text NOT NULL,
    name text NOT NULL,
    job_id text NOT NULL UNIQUE,
    payload jsonb NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    relayed_at timestamptz,
    relay_attempts integer NOT NULL DEFAULT 0,
    last_error text,
    CHECK ((payload->>'institutionId') IS NULL)
  )`);
  await q.query(`CREATE INDEX platform_outbox_pending_idx ON platform_outbox (created_at) WHERE relayed_at IS NULL`);

  await q.query(`CREATE TABLE platform_s1_clients (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
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
}

/** Triggers, row security and grants of the platform tables: added after the rows moved in. */
async function securePlatformTables(q: QueryRunner): Promise<void> {
  // Append-only as the tables they come from, even for the owner.
  for (const table of ['platform_audit_events', 'platform_audit_legacy_heads']) {
    await q.query(`CREATE TRIGGER ${table}_no_update BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION append_only()`);
    await q.query(`CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION append_only()`);
  }
  // The same channel as the institutions' outbox: one LISTEN wakes the relay for both.
  await q.query(`CREATE TRIGGER platform_outbox_notify AFTER INSERT ON platform_outbox FOR EACH STATEMENT EXECUTE FUNCTION outbox_notify()`);

  for (const table of ['platform_audit_events', 'platform_audit_legacy_heads', 'platform_outbox', 'platform_s1_clients']) {
    await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
  }
  // The platform chain: operators (platform) and sign-in steps (auth), never an institution.
  await q.query(`CREATE POLICY platform_chain ON platform_audit_events FOR ALL
    USING (app_scope() IN ('platform', 'auth')) WITH CHECK (app_scope() IN ('platform', 'auth'))`);
  await q.query(`CREATE POLICY platform_chain ON platform_audit_legacy_heads FOR SELECT USING (app_scope() IN ('platform', 'auth'))`);
  // Platform jobs are queued in the platform and auth scopes and relayed in the system scope.
  await q.query(`CREATE POLICY platform_jobs ON platform_outbox FOR ALL
    USING (app_scope() IN ('platform', 'auth', 'system')) WITH CHECK (app_scope() IN ('platform', 'auth', 'system'))`);
  // Managed by operators; a token request looks a credential up and records its use before anyone is known.
  await q.query(`CREATE POLICY platform_clients ON platform_s1_clients FOR ALL USING (app_scope() = 'platform') WITH CHECK (app_scope() = 'platform')`);
  await q.query(`CREATE POLICY token_lookup ON platform_s1_clients FOR SELECT USING (app_scope() = 'auth')`);
  await q.query(`CREATE POLICY token_use ON platform_s1_clients FOR UPDATE USING (app_scope() = 'auth') WITH CHECK (app_scope() = 'auth')`);

  await grant(q, 'platform_audit_events', 'SELECT, INSERT');
  await q.query(`GRANT USAGE ON SEQUENCE platform_audit_events_id_seq TO ${APP_ROLE}`);
  await grant(q, 'platform_audit_legacy_heads', 'SELECT');
  await grant(q, 'platform_outbox', 'SELECT, INSERT, UPDATE, DELETE');
  await grant(q, 'platform_s1_clients', 'SELECT, INSERT, UPDATE');
}

/**
 * Forced row security hides every row from an owner that is not a superuser (and refuses it the
 * rows it writes), and the append-only triggers refuse the DELETE: both are lifted for the move,
 * inside this migration's transaction, on both sides of it.
 */
async function liftForcedRls(q: QueryRunner, move: () => Promise<void>): Promise<void> {
  const tables = MOVES.flatMap((m) => [m.from, m.to]);
  for (const t of tables) await q.query(`ALTER TABLE ${t} NO FORCE ROW LEVEL SECURITY`);
  await q.query(`ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update`);
  await q.query(`ALTER TABLE audit_legacy_heads DISABLE TRIGGER audit_legacy_heads_no_update`);
  await move();
  await q.query(`ALTER TABLE audit_legacy_heads ENABLE TRIGGER audit_legacy_heads_no_update`);
  await q.query(`ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update`);
  for (const t of tables) await q.query(`ALTER TABLE ${t} FORCE ROW LEVEL SECURITY`);
}
