import { Injectable } from '@nestjs/common';
import type { InstitutionRole } from '@veraz/contracts';
import { Db } from '@veraz/tenancy';
import { UnauthenticatedError } from '../accounts.errors';
import type { AccessClaims } from './access-tokens';

/** Who is calling, established from a verified token and checked against the database. */
export interface Principal {
  userId: string;
  sessionId: string;
  /** The institution selected in the session; null when the person has none (e.g. an operator). */
  institutionId: string | null;
  roles: InstitutionRole[];
  isOperator: boolean;
}

/**
 * Turns token claims into a principal with one query: the session must be live, and the roles
 * come from the membership as it is now, so a role change or logout applies immediately.
 * The institution comes from the server-side session token, never from client input.
 */
@Injectable()
export class PrincipalResolver {
  constructor(private readonly db: Db) {}

  async resolve(claims: AccessClaims): Promise<Principal> {
    const lookup = async () => {
      const rows: Array<{ revoked_at: Date | null; expires_at: Date; is_operator: boolean; roles: InstitutionRole[] | null }> =
        await this.db.manager().query(
          `SELECT s.revoked_at, s.expires_at, u.is_operator, m.roles
             FROM sessions s
             JOIN users u ON u.id = s.user_id
             LEFT JOIN memberships m ON m.user_id = u.id AND m.institution_id = $3
            WHERE s.id = $1 AND s.user_id = $2`,
          [claims.sid, claims.sub, claims.inst],
        );
      return rows[0];
    };
    const row = claims.inst
      ? await this.db.inTenant(claims.inst, lookup, { userId: claims.sub })
      : await this.db.inAuth(lookup, { userId: claims.sub });
    if (!row || row.revoked_at || row.expires_at.getTime() <= Date.now()) throw new UnauthenticatedError();
    if (claims.inst && !row.roles) {
      throw new UnauthenticatedError('Ya no perteneces a la institución de esta sesión. Inicia sesión de nuevo.');
    }
    return {
      userId: claims.sub,
      sessionId: claims.sid,
      institutionId: claims.inst,
      roles: row.roles ?? [],
      isOperator: row.is_operator,
    };
  }
}
