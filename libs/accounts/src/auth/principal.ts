import { Injectable } from '@nestjs/common';
import { Clock } from '@veraz/config';
import type { InstitutionRole } from '@veraz/contracts';
import { UnauthenticatedError } from '../accounts.errors';
import { SessionsRepository } from '../repositories/sessions.repository';
import { effectiveRoles } from '../members/roles';
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
 * come from the membership as it is now, so a role change or logout applies immediately (and the
 * reviewer/admin roles of someone the roster records as a baja end on that date).
 * The institution comes from the server-side session token, never from client input.
 */
@Injectable()
export class PrincipalResolver {
  constructor(
    private readonly sessions: SessionsRepository,
    private readonly clock: Clock,
  ) {}

  /** Runs in the request runner's auth context for the token's person (see AccessGuard). */
  async resolve(claims: AccessClaims): Promise<Principal> {
    const row = await this.sessions.findForPrincipal(claims.sid, claims.sub, claims.inst);
    if (!row || row.revokedAt || row.expiresAt.getTime() <= Date.now()) throw new UnauthenticatedError();
    if (claims.inst && row.deactivated) {
      throw new UnauthenticatedError('Tu acceso a la institución de esta sesión fue desactivado. Inicia sesión de nuevo.');
    }
    if (claims.inst && !row.roles) {
      throw new UnauthenticatedError('Ya no perteneces a la institución de esta sesión. Inicia sesión de nuevo.');
    }
    return {
      userId: claims.sub,
      sessionId: claims.sid,
      institutionId: claims.inst,
      roles: effectiveRoles(row.roles ?? [], row.staffRolesEndOn, this.clock.today()),
      isOperator: row.isOperator,
    };
  }
}
