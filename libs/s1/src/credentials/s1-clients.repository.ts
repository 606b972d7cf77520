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

const CLIENT = defineColumns<S1ClientRow>({
  id: col.text('id'),
  institution_id: col.textOrNull('institution_id'),
  label: col.text('label'),
  client_id: col.text('client_id'),
  username: col.text('username'),
  created_by: col.textOrNull('created_by'),
  created_at: col.value('created_at'),
  revoked_at: col.valueOrNull('revoked_at'),
  last_used_at: col.valueOrNull('last_used_at'),
});

const CLIENT_FOR_TOKEN = defineColumns<S1ClientForToken>({
  id: col.text('c.id'),
  institution_id: col.textOrNull('c.institution_id'),
  institution_slug: col.textOrNull('i.slug'),
  client_secret_mac: col.text('c.client_secret_mac'),
  username: col.text('c.username'),
  password_mac: col.text('c.password_mac'),
  revoked_at: col.valueOrNull('c.revoked_at'),
  last_used_at: col.valueOrNull('c.last_used_at'),
});

/**
 * SQL for `s1_clients`. Management methods work on the owner of the current context: the
 * institution in a tenant context (filtered explicitly, on top of row-level security) or the
 * platform-wide credentials (institution_id NULL) in the platform context. Token methods run in
 * the auth scope, where every row is readable before anyone is known.
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

  /** The owner of the current context: the institution (tenant) or null for platform-wide (platform). */
  private ownerId(): string | null {
    const scope = this.tx.current()?.scope;
    if (scope === 'tenant') return this.tenant.institutionId();
    if (scope === 'platform') return null;
    throw new Error(`S1 credentials are managed in a tenant or platform context, not ${scope ?? 'none'}`);
  }

  /** `institution_id = $n` in a tenant context, `institution_id IS NULL` in the platform context. */
  private owner(next: number): { where: string; params: unknown[] } {
    const institutionId = this.ownerId();
    return institutionId ? { where: `institution_id = $${next}`, params: [institutionId] } : { where: 'institution_id IS NULL', params: [] };
  }

  async insert(values: NewS1Client): Promise<S1ClientRow> {
    const rows = await this.query(
      `INSERT INTO s1_clients (institution_id, label, client_id, client_secret_mac, username, password_mac, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${CLIENT.select}`,
      [this.ownerId(), values.label, values.clientId, values.clientSecretMac, values.username, values.passwordMac, values.createdBy],
    );
    return CLIENT.read(rows[0]!);
  }

  async list(): Promise<S1ClientRow[]> {
    const owner = this.owner(1);
    const rows = await this.query(`SELECT ${CLIENT.select} FROM s1_clients WHERE ${owner.where} ORDER BY created_at DESC, id`, owner.params);
    return rows.map((r) => CLIENT.read(r));
  }

  async findById(id: string): Promise<S1ClientRow | null> {
    const owner = this.owner(2);
    const rows = await this.query(`SELECT ${CLIENT.select} FROM s1_clients WHERE id = $1 AND ${owner.where} FOR UPDATE`, [id, ...owner.params]);
    return CLIENT.readFirst(rows);
  }

  async markRevoked(id: string): Promise<S1ClientRow | null> {
    const owner = this.owner(2);
    const rows = await this.query(
      `UPDATE s1_clients SET revoked_at = now() WHERE id = $1 AND ${owner.where} AND revoked_at IS NULL RETURNING ${CLIENT.select}`,
      [id, ...owner.params],
    );
    return CLIENT.readFirst(rows);
  }

  // --- auth scope ---

  /** The credential with this public client id, whatever its institution (auth scope). */
  async findForToken(clientId: string): Promise<S1ClientForToken | null> {
    this.requireAuthScope();
    const rows = await this.query(
      `SELECT ${CLIENT_FOR_TOKEN.select}
         FROM s1_clients c LEFT JOIN institutions i ON i.id = c.institution_id
        WHERE c.client_id = $1`,
      [clientId],
    );
    return CLIENT_FOR_TOKEN.readFirst(rows);
  }

  /** Records a use, at most once a minute per credential so busy scans do not write on every token. */
  async touchLastUsed(id: string): Promise<void> {
    this.requireAuthScope();
    await this.query(
      `UPDATE s1_clients SET last_used_at = now()
        WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`,
      [id],
    );
  }

  /** Which institution (or the platform, null) owns a credential; undefined when there is none (auth scope). */
  async findOwner(id: string): Promise<{ institution_id: string | null } | undefined> {
    this.requireAuthScope();
    const rows = await this.query<{ institution_id: string | null }>(`SELECT institution_id FROM s1_clients WHERE id = $1`, [id]);
    return rows[0];
  }

  /** Ids of credentials revoked in the last `seconds` (auth scope): their tokens may still be alive. */
  async revokedWithin(seconds: number): Promise<string[]> {
    this.requireAuthScope();
    const rows = await this.query<{ id: string }>(
      `SELECT id FROM s1_clients WHERE revoked_at IS NOT NULL AND revoked_at > now() - make_interval(secs => $1)`,
      [seconds],
    );
    return rows.map((r) => r.id);
  }

  private requireAuthScope(): void {
    const scope = this.tx.current()?.scope;
    if (scope !== 'auth') throw new Error(`S1 token lookups run in the auth scope, not ${scope ?? 'none'}`);
  }
}
