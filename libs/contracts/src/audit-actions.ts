import { PLATFORM_ROLE } from './roles';

/** Stable codes stored in the audit log, with the Spanish labels the web app shows for them. */
export const AUDIT_ACTIONS = {
  'auth.login': 'Inicio de sesión',
  'auth.login_failed': 'Intento fallido de inicio de sesión',
  'auth.reauthentication_failed': 'Contraseña incorrecta al firmar una declaración',
  'auth.logout': 'Cierre de sesión',
  'auth.password_reset_requested': 'Solicitud de restablecimiento de contraseña',
  'auth.password_reset': 'Contraseña restablecida',
  'auth.refresh_reuse_detected': 'Reutilización de sesión detectada (sesión revocada)',
  'institution.created': 'Institución creada',
  'institution.logo_changed': 'Logotipo de la institución actualizado',
  'institution.certificate_changed': 'Certificado de sello de la institución registrado',
  'institution.authority_added': 'Autoridad certificadora registrada (para verificar e.firma)',
  'institution.authority_removed': 'Autoridad certificadora eliminada',
  'institution.crl_added': 'Lista de revocación (CRL) de una autoridad certificadora cargada',
  'institution.crl_removed': 'Lista de revocación (CRL) de una autoridad certificadora eliminada',
  'institution.s1_shared_changed': 'Cambio de participación en el punto S1 compartido',
  'institution.ente_publico_changed': 'Orden de gobierno y ámbito del ente público registrados',
  'invitation.created': 'Invitación creada',
  'invitation.accepted': 'Invitación aceptada',
  'invitation.revoked': 'Invitación revocada',
  'member.added': 'Miembro agregado',
  'member.roles_changed': 'Cambio de roles',
  'member.employment_level_changed': 'Cambio de nivel de empleo (formato de declaración)',
  'declaration.started': 'Declaración iniciada',
  'declaration.filed': 'Declaración presentada y firmada',
  'filings.generated': 'Carga de declaraciones sintéticas (generador de datos de prueba)',
  'filing.reserved': 'Declaración clasificada como reservada',
  'filing.unreserved': 'Declaración dejó de ser reservada',
  'user.created': 'Cuenta creada',
  's1_client.created': 'Credencial S1 (PDN) creada',
  's1_client.revoked': 'Credencial S1 (PDN) revocada',
  'document.downloaded': 'Descarga de un documento de la declaración (acuse o PDF)',
  'filings.exported': 'Exportación de la lista de declaraciones (CSV)',
  'filing.opened': 'Consulta de una declaración presentada (revisión)',
  'review.state_changed': 'Cambio de estado de la revisión de una declaración',
  'review.assigned': 'Asignación de la revisión de una declaración',
  'review.note_added': 'Nota agregada a la revisión de una declaración',
} as const;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

/** The label of a stored code; codes this version does not know are shown as they are. */
export function auditActionLabel(code: string): string {
  return (AUDIT_ACTIONS as Record<string, string>)[code] ?? code;
}

/**
 * Added to the details of an entry a platform operator caused in an institution's chain: the
 * operator is not a member, so this is how the institution's admins tell who acted.
 */
export const BY_OPERATOR = { actorRole: PLATFORM_ROLE } as const;

export function isOperatorEntry(details: Record<string, unknown>): boolean {
  return details.actorRole === PLATFORM_ROLE;
}
