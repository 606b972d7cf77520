import { Injectable } from '@nestjs/common';
import { CurrentTransaction, sqlRows, TenantContext } from '@veraz/tenancy';

export interface RosterLink {
  id: string;
  curp: string;
  userId: string | null;
  fechaBaja: string | null;
}

/**
 * The roster rows an invitation acceptance checks and links (tenant context). The roster itself is
 * libs/roster's; accounts only reads a row by id or CURP and records who joined as it.
 */
@Injectable()
export class RosterLinksRepository {
  constructor(
    private readonly tx: CurrentTransaction,
    private readonly tenant: TenantContext,
  ) {}

  async find(by: { id: string } | { curp: string }): Promise<RosterLink | null> {
    const [column, value] = 'id' in by ? ['id', by.id] : ['curp', by.curp];
    const rows = await sqlRows<RosterLink>(
      this.tx.manager(),
      `SELECT id, trim(curp) AS curp, user_id AS "userId", fecha_baja::text AS "fechaBaja"
         FROM roster_people WHERE institution_id = $1 AND ${column} = $2 FOR UPDATE`,
      [this.tenant.institutionId(), value],
    );
    return rows[0] ?? null;
  }

  async link(personId: string, userId: string, membershipId: string, fechaBaja: string | null): Promise<void> {
    await sqlRows(this.tx.manager(), `UPDATE roster_people SET user_id = $3, updated_at = now() WHERE institution_id = $1 AND id = $2`, [
      this.tenant.institutionId(),
      personId,
      userId,
    ]);
    await sqlRows(this.tx.manager(), `UPDATE memberships SET staff_roles_end_on = $3 WHERE institution_id = $1 AND id = $2`, [
      this.tenant.institutionId(),
      membershipId,
      fechaBaja,
    ]);
  }
}
