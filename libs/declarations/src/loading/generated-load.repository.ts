import { Injectable } from '@nestjs/common';
import { CurrentTransaction, sqlRows, TenantContext } from '@veraz/tenancy';
import type { PersonIdentity } from '@veraz/accounts';
import type { DeclarationTipo, EmploymentLevel } from '@veraz/contracts';

export interface LoadPerson extends PersonIdentity {
  email: string;
  passwordHash: string;
}

export interface LoadDeclaration {
  userId: string;
  tipo: DeclarationTipo;
  declaracionCompleta: boolean;
  fechaTomaPosesion: string | null;
  anioReportado: number | null;
  fechaConclusion: string | null;
  periodKey: string;
  filedAt: Date;
}

/**
 * Multi-row writes for loading generated filings: one statement per batch instead of one per row.
 * Users are platform rows, memberships and declarations tenant rows; the caller's runner opens the batch's transaction.
 */
@Injectable()
export class GeneratedLoadRepository {
  constructor(
    private readonly tx: CurrentTransaction,
    private readonly tenant: TenantContext,
  ) {}

  /**
   * Plans the foreign-key checks of this transaction afresh on every row. PostgreSQL caches a check's plan per
   * connection; one made while a new table is small and has no statistics believes `institution_id = $n` matches
   * 0.5 % of the rows, so an index led by institution_id (filings_place_idx) looks as good as the key, and that plan
   * is kept until autovacuum analyses the table, which a bulk load outruns: every check then reads the whole
   * institution (SCALING.md, «Tenant-sharded growth»). A fresh plan sees the table's current size and takes the key.
   */
  async planChecksAfresh(): Promise<void> {
    await sqlRows(this.tx.manager(), `SELECT set_config('plan_cache_mode', 'force_custom_plan', true)`, []);
  }

  /** Inserts the people not yet there (by CURP) and returns every one's id by CURP. */
  async upsertUsers(people: LoadPerson[]): Promise<Map<string, string>> {
    if (!people.length) return new Map();
    const params: unknown[] = [];
    const values = people.map((p) => {
      params.push(p.email, p.passwordHash, p.nombre, p.primerApellido, p.segundoApellido, p.curp, p.rfc, p.homoclave);
      const n = params.length;
      return `($${n - 7}, $${n - 6}, $${n - 5}, $${n - 4}, $${n - 3}, $${n - 2}, $${n - 1}, $${n})`;
    });
    const rows = await sqlRows<{ id: string; curp: string }>(
      this.tx.manager(),
      `INSERT INTO users (email, password_hash, nombre, primer_apellido, segundo_apellido, curp, rfc, homoclave)
       VALUES ${values.join(', ')}
       ON CONFLICT (curp) DO UPDATE SET updated_at = users.updated_at
       RETURNING id, curp`,
      params,
    );
    return new Map(rows.map((r) => [r.curp.trim(), r.id]));
  }

  /** Each person as a DECLARANTE of the current institution, with the employment level of their format. */
  async upsertMemberships(members: Array<{ userId: string; level: EmploymentLevel }>): Promise<void> {
    if (!members.length) return;
    const institutionId = this.tenant.institutionId();
    const params: unknown[] = [institutionId];
    const values = members.map((m) => {
      params.push(m.userId, m.level);
      return `($1, $${params.length - 1}, ARRAY['DECLARANTE'], $${params.length})`;
    });
    await sqlRows(
      this.tx.manager(),
      `INSERT INTO memberships (institution_id, user_id, roles, employment_level) VALUES ${values.join(', ')}
       ON CONFLICT (institution_id, user_id) DO NOTHING`,
      params,
    );
  }

  /** Declarations that are already filed (their filing follows in the same transaction); ids in input order. */
  async insertFiledDeclarations(rows: LoadDeclaration[]): Promise<string[]> {
    if (!rows.length) return [];
    const params: unknown[] = [this.tenant.institutionId()];
    const values = rows.map((r, i) => {
      params.push(i, r.userId, r.tipo, r.declaracionCompleta, r.fechaTomaPosesion, r.anioReportado, r.fechaConclusion, r.periodKey, r.filedAt);
      const n = params.length;
      return `($${n - 8}::int, $${n - 7}::uuid, $${n - 6}, $${n - 5}::boolean, $${n - 4}::date, $${n - 3}::int, $${n - 2}::date, $${n - 1}, $${n}::timestamptz)`;
    });
    const inserted = await sqlRows<{ id: string; user_id: string; period_key: string }>(
      this.tx.manager(),
      `WITH input (ord, user_id, tipo, completa, toma, anio, conclusion, period_key, filed_at) AS (VALUES ${values.join(', ')})
       INSERT INTO declarations (institution_id, user_id, tipo, declaracion_completa, fecha_toma_posesion, anio_reportado,
         fecha_conclusion, period_key, status, created_at, updated_at)
       SELECT $1, user_id, tipo, completa, toma, anio, conclusion, period_key, 'PRESENTADA', filed_at, filed_at FROM input ORDER BY ord
       RETURNING id, user_id, period_key`,
      params,
    );
    // A person files once per period, so (user, period) finds each row's id.
    const ids = new Map(inserted.map((r) => [`${r.user_id}|${r.period_key}`, r.id]));
    return rows.map((r) => ids.get(`${r.userId}|${r.periodKey}`)!);
  }
}
