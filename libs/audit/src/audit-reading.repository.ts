import { Injectable } from '@nestjs/common';
import { CurrentTransaction } from '@veraz/tenancy';

/** What the bitácora can be narrowed to. Dates are Mexico City calendar days, both ends included. */
export interface AuditFilters {
  limit: number;
  beforeSeq?: number;
  action?: string;
  /** Part of the acting person's name (any order of words is not tried: it is a plain substring). */
  person?: string;
  from?: string;
  to?: string;
}

export interface NamedAuditRow {
  seq: string;
  occurredAt: Date;
  actorUserId: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  details: Record<string, unknown>;
  hash: string;
  actorName: string | null;
  /** The person, folio or e-mail the target id stands for, when it is one of the chain's own objects. */
  targetName: string | null;
}

/** The platform chain's table with the null institution its entries stand for, so one query reads either chain. */
const PLATFORM_CHAIN = '(SELECT NULL::uuid AS institution_id, p.* FROM platform_audit_events p)';

const FULL_NAME = (u: string) => `nullif(concat_ws(' ', ${u}.nombre, ${u}.primer_apellido, ${u}.segundo_apellido), '')`;

/**
 * The bitácora as people read it: each entry with the actor's name and its object's name, resolved by
 * joins. In an institution's chain only its own members' names are resolved (an operator or someone
 * who left stays unnamed); the platform chain, read by operators only, resolves any account.
 */
@Injectable()
export class AuditReadingRepository {
  constructor(private readonly tx: CurrentTransaction) {}

  async list(institutionId: string | null, f: AuditFilters): Promise<NamedAuditRow[]> {
    const params: unknown[] = institutionId ? [institutionId] : [];
    const where = institutionId ? ['e.institution_id = $1'] : ['true'];
    const add = (sql: (p: string) => string, value: unknown) => {
      params.push(value);
      where.push(sql(`$${params.length}`));
    };
    if (f.beforeSeq) add((p) => `e.seq < ${p}`, f.beforeSeq);
    if (f.action) add((p) => `e.action = ${p}`, f.action);
    if (f.from) add((p) => `e.occurred_at >= (${p}::date::timestamp AT TIME ZONE 'America/Mexico_City')`, f.from);
    if (f.to) add((p) => `e.occurred_at < ((${p}::date + 1)::timestamp AT TIME ZONE 'America/Mexico_City')`, f.to);
    if (f.person) add((p) => `${FULL_NAME('au')} ILIKE ${p}`, `%${f.person.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    params.push(f.limit);
    // A user is named only through a membership of this chain's institution (of any, in the platform chain).
    const person = (idSql: string) =>
      `(SELECT ${FULL_NAME('tu')} FROM memberships m JOIN users tu ON tu.id = m.user_id
         WHERE ${institutionId ? 'm.institution_id = e.institution_id AND ' : ''}${idSql} LIMIT 1)`;
    const rows: Array<Record<string, unknown>> = await this.tx.manager().query(
      `SELECT e.seq::text AS seq, e.occurred_at AS "occurredAt", e.actor_user_id AS "actorUserId", e.action,
              e.target_type AS "targetType", e.target_id AS "targetId", e.details, e.hash,
              ${FULL_NAME('au')} AS "actorName",
              CASE e.target_type
                WHEN 'membership' THEN ${person('m.id::text = e.target_id')}
                WHEN 'user' THEN ${person('m.user_id::text = e.target_id')}
                WHEN 'filing' THEN (SELECT f.folio FROM filings f WHERE f.id::text = e.target_id AND f.institution_id = e.institution_id)
                WHEN 'declaration' THEN (SELECT ${FULL_NAME('du')} FROM declarations d JOIN users du ON du.id = d.user_id
                                          WHERE d.id::text = e.target_id AND d.institution_id = e.institution_id)
                WHEN 'invitation' THEN (SELECT i.email FROM invitations i WHERE i.id::text = e.target_id AND i.institution_id = e.institution_id)
              END AS "targetName"
         FROM ${institutionId ? 'audit_events' : PLATFORM_CHAIN} e
         LEFT JOIN users au ON au.id = e.actor_user_id
          AND (e.institution_id IS NULL OR EXISTS (SELECT 1 FROM memberships am WHERE am.user_id = au.id AND am.institution_id = e.institution_id))
        WHERE ${where.join(' AND ')}
        ORDER BY e.seq DESC
        LIMIT $${params.length}`,
      params,
    );
    return rows as unknown as NamedAuditRow[];
  }
}
