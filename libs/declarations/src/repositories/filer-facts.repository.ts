import { Injectable } from '@nestjs/common';
import { Db, sqlRows, TenantContext } from '@veraz/tenancy';
import type { EmploymentLevel } from '@veraz/contracts';

/** Facts about the filer and the institution that a declaration needs, read in the tenant's context. */
@Injectable()
export class FilerFactsRepository {
  constructor(
    private readonly db: Db,
    private readonly tenant: TenantContext,
  ) {}

  async employmentLevel(userId: string): Promise<EmploymentLevel | null> {
    const rows: Array<{ employment_level: EmploymentLevel | null }> = await this.db
      .manager()
      .query(`SELECT employment_level FROM memberships WHERE institution_id = $1 AND user_id = $2`, [this.tenant.institutionId(), userId]);
    return rows[0]?.employment_level ?? null;
  }

  async setEmploymentLevel(membershipId: string, level: EmploymentLevel): Promise<{ userId: string; before: EmploymentLevel | null } | null> {
    const rows = await sqlRows<{ user_id: string; before: EmploymentLevel | null }>(
      this.db.manager(),
      `UPDATE memberships m SET employment_level = $3, updated_at = now()
         FROM (SELECT id, employment_level AS before FROM memberships WHERE id = $1 AND institution_id = $2 FOR UPDATE) old
        WHERE m.id = old.id
        RETURNING m.user_id, old.before`,
      [membershipId, this.tenant.institutionId(), level],
    );
    return rows[0] ? { userId: rows[0].user_id, before: rows[0].before } : null;
  }

  async institution(): Promise<{ slug: string; name: string }> {
    const rows: Array<{ slug: string; name: string }> = await this.db
      .manager()
      .query(`SELECT slug, name FROM institutions WHERE id = $1`, [this.tenant.institutionId()]);
    return rows[0];
  }
}
