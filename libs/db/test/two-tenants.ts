import { Client } from 'pg';
import { createTestDatabase, withAdmin, type TestDatabase } from '@veraz/testing';

export const A = '0a000000-0000-4000-8000-00000000000a';
export const B = '0b000000-0000-4000-8000-00000000000b';

// The tables with institution_id and no row policy: public S1 search keys, their counts and value steps,
// which the app can only read (see migrations 1764500000000-S1SearchKeys, 1764754000000-S1SearchCounts
// and 1764758000000-S1SearchCombos).
export const PUBLIC_SEARCH_KEYS = 's1_search_keys';
export const PUBLIC_SEARCH_COUNTS = 's1_search_counts';
export const PUBLIC_SEARCH_STEPS = 's1_search_va_steps';

export interface TwoTenants {
  database: TestDatabase;
  /** The owner's connection: sees and writes every row. */
  owner: Client;
  /** Runs `fn` on a new connection as the app's login, which row-level security applies to. */
  asApp<T>(fn: (c: Client) => Promise<T>): Promise<T>;
}

/**
 * For the suite it is called in: a migrated database where institutions A and B each have one row in
 * every tenant table, created before the suite and dropped after it. Read it inside tests.
 */
export function useTwoTenants(): () => TwoTenants {
  let world: TwoTenants;
  beforeAll(async () => {
    const database = await createTestDatabase();
    const owner = new Client({ connectionString: database.url });
    await owner.connect();
    await seedTwoTenants(owner);
    world = { database, owner, asApp: (fn) => withAdmin(database.appUrl, fn) };
  });
  afterAll(async () => {
    await world?.owner.end();
    await world?.database.drop();
  });
  return () => world;
}

/** One row of A and one of B in every tenant table, through the owner (no policy applies to it). */
async function seedTwoTenants(owner: Client): Promise<void> {
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
    await owner.query(`INSERT INTO integrity_threshold_versions (institution_id, version, thresholds) VALUES ($1, 1, '{}')`, [inst]);
    await owner.query(
      `INSERT INTO filing_risk_scores (institution_id, filing_id, threshold_version, score, flag_count, rule_codes, flags) VALUES ($1, $2, 1, 0, 0, '{}', '[]')`,
      [inst, filing.rows[0].id],
    );
    await owner.query(`INSERT INTO integrity_rescore_runs (institution_id, threshold_version, state) VALUES ($1, 1, 'TERMINADA')`, [inst]);
    await owner.query(`INSERT INTO filing_interest_companies (institution_id, filing_id, section, item, rfc) VALUES ($1, $2, 'participacion', 0, 'AAA010101AAA')`, [
      inst,
      filing.rows[0].id,
    ]);
  }
}
