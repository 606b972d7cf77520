import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { CurrentTransaction } from '@veraz/tenancy';
import type { InstitutionRole } from '@veraz/contracts';
import { Session } from '../entities';

export interface SessionForPrincipal {
  revokedAt: Date | null;
  expiresAt: Date;
  isOperator: boolean;
  /** Null when the person is not (or no longer) a member of the institution asked for. */
  roles: InstitutionRole[] | null;
  /** The roster's fecha de baja of a joined person (their staff roles end that day). */
  staffRolesEndOn: string | null;
  /** The membership exists but an admin deactivated it (roles is then null). */
  deactivated: boolean;
}

@Injectable()
export class SessionsRepository {
  constructor(private readonly tx: CurrentTransaction) {}

  private repo() {
    return this.tx.manager().getRepository(Session);
  }

  insert(values: Pick<Session, 'userId' | 'activeInstitutionId' | 'refreshTokenHash' | 'expiresAt' | 'userAgent'>): Promise<Session> {
    return this.repo().save(this.repo().create({ ...values, lastUsedAt: new Date() }));
  }

  findById(id: string): Promise<Session | null> {
    return this.repo().findOne({ where: { id } });
  }

  /**
   * A session with its person's operator flag and roles in one institution, in one query. Runs in
   * the auth scope with `app.user_id` set to the person: RLS own_memberships lets them see their own.
   */
  async findForPrincipal(sessionId: string, userId: string, institutionId: string | null): Promise<SessionForPrincipal | null> {
    const rows: Array<{ revoked_at: Date | null; expires_at: Date; is_operator: boolean; roles: InstitutionRole[] | null; deactivated: boolean; staff_roles_end_on: string | null }> =
      await this.tx.manager().query(
        `SELECT s.revoked_at, s.expires_at, u.is_operator,
                CASE WHEN m.deactivated_at IS NULL THEN m.roles END AS roles, m.deactivated_at IS NOT NULL AS deactivated,
                m.staff_roles_end_on::text AS staff_roles_end_on
           FROM sessions s
           JOIN users u ON u.id = s.user_id
           LEFT JOIN memberships m ON m.user_id = u.id AND m.institution_id = $3
          WHERE s.id = $1 AND s.user_id = $2`,
        [sessionId, userId, institutionId],
      );
    const row = rows[0];
    return row
      ? { revokedAt: row.revoked_at, expiresAt: row.expires_at, isOperator: row.is_operator, roles: row.roles, deactivated: row.deactivated, staffRolesEndOn: row.staff_roles_end_on }
      : null;
  }

  /** Locks the row so two concurrent refreshes of the same token cannot both rotate it. */
  findByRefreshHashForUpdate(hash: string): Promise<Session | null> {
    return this.repo()
      .createQueryBuilder('s')
      .where('s.refresh_token_hash = :hash', { hash })
      .setLock('pessimistic_write')
      .getOne();
  }

  findByPreviousHash(hash: string): Promise<Session | null> {
    return this.repo().findOne({ where: { previousTokenHash: hash } });
  }

  async rotate(id: string, previousHash: string, nextHash: string, expiresAt: Date): Promise<void> {
    await this.repo().update(
      { id },
      { refreshTokenHash: nextHash, previousTokenHash: previousHash, expiresAt, lastUsedAt: new Date() },
    );
  }

  async setActiveInstitution(id: string, institutionId: string | null): Promise<void> {
    await this.repo().update({ id }, { activeInstitutionId: institutionId, lastUsedAt: new Date() });
  }

  async revoke(id: string): Promise<void> {
    await this.repo().update({ id, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  async revokeAllOfUser(userId: string): Promise<void> {
    await this.repo().update({ userId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }
}
