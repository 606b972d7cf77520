import type { EmploymentLevel } from './declarations';
import type { EntePublico } from './ente-publico';
import type { InstitutionRole } from './roles';

export interface InstitutionSummary {
  id: string;
  slug: string;
  name: string;
}

/** What the platform's operators see of an institution: its summary and its ente público values. */
export interface PlatformInstitution extends InstitutionSummary, EntePublico {}

export interface MembershipSummary {
  id: string;
  institution: InstitutionSummary;
  roles: InstitutionRole[];
}

export interface CurrentUser {
  id: string;
  email: string;
  nombre: string;
  primerApellido: string;
  segundoApellido: string | null;
  isOperator: boolean;
}

/** What the web shell needs after login, refresh or an institution switch. */
export interface SessionView {
  accessToken: string;
  expiresIn: number;
  user: CurrentUser;
  institution: InstitutionSummary | null;
  roles: InstitutionRole[];
  memberships: MembershipSummary[];
}

export interface MemberView {
  id: string;
  userId: string;
  email: string;
  nombreCompleto: string;
  roles: InstitutionRole[];
  /** Decides complete vs simplified declarations; null until an admin records it. */
  employmentLevel: EmploymentLevel | null;
  createdAt: string;
  /** Set while an admin has deactivated the member: no access to the institution, filings kept. */
  deactivatedAt: string | null;
}

export interface InvitationView {
  id: string;
  email: string;
  roles: InstitutionRole[];
  /** Recorded on the membership when accepted; null when the admin left it for later. */
  employmentLevel: EmploymentLevel | null;
  status: 'PENDIENTE' | 'ACEPTADA' | 'REVOCADA' | 'VENCIDA';
  expiresAt: string;
  createdAt: string;
}

export interface PublicInvitationView {
  institution: InstitutionSummary;
  email: string;
  roles: InstitutionRole[];
  expiresAt: string;
  accountExists: boolean;
}

export interface AuditEventView {
  seq: number;
  occurredAt: string;
  action: string;
  actorUserId: string | null;
  /** «Nombre Apellido» of the actor when a member of the institution (any account in the platform's chain). */
  actorName: string | null;
  targetType: string | null;
  targetId: string | null;
  /** The object in Spanish: «Miembro Ana López», «Declaración folio X», «Invitación a correo». */
  targetLabel: string | null;
  details: Record<string, unknown>;
  hash: string;
}

export interface Page<T> {
  items: T[];
  total: number;
}
