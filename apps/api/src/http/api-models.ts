import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  AMBITOS_PUBLICOS,
  EMPLOYMENT_LEVELS,
  NIVELES_ORDEN_GOBIERNO,
  type AmbitoPublico,
  type NivelOrdenGobierno,
  type PlatformInstitution,
  INSTITUTION_ROLES,
  type EmploymentLevel,
  type ApiError,
  type AuditEventView,
  type CurrentUser,
  type FieldError,
  type InstitutionRole,
  type InstitutionSummary,
  type InvitationView,
  type MemberView,
  type MembershipSummary,
  type PublicInvitationView,
  type SessionView,
} from '@veraz/contracts';

// OpenAPI descriptions of the shared contract types; `implements` keeps them from drifting.

export class FieldErrorModel implements FieldError {
  @ApiProperty({ example: 'curp' }) path: string;
  @ApiProperty({ example: 'el dígito verificador no corresponde' }) message: string;
}

export class ApiErrorModel implements ApiError {
  @ApiProperty({ example: 400 }) statusCode: number;
  @ApiProperty({ example: 'VALIDACION' }) code: string;
  @ApiProperty({ example: 'Los datos enviados no son válidos.' }) message: string;
  @ApiPropertyOptional({ type: [FieldErrorModel] }) errors?: FieldError[];
}

export class InstitutionModel implements InstitutionSummary {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'sefin-jalisco' }) slug: string;
  @ApiProperty({ example: 'Secretaría de la Hacienda Pública' }) name: string;
}

export class PlatformInstitutionModel extends InstitutionModel implements PlatformInstitution {
  @ApiProperty({ enum: NIVELES_ORDEN_GOBIERNO, nullable: true, description: 'nivelOrdenGobierno del estándar S1; null si no se ha registrado' })
  nivelOrdenGobierno: NivelOrdenGobierno | null;
  @ApiProperty({ enum: AMBITOS_PUBLICOS, nullable: true, description: 'ambitoPublico del estándar S1; null si no se ha registrado' })
  ambitoPublico: AmbitoPublico | null;
}

export class MembershipModel implements MembershipSummary {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: InstitutionModel }) institution: InstitutionSummary;
  @ApiProperty({ enum: INSTITUTION_ROLES, isArray: true }) roles: InstitutionRole[];
}

export class CurrentUserModel implements CurrentUser {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() nombre: string;
  @ApiProperty() primerApellido: string;
  @ApiProperty({ nullable: true, type: String }) segundoApellido: string | null;
  @ApiProperty() isOperator: boolean;
}

export class SessionModel implements SessionView {
  @ApiProperty({ description: 'Token de acceso (Bearer), vigencia corta' }) accessToken: string;
  @ApiProperty({ description: 'Segundos de vigencia del token de acceso' }) expiresIn: number;
  @ApiProperty({ type: CurrentUserModel }) user: CurrentUser;
  @ApiProperty({ type: InstitutionModel, nullable: true }) institution: InstitutionSummary | null;
  @ApiProperty({ enum: INSTITUTION_ROLES, isArray: true }) roles: InstitutionRole[];
  @ApiProperty({ type: [MembershipModel] }) memberships: MembershipSummary[];
}

export class MemberModel implements MemberView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() email: string;
  @ApiProperty() nombreCompleto: string;
  @ApiProperty({ enum: INSTITUTION_ROLES, isArray: true }) roles: InstitutionRole[];
  @ApiProperty({ enum: EMPLOYMENT_LEVELS, nullable: true, description: 'Define si sus declaraciones son completas o simplificadas' })
  employmentLevel: EmploymentLevel | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String, description: 'Fecha en que se desactivó; null si está activo' })
  deactivatedAt: string | null;
}

export class MemberPageModel {
  @ApiProperty({ type: [MemberModel] }) items: MemberView[];
  @ApiProperty() total: number;
}

/** The link never appears here: it travels only in the e-mail to the invited address. */
export class InvitationModel implements InvitationView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: 'Correo de la persona invitada: el único lugar al que se envía el enlace' }) email: string;
  @ApiProperty({ enum: INSTITUTION_ROLES, isArray: true }) roles: InstitutionRole[];
  @ApiProperty({ enum: EMPLOYMENT_LEVELS, nullable: true, description: 'Nivel de empleo que quedará registrado al aceptar' })
  employmentLevel: EmploymentLevel | null;
  @ApiProperty({ enum: ['PENDIENTE', 'ACEPTADA', 'REVOCADA', 'VENCIDA'] }) status: InvitationView['status'];
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class InvitationPageModel {
  @ApiProperty({ type: [InvitationModel] }) items: InvitationView[];
  @ApiProperty() total: number;
}

export class PublicInvitationModel implements PublicInvitationView {
  @ApiProperty({ type: InstitutionModel }) institution: InstitutionSummary;
  @ApiProperty() email: string;
  @ApiProperty({ enum: INSTITUTION_ROLES, isArray: true }) roles: InstitutionRole[];
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
  @ApiProperty({ description: 'Si el correo ya tiene cuenta: se pide su contraseña en lugar de registrarse' }) accountExists: boolean;
}

export class AuditEventModel implements AuditEventView {
  @ApiProperty() seq: number;
  @ApiProperty({ format: 'date-time' }) occurredAt: string;
  @ApiProperty({ example: 'member.roles_changed' }) action: string;
  @ApiProperty({ nullable: true, type: String }) actorUserId: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'Ana López Pérez', description: 'Nombre de quien actuó (miembro de la institución)' }) actorName: string | null;
  @ApiProperty({ nullable: true, type: String }) targetType: string | null;
  @ApiProperty({ nullable: true, type: String }) targetId: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'Declaración folio ABC-2026-000001', description: 'El objeto, en español' }) targetLabel: string | null;
  @ApiProperty({ type: Object }) details: Record<string, unknown>;
  @ApiProperty({ description: 'SHA-256 que encadena esta entrada con la anterior' }) hash: string;
}

export class MessageModel {
  @ApiProperty() message: string;
}
