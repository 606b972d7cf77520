/** Stable codes stored in the log; the web app shows them with the Spanish labels below. */
export const AUDIT_ACTIONS = {
  'auth.login': 'Inicio de sesión',
  'auth.login_failed': 'Intento fallido de inicio de sesión',
  'auth.logout': 'Cierre de sesión',
  'auth.password_reset_requested': 'Solicitud de restablecimiento de contraseña',
  'auth.password_reset': 'Contraseña restablecida',
  'auth.refresh_reuse_detected': 'Reutilización de sesión detectada (sesión revocada)',
  'institution.created': 'Institución creada',
  'institution.logo_changed': 'Logotipo de la institución actualizado',
  'institution.certificate_changed': 'Certificado de sello de la institución registrado',
  'institution.s1_shared_changed': 'Cambio de participación en el punto S1 compartido',
  'invitation.created': 'Invitación creada',
  'invitation.accepted': 'Invitación aceptada',
  'invitation.revoked': 'Invitación revocada',
  'member.added': 'Miembro agregado',
  'member.roles_changed': 'Cambio de roles',
  'member.employment_level_changed': 'Cambio de nivel de empleo (formato de declaración)',
  'declaration.started': 'Declaración iniciada',
  'declaration.filed': 'Declaración presentada y firmada',
  'filing.reserved': 'Declaración clasificada como reservada',
  'filing.unreserved': 'Declaración dejó de ser reservada',
  'user.created': 'Cuenta creada',
  's1_client.created': 'Credencial S1 (PDN) creada',
  's1_client.revoked': 'Credencial S1 (PDN) revocada',
  'document.downloaded': 'Descarga de un documento de la declaración (acuse o PDF)',
} as const;

export type AuditAction = keyof typeof AUDIT_ACTIONS;
