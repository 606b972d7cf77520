import { Injectable } from '@nestjs/common';
import { col, CurrentTransaction, defineColumns, sqlRows, TenantContext } from '@veraz/tenancy';

/** One PDN credential as stored: no secret, only MACs (which never leave this library). */
export interface S1ClientRow {
  id: string;
  institution_id: string | null;
  label: string;
  client_id: string;
  username: string;
  created_by: string | null;
  created_at: Date;
  revoked_at: Date | null;
  last_used_at: Date | null;
}

/** What a token request needs to check a credential, with the slug of its institution. */
export interface S1ClientForToken {
  id: string;
  institution_id: string | null;
  institution_slug: string | null;
  client_secret_mac: string;
  username: string;
  password_mac: string;
  revoked_at: Date | null;
  last_used_at: Date | null;
}

export interface NewS1Client {
  label: string;
  clientId: string;
  clientSecretMac: string;
  username: string;
  passwordMac: string;
  createdBy: string | null;
}

/** A credential's fields besides its owner, the same in `s1_clients` and `platform_s1_clients`. */
const CLIENT_FIELDS = {
  id: col.text('id'),
  label: col.text('label'),
  client_id: col.text('client_id'),
  username: col.text('username'),
  created_by: col.textOrNull('created_by'),
  created_at: col.value<Date>('created_at'),
  revoked_at: col.valueOrNull<Date>('revoked_at'),
  last_used_at: col.valueOrNull<Date>('last_used_at'),
};
// The platform table has no institution_id: its rows read as owned by null.
const CLIENT = defineColumns<S1ClientRow>({ ...CLIENT_FIELDS, institution_id: col.textOrNull('institution_id') });
const PLATFORM_CLIENT = defineColumns<S1ClientRow>({ ...CLIENT_FIELDS, institution_id: col.textOrNull('NULL::uuid') });

const TOKEN_FIELDS = {
  id: col.text('c.id'),
  client_secret_mac: col.text('c.client_secret_mac'),
  username: col.text('c.username'),
  password_mac: col.text('c.password_mac'),
  revoked_at: col.valueOrNull<Date>('c.revoked_at'),
  last_used_at: col.valueOrNull<Date>('c.last_used_at'),
};
// Same fields in the same order, so the two can be read by one UNION ALL.
const CLIENT_FOR_TOKEN = defineColumns<S1ClientForToken>({ ...TOKEN_FIELDS, institution_id: col.textOrNull('c.institution_id'), institution_slug: col.textOrNull('i.slug') });
const PLATFORM_CLIENT_FOR_TOKEN = defineColumns<S1ClientForToken>({ ...TOKEN_FIELDS, institution_id: col.textOrNull('NULL::uuid'), institution_slug: col.textOrNull('NULL::text') });

/** Where the current owner's credentials are, and how to read them. */
interface Owner {
  table: string;
  columns: typeof CLIENT;
  /** `institution_id = $n` (on top of row-level security) for an institution; nothing for the platform. */
  where: (next: number) => string;
  params: unknown[];
}

/**
 * SQL for the PDN credentials: `s1_clients` for an institution's, `platform_s1_clients` for the
 * platform-wide ones (a table of its own, so every tenant table is keyed by institution_id).
 * Management methods work on the owner of the current context: the institution in a tenant context
 * or the platform in the platform context. Token methods run in the auth scope, where every row of
 * both tables is readable before anyone is known.
 */
@Injectable()
export class S1ClientsRepository {
  constructor(
    private readonly tx: CurrentTransaction,
    private readonly tenant: TenantContext,
  ) {}

  private query<T = Record<string, unknown>>(sql: string, params: unknown[]): Promise<T[]> {
    return sqlRows<T>(this.tx.manager(), sql, params);
  }

  /** The owner of the current context: the institution (tenant) or the platform. */
  private owner(): Owner {
    const scope = this.tx.current()?.scope;
    if (scope === 'tenant') {
      return { table: 's1_clients', columns: CLIENT, where: (n) => ` AND institution_id = $${n}`, params: [this.tenant.institutionId()] };
    }
    if (scope === 'platform') return { table: 'platform_s1_clients', columns: PLATFORM_CLIENT, where: () => '', params: [] };
    throw new Error(`S1 credentials are managed in a tenant or platform context, not ${scope ?? 'none'}`);
  }

  async insert(values: NewS1Client): Promise<S1ClientRow> {
    const o = this.owner();
    const fields = [values.label, values.clientId, values.clientSecretMac, values.username, values.passwordMac, values.createdBy];
    const rows = o.table === 's1_clients'
      ? await this.query(
          `INSERT INTO s1_clients (institution_id, label, client_id, client_secret_mac, username, password_mac, created_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${o.columns.select}`,
          [...o.params, ...fields],
        )
      : await this.query(
          `INSERT INTO platform_s1_clients (label, client_id, client_secret_mac, username, password_mac, created_by)
           VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${o.columns.select}`,
          fields,
        );
    return o.columns.read(rows[0]!);
  }

  async list(): Promise<S1ClientRow[]> {
    const o = this.owner();
    const rows = await this.query(`SELECT ${o.columns.select} FROM ${o.table} WHERE true${o.where(1)} ORDER BY created_at DESC, id`, o.params);
    return rows.map((r) => o.columns.read(r));
  }

  async findById(id: string): Promise<S1ClientRow | null> {
    const o = this.owner();
    const rows = await this.query(`SELECT ${o.columns.select} FROM ${o.table} WHERE id = $1${o.where(2)} FOR UPDATE`, [id, ...o.params]);
    return o.columns.readFirst(rows);
  }

  async markRevoked(id: string): Promise<S1ClientRow | null> {
    const o = this.owner();
    const rows = await this.query(
      `UPDATE ${o.table} SET revoked_at = now() WHERE id = $1${o.where(2)} AND revoked_at IS NULL RETURNING ${o.columns.select}`,
      [id, ...o.params],
    );
    return o.columns.readFirst(rows);
  }

  // --- auth scope: both tables ---

  /** The credential with this public client id, whatever its institution (auth scope). */
  async findForToken(clientId: string): Promise<S1ClientForToken | null> {
    this.requireAuthScope();
    const rows = await this.query(
      `SELECT ${CLIENT_FOR_TOKEN.select} FROM s1_clients c JOIN institutions i ON i.id = c.institution_id WHERE c.client_id = $1
       UNION ALL
       SELECT ${PLATFORM_CLIENT_FOR_TOKEN.select} FROM platform_s1_clients c WHERE c.client_id = $1`,
      [clientId],
    );
    return CLIENT_FOR_TOKEN.readFirst(rows);
  }

  /** Records a use, at most once a minute per credential so busy scans do not write on every token. */
  async touchLastUsed(id: string): Promise<void> {
    this.requireAuthScope();
    const touch = (table: string) =>
      `UPDATE ${table} SET last_used_at = now() WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`;
    // One statement for both tables: the id is in one of them.
    await this.query(`WITH tenant AS (${touch('s1_clients')} RETURNING id) ${touch('platform_s1_clients')}`, [id]);
  }

  /** Which institution (or the platform, null) owns a credential; undefined when there is none (auth scope). */
  async findOwner(id: string): Promise<{ institution_id: string | null } | undefined> {
    this.requireAuthScope();
    const rows = await this.query<{ institution_id: string | null }>(
      `SELECT institution_id FROM s1_clients WHERE id = $1 UNION ALL SELECT NULL::uuid FROM platform_s1_clients WHERE id = $1`,
      [id],
    );
    return rows[0];
  }

  /** Ids of credentials revoked in the last `seconds` (auth scope): their tokens may still be alive. */
  async revokedWithin(seconds: number): Promise<string[]> {
    this.requireAuthScope();
    const revoked = (table: string) => `SELECT id FROM ${table} WHERE revoked_at IS NOT NULL AND revoked_at > now() - make_interval(secs => $1)`;
    const rows = await this.query<{ id: string }>(`${revoked('s1_clients')} UNION ALL ${revoked('platform_s1_clients')}`, [seconds]);
    return rows.map((r) => r.id);
  }

  private requireAuthScope(): void {
    const scope = this.tx.current()?.scope;
    if (scope !== 'auth') throw new Error(`S1 token lookups run in the auth scope, not ${scope ?? 'none'}`);
  }
}
