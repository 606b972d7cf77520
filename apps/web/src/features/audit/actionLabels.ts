/** Spanish labels for the audit action codes; unknown codes are shown as they are. */
const ACTION_LABELS: Record<string, string> = {
  'auth.login': 'Inicio de sesión',
  'auth.login_failed': 'Intento fallido de inicio de sesión',
  'auth.logout': 'Cierre de sesión',
  'auth.password_reset_requested': 'Solicitud para restablecer la contraseña',
  'auth.password_reset': 'Contraseña restablecida',
  'auth.refresh_reuse_detected': 'Reutilización de sesión detectada (sesión revocada)',
  'institution.created': 'Institución creada',
  'invitation.created': 'Invitación creada',
  'invitation.accepted': 'Invitación aceptada',
  'invitation.revoked': 'Invitación revocada',
  'member.added': 'Miembro agregado',
  'member.roles_changed': 'Cambio de roles',
  'user.created': 'Cuenta creada',
};

export function actionLabel(code: string): string {
  return ACTION_LABELS[code] ?? code;
}
