import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '@veraz/testing';
import { APP_ROLE } from '@veraz/migrations';
import { loginOf } from './app-login';
import { migrateDatabase } from './migrate';

/**
 * The tenancy guarantees that do not depend on application code: every tenant-owned table has
 * row-level security enabled and forced, and the role the app runs as cannot get around it.
 */
describe('database schema and the app role', () => {
  let database: TestDatabase;
  let owner: Client;
  const A = '0a000000-0000-4000-8000-00000000000a';
  const B = '0b000000-0000-4000-8000-00000000000b';

  beforeAll(async () => {
    database = await createTestDatabase();
    owner = new Client({ connectionString: database.url });
    await owner.connect();
    await owner.query(`INSERT INTO institutions (id, slug, name) VALUES ($1, 'alfa', 'Institución Alfa'), ($2, 'beta', 'Institución Beta')`, [A, B]);
    const users = await owner.query(
      `INSERT INTO users (email, password_hash, nombre, primer_apellido) VALUES ('a@x.mx', 'h', 'Ana', 'Alfa'), ('b@x.mx', 'h', 'Beto', 'Beta') RETURNING id`,
    );
    const [ua, ub] = users.rows.map((r) => r.id as string);
    await owner.query(`INSERT INTO memberships (institution_id, user_id, roles) VALUES ($1, $2, '{DECLARANTE}'), ($3, $4, '{DECLARANTE}')`, [A, ua, B, ub]);
    await owner.query(
      `INSERT INTO invitations (institution_id, email, roles, token_hash, expires_at) VALUES ($1, 'n@x.mx', '{DECLARANTE}', repeat('a', 64), now() + interval '1 day'), ($2, 'm@x.mx', '{DECLARANTE}', repeat('b', 64), now() + interval '1 day')`,
      [A, B],
    );
    await owner.query(
      `INSERT INTO audit_events (institution_id, seq, occurred_at, action, prev_hash, hash, hash_version) VALUES ($1, 1, now(), 'x', repeat('0', 64), repeat('1', 64), 2), ($2, 1, now(), 'x', repeat('0', 64), repeat('2', 64), 2)`,
      [A, B],
    );
    await owner.query(
      `INSERT INTO outbox (institution_id, queue, name, job_id, payload) VALUES ($1, 'q', 'n', 'j1', $3), ($2, 'q', 'n', 'j2', $4)`,
      [A, B, JSON.stringify({ institutionId: A }), JSON.stringify({ institutionId: B })],
    );
    for (const [inst, user, n] of [[A, ua, 1], [B, ub, 2]] as const) {
      const decl = await owner.query(
        `INSERT INTO declarations (institution_id, user_id, tipo, declaracion_completa, fecha_toma_posesion, period_key, status)
         VALUES ($1, $2, 'INICIAL', false, '2024-01-01', 'INICIAL:2024-01-01', 'PRESENTADA') RETURNING id`,
        [inst, user],
      );
      const declarationId = decl.rows[0].id;
      await owner.query(`INSERT INTO declaration_sections (declaration_id, institution_id, section, data, status, version) VALUES ($1, $2, 'datosGenerales', '{}', 'en captura', 1)`, [declarationId, inst]);
      await owner.query(`INSERT INTO folio_counters (institution_id, year, last_seq) VALUES ($1, 2026, 1)`, [inst]);
      await owner.query(
        `INSERT INTO filings (institution_id, declaration_id, user_id, s1_id, folio, folio_year, folio_seq, tipo, declaracion_completa,
           actualizacion_conflicto_interes, filed_at, document, canonical_json, sha256, nombres, primer_apellido)
         VALUES ($1, $2, $3, repeat($4, 24), 'X-2026-000001', 2026, 1, 'INICIAL', false, false, now(), '{"a":1}', '{"a":1}', repeat('0', 64), 'Ana', 'Alfa')`,
        [inst, declarationId, user, String(n)],
      );
      const filing = await owner.query(`SELECT id FROM filings WHERE declaration_id = $1`, [declarationId]);
      await owner.query(
        `INSERT INTO s1_publications (institution_id, s1_id, filing_id, seq, published_at, tipo, rules_version, document, nombres_norm, primer_apellido_norm)
         VALUES ($1, repeat($2, 24), $3, 1, now(), 'INICIAL', 1, '{}', 'ana', 'alfa')`,
        [inst, String(n), filing.rows[0].id],
      );
      await owner.query(`INSERT INTO s1_publication_counters (institution_id, published) VALUES ($1, 1)`, [inst]);
      await owner.query(
        `INSERT INTO s1_clients (institution_id, label, client_id, client_secret_mac, username, password_mac)
         VALUES ($1, 'PDN', $2, repeat('0', 64), 'pdn', repeat('0', 64))`,
        [inst, `client-${n}`],
      );
      await owner.query(`INSERT INTO s1_withdrawals (institution_id, s1_id) VALUES ($1, repeat('9', 24))`, [inst]);
      await owner.query(
        `INSERT INTO documents (institution_id, filing_id, kind, sha256, size, storage, storage_key) VALUES ($1, $2, 'acuse', repeat('a', 64), 1, 'database', $3)`,
        [inst, filing.rows[0].id, `acuse/${n}`],
      );
      await owner.query(`INSERT INTO document_blobs (storage_key, institution_id, content) VALUES ($1, $2, '\\x25')`, [`acuse/${n}`, inst]);
      await owner.query(`INSERT INTO filing_audit_anchors (filing_id, institution_id, audit_seq, audit_hash) VALUES ($1, $2, 1, repeat('1', 64))`, [filing.rows[0].id, inst]);
      await owner.query(
        `INSERT INTO audit_checkpoints (institution_id, seq, hash, sealed_at, signature, certificate_fingerprint, self_signed) VALUES ($1, 1, repeat('1', 64), now(), '\\x30', repeat('b', 64), true)`,
        [inst],
      );
      await owner.query(`INSERT INTO audit_legacy_heads (institution_id, last_seq) VALUES ($1, 1)`, [inst]);
      await owner.query(
        `INSERT INTO institution_certificates (institution_id, p12_sealed, passphrase_sealed, common_name, not_before, not_after, fingerprint_sha256, self_signed)
         VALUES ($1, 'x', 'x', 'Alfa', now(), now() + interval '1 year', repeat('b', 64), true)`,
        [inst],
      );
      await owner.query(
        `INSERT INTO filing_efirmas (filing_id, institution_id, cms, certificate_serial, certificate_not_after) VALUES ($1, $2, '\\x30', '1', now())`,
        [filing.rows[0].id, inst],
      );
      await owner.query(
        `INSERT INTO institution_authorities (institution_id, certificate, subject, not_before, not_after, fingerprint_sha256) VALUES ($1, '\\x30', 'CN=AC', now(), now() + interval '1 year', repeat('c', 64))`,
        [inst],
      );
      const person = await owner.query(
        `INSERT INTO roster_people (institution_id, curp, nombres, primer_apellido, fecha_alta, user_id) VALUES ($1, $2, 'Ana', 'Alfa', '2024-01-01', $3) RETURNING id`,
        [inst, `AAAA00010${n}HDFRRR0${n}`, user],
      );
      const personId = person.rows[0].id;
      const rosterImport = await owner.query(`INSERT INTO roster_imports (institution_id, file_name, sha256) VALUES ($1, 'padron.csv', repeat('e', 64)) RETURNING id`, [inst]);
      await owner.query(`INSERT INTO roster_import_rows (import_id, institution_id, line, data, action) VALUES ($1, $2, 2, '{}', 'NUEVA')`, [rosterImport.rows[0].id, inst]);
      await owner.query(`INSERT INTO roster_events (institution_id, person_id, kind, effective_date, source) VALUES ($1, $2, 'ALTA', '2024-01-01', 'EDICION')`, [inst, personId]);
      const obligation = await owner.query(
        `INSERT INTO obligations (institution_id, person_id, kind, period_key, trigger_date, window_start, due_date, state, basis)
         VALUES ($1, $2, 'INICIAL', '2024-01-01', '2024-01-01', '2024-01-02', '2024-03-01', 'OMISA', 'x') RETURNING id`,
        [inst, personId],
      );
      await owner.query(`INSERT INTO requerimientos (institution_id, obligation_id, person_id, folio) VALUES ($1, $2, $3, 'R-1')`, [inst, obligation.rows[0].id, personId]);
      await owner.query(`INSERT INTO requerimiento_counters (institution_id, year, last_seq) VALUES ($1, 2026, 1)`, [inst]);
      await owner.query(`INSERT INTO aviso_folio_counters (institution_id, year, last_seq) VALUES ($1, 2026, 1)`, [inst]);
      await owner.query(`INSERT INTO reminder_sends (institution_id, obligation_id, offset_days, sent_to) VALUES ($1, $2, 7, 'a@x.mx')`, [inst, obligation.rows[0].id]);
      await owner.query(
        `INSERT INTO tax_constancias (institution_id, user_id, fiscal_year, file_name, size, sha256, storage_key) VALUES ($1, $2, 2025, 'sat.pdf', 1, repeat('f', 64), $3)`,
        [inst, user, `constancia/${n}`],
      );
      await owner.query(
        `INSERT INTO avisos_cambio_ente (institution_id, user_id, folio, data, canonical_json, sha256) VALUES ($1, $2, 'A-1', '{}', '{}', repeat('f', 64))`,
        [inst, user],
      );
      await owner.query(`INSERT INTO filing_reviews (filing_id, institution_id, state, assignee_id) VALUES ($1, $2, 'EN_REVISION', $3)`, [filing.rows[0].id, inst, user]);
      await owner.query(`INSERT INTO filing_review_notes (institution_id, filing_id, author_id, body) VALUES ($1, $2, $3, 'Nota')`, [inst, filing.rows[0].id, user]);
      await owner.query(
        `INSERT INTO institution_authority_crls (institution_id, crl, issuer, this_update, fingerprint_sha256) VALUES ($1, '\\x30', 'CN=AC', now(), repeat('d', 64))`,
        [inst],
      );
    }
  });

  afterAll(async () => {
    await owner.end();
    await database.drop();
  });

  // The tables with institution_id and no row policy: public S1 search keys and their counts, which the
  // app can only read (see migrations 1764500000000-S1SearchKeys and 1764754000000-S1SearchCounts); their tests are below.
  const PUBLIC_SEARCH_KEYS = 's1_search_keys';
  const PUBLIC_SEARCH_COUNTS = 's1_search_counts';

  async function tenantTables(): Promise<string[]> {
    const { rows } = await owner.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'institution_id' AND table_name <> ALL($1) ORDER BY 1`,
      [[PUBLIC_SEARCH_KEYS, PUBLIC_SEARCH_COUNTS]],
    );
    return rows.map((r) => r.table_name);
  }

  async function asApp<T>(fn: (c: Client) => Promise<T>): Promise<T> {
    const client = new Client({ connectionString: database.appUrl });
    await client.connect();
    try {
      return await fn(client);
    } finally {
      await client.end();
    }
  }

  it('forces row-level security on every table that has institution_id', async () => {
    const tables = await tenantTables();
    expect(tables).toEqual(expect.arrayContaining(['audit_events', 'invitations', 'memberships', 'outbox']));
    const { rows } = await owner.query<{ relname: string; relrowsecurity: boolean; relforcerowsecurity: boolean }>(
      `SELECT relname, relrowsecurity, relforcerowsecurity FROM pg_class WHERE relname = ANY($1) AND relnamespace = 'public'::regnamespace`,
      [tables],
    );
    expect(rows).toHaveLength(tables.length);
    for (const row of rows) expect({ table: row.relname, enabled: row.relrowsecurity, forced: row.relforcerowsecurity }).toEqual({ table: row.relname, enabled: true, forced: true });
    const policies = await owner.query<{ tablename: string }>(`SELECT DISTINCT tablename FROM pg_policies WHERE policyname = 'tenant_isolation'`);
    expect(policies.rows.map((p) => p.tablename).sort()).toEqual(tables);
  });

  it('runs the app as a role that is not superuser, not BYPASSRLS and owns no table', async () => {
    const role = await owner.query(`SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = $1`, [APP_ROLE]);
    expect(role.rows[0]).toEqual({ rolsuper: false, rolbypassrls: false });
    const owned = await owner.query(`SELECT tablename FROM pg_tables WHERE schemaname IN ('public', 'bullmq') AND tableowner = $1`, [APP_ROLE]);
    expect(owned.rows).toEqual([]);
    // The app logs in as its own role, which gets veraz_app's grants by membership and nothing more.
    const who = await asApp((c) =>
      c.query(`SELECT r.rolname, r.rolsuper, r.rolbypassrls, r.rolcreaterole, r.rolcreatedb, pg_has_role(r.oid, $1, 'USAGE') AS app
        FROM pg_roles r WHERE r.rolname = session_user AND session_user = current_user`, [APP_ROLE]),
    );
    expect(who.rows).toEqual([{ rolname: loginOf(database.appUrl).name, rolsuper: false, rolbypassrls: false, rolcreaterole: false, rolcreatedb: false, app: true }]);
  });

  it('returns no tenant rows to a query that forgot to set the institution', async () => {
    for (const table of await tenantTables()) {
      const { rows } = await asApp((c) => c.query(`SELECT * FROM ${table}`));
      expect({ table, rows }).toEqual({ table, rows: [] });
    }
  });

  it('shows one institution only its own rows and refuses writes for another', async () => {
    await asApp(async (c) => {
      await c.query('BEGIN');
      await c.query(`SELECT set_config('app.scope', 'tenant', true), set_config('app.institution_id', $1, true)`, [A]);
      for (const table of await tenantTables()) {
        const { rows } = await c.query(`SELECT institution_id FROM ${table}`);
        expect(rows.length).toBeGreaterThan(0);
        expect(new Set(rows.map((r) => r.institution_id))).toEqual(new Set([A]));
      }
      await expect(
        c.query(`INSERT INTO memberships (institution_id, user_id, roles) SELECT $1, id, '{REVISOR}' FROM users LIMIT 1`, [B]),
      ).rejects.toThrow(/row-level security/);
      await c.query('ROLLBACK');
    });
  });

  it('does not let the app role rewrite the audit chain, and not even the owner can update it', async () => {
    // Transaction-local, as the app sets it: a session setting would outlive this test on a pooled
    // server connection (CI's first pass goes through PgBouncer) and leak into the next one.
    await asApp(async (c) => {
      for (const sql of [`UPDATE audit_events SET action = 'y'`, `DELETE FROM audit_events`]) {
        await c.query('BEGIN');
        await c.query(`SELECT set_config('app.institution_id', $1, true)`, [A]);
        await expect(c.query(sql)).rejects.toThrow(/permission denied/);
        await c.query('ROLLBACK');
      }
    });
    await expect(owner.query(`UPDATE audit_events SET action = 'y'`)).rejects.toThrow(/append-only/);
  });

  it('shows the shared S1 endpoint only the publications of institutions that opted in', async () => {
    await owner.query(`UPDATE institutions SET s1_shared = (id = $1)`, [B]);
    const seen = await asApp(async (c) => {
      await c.query('BEGIN');
      await c.query(`SELECT set_config('app.scope', 'public', true)`);
      const pubs = await c.query(`SELECT institution_id FROM s1_publications`);
      const clients = await c.query(`SELECT id FROM s1_clients`);
      const filings = await c.query(`SELECT id FROM filings`);
      await c.query('ROLLBACK');
      return { pubs: pubs.rows.map((r) => r.institution_id), clients: clients.rowCount, filings: filings.rowCount };
    });
    expect(seen).toEqual({ pubs: [B], clients: 0, filings: 0 });
    await owner.query(`UPDATE institutions SET s1_shared = false`);
  });

  it('keeps S1 search keys to public projection columns, written only through the publications', async () => {
    // Only columns the publication already has, and never the document.
    const columns = await owner.query<{ column_name: string }>(`SELECT column_name FROM information_schema.columns WHERE table_name = $1`, [PUBLIC_SEARCH_KEYS]);
    const published = await owner.query<{ column_name: string }>(`SELECT column_name FROM information_schema.columns WHERE table_name = 's1_publications'`);
    const publishedNames = new Set(published.rows.map((r) => r.column_name));
    for (const { column_name } of columns.rows) expect({ column_name, inPublication: publishedNames.has(column_name) }).toEqual({ column_name, inPublication: true });
    expect(columns.rows.map((r) => r.column_name)).not.toContain('document');
    // The seeded publications are mirrored, and the app role can read but never write them directly.
    const keys = await owner.query(`SELECT institution_id, s1_id, seq, nombres_norm FROM ${PUBLIC_SEARCH_KEYS} ORDER BY institution_id`);
    expect(keys.rows).toEqual([
      { institution_id: A, s1_id: '1'.repeat(24), seq: 1, nombres_norm: 'ana' },
      { institution_id: B, s1_id: '2'.repeat(24), seq: 1, nombres_norm: 'ana' },
    ]);
    await asApp(async (c) => {
      await c.query('BEGIN');
      await c.query(`SELECT set_config('app.scope', 'tenant', true), set_config('app.institution_id', $1, true)`, [A]);
      await expect(c.query(`UPDATE ${PUBLIC_SEARCH_KEYS} SET nombres_norm = 'x'`)).rejects.toThrow(/permission denied/);
      await c.query('ROLLBACK');
      await c.query('BEGIN');
      await c.query(`SELECT set_config('app.scope', 'tenant', true), set_config('app.institution_id', $1, true)`, [A]);
      await expect(c.query(`DELETE FROM ${PUBLIC_SEARCH_KEYS}`)).rejects.toThrow(/permission denied/);
      await c.query('ROLLBACK');
      // A change to A's publication (which its policy allows) reaches A's keys; B's stay as they were.
      await c.query('BEGIN');
      await c.query(`SELECT set_config('app.scope', 'tenant', true), set_config('app.institution_id', $1, true)`, [A]);
      await c.query(`UPDATE s1_publications SET nombres_norm = 'ana maria'`);
      const mirrored = await c.query(`SELECT institution_id, nombres_norm FROM ${PUBLIC_SEARCH_KEYS} ORDER BY institution_id`);
      expect(mirrored.rows).toEqual([
        { institution_id: A, nombres_norm: 'ana maria' },
        { institution_id: B, nombres_norm: 'ana' },
      ]);
      // The counts follow in the same transaction, each institution's apart.
      const counted = await c.query(`SELECT institution_id, value, n FROM ${PUBLIC_SEARCH_COUNTS} WHERE facet = 'nombres_norm' AND n > 0 ORDER BY institution_id`);
      expect(counted.rows).toEqual([
        { institution_id: A, value: 'ana maria', n: 1 },
        { institution_id: B, value: 'ana', n: 1 },
      ]);
      await c.query('ROLLBACK');
    });
  });

  it('keeps S1 search counts to counts of search key columns, written only through the publications', async () => {
    // Every facet is a column of the public search keys: nothing else is counted.
    const facets = await owner.query<{ facet: string }>(`SELECT DISTINCT facet FROM ${PUBLIC_SEARCH_COUNTS} ORDER BY 1`);
    const keyColumns = await owner.query<{ column_name: string }>(`SELECT column_name FROM information_schema.columns WHERE table_name = $1`, [PUBLIC_SEARCH_KEYS]);
    const keyNames = new Set(keyColumns.rows.map((r) => r.column_name));
    expect(facets.rows.map((r) => r.facet)).toContain('nombres_norm');
    for (const { facet } of facets.rows) expect({ facet, isKeyColumn: keyNames.has(facet) }).toEqual({ facet, isKeyColumn: true });
    await asApp(async (c) => {
      for (const write of [`UPDATE ${PUBLIC_SEARCH_COUNTS} SET n = n + 1`, `DELETE FROM ${PUBLIC_SEARCH_COUNTS}`, `INSERT INTO ${PUBLIC_SEARCH_COUNTS} (institution_id, facet, value, n) VALUES ('${A}', 'x', 'y', 1)`]) {
        await c.query('BEGIN');
        await c.query(`SELECT set_config('app.scope', 'tenant', true), set_config('app.institution_id', $1, true)`, [A]);
        await expect(c.query(write)).rejects.toThrow(/permission denied/);
        await c.query('ROLLBACK');
      }
    });
  });

  it('keeps filings immutable: only the publication flags may change, and nothing is deleted', async () => {
    await expect(owner.query(`UPDATE filings SET document = '{"a":2}'`)).rejects.toThrow(/immutable/);
    await expect(owner.query(`UPDATE filings SET folio = 'Y-2026-000001'`)).rejects.toThrow(/immutable/);
    await expect(owner.query(`DELETE FROM filings`)).rejects.toThrow(/immutable/);
    await asApp(async (c) => {
      await c.query('BEGIN');
      await c.query(`SELECT set_config('app.scope', 'tenant', true), set_config('app.institution_id', $1, true)`, [A]);
      await expect(c.query(`DELETE FROM filings`)).rejects.toThrow(/permission denied/);
      await c.query('ROLLBACK');
      await c.query('BEGIN');
      await c.query(`SELECT set_config('app.scope', 'tenant', true), set_config('app.institution_id', $1, true)`, [A]);
      const updated = await c.query(`UPDATE filings SET reserved = true, reserved_reason = 'Acuerdo del comité' RETURNING reserved`);
      expect(updated.rows).toEqual([{ reserved: true }]);
      await c.query('ROLLBACK');
    });
  });

  it('rejects a job whose payload names another institution than its row', async () => {
    await expect(
      owner.query(`INSERT INTO outbox (institution_id, queue, name, job_id, payload) VALUES ($1, 'q', 'n', 'j3', $2)`, [
        A,
        JSON.stringify({ institutionId: B }),
      ]),
    ).rejects.toThrow(/check constraint/);
  });

  it('applies migrations idempotently', async () => {
    expect(await migrateDatabase(database.url)).toEqual([]);
  });
});
