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
  'member.deactivated': 'Miembro desactivado (ya no puede ingresar a la institución)',
  'member.reactivated': 'Miembro reactivado',
  'invitation.resent': 'Invitación reenviada (el enlace anterior dejó de servir)',
  'settings.changed': 'Configuración de la institución actualizada',
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
  'reminder.sent': 'Recordatorios de obligaciones enviados por correo',
  'requerimiento.generated': 'Requerimiento por omisión generado y sellado',
  'requerimiento.sent': 'Requerimiento enviado por correo (notificación)',
  'requerimiento.notified': 'Notificación en persona de un requerimiento registrada',
  'roster.import_previewed': 'Padrón: archivo revisado (vista previa de la importación)',
  'roster.import_applied': 'Padrón: importación aplicada',
  'roster.import_discarded': 'Padrón: importación descartada',
  'roster.person_changed': 'Padrón: datos o movimiento de una persona registrados',
  'roster.staff_roles_ended': 'Padrón: los roles de revisión o administración terminan en la fecha de baja',
  'export.generated': 'Exportación de omisos, extemporáneos o requerimientos (CSV o Excel)',
  'constancia.uploaded': 'Constancia de la declaración fiscal (acuse del SAT) cargada',
  'constancia.downloaded': 'Descarga de una constancia de la declaración fiscal',
  'aviso.filed': 'Aviso por cambio de ente público presentado',
  'aviso.downloaded': 'Descarga del acuse de un aviso por cambio de ente público',
  'filing.opened': 'Consulta de una declaración presentada (revisión)',
  'integrity.risk_opened': 'Consulta de las alertas de riesgo de una declaración (revisión)',
  'integrity.evolution_opened': 'Consulta de la evolución patrimonial de una persona (revisión)',
  'review.state_changed': 'Cambio de estado de la revisión de una declaración',
  'review.assigned': 'Asignación de la revisión de una declaración',
  'review.note_added': 'Nota agregada a la revisión de una declaración',
  'integrity.thresholds_changed': 'Umbrales de las señales de riesgo actualizados (nueva versión; se recalculan los puntajes)',
  'fx_rates.imported': 'Tipos de cambio anuales importados (serie del SIE de Banco de México u otra fuente oficial)',
} as const;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

/** The label of a stored code; codes this version does not know are shown as they are. */
export function auditActionLabel(code: string): string {
  return (AUDIT_ACTIONS as Record<string, string>)[code] ?? code;
}

/** Spanish names of the kinds of object an entry is about. */
export const AUDIT_TARGET_TYPES: Record<string, string> = {
  institution: 'La institución',
  membership: 'Miembro',
  user: 'Cuenta',
  invitation: 'Invitación',
  declaration: 'Declaración en captura',
  filing: 'Declaración',
  session: 'Sesión',
  institution_authority: 'Autoridad certificadora',
  institution_authority_crl: 'Lista de revocación (CRL)',
  integrity_thresholds: 'Umbrales de las señales de riesgo, versión',
};

/**
 * How the bitácora names an entry's object: «Miembro Ana López», «Declaración folio X», «Invitación a
 * correo»; without a resolved name, the kind of object alone (the id stays in the entry).
 */
export function auditTargetLabel(targetType: string | null, name: string | null): string | null {
  if (!targetType) return null;
  const kind = AUDIT_TARGET_TYPES[targetType] ?? targetType;
  if (!name) return kind;
  switch (targetType) {
    case 'filing':
      return `Declaración folio ${name}`;
    case 'invitation':
      return `Invitación a ${name}`;
    case 'user':
      return `Cuenta de ${name}`;
    case 'declaration':
      return `Declaración en captura de ${name}`;
    default:
      return `${kind} ${name}`;
  }
}

/**
 * Added to the details of an entry a platform operator caused in an institution's chain: the
 * operator is not a member, so this is how the institution's admins tell who acted.
 */
export const BY_OPERATOR = { actorRole: PLATFORM_ROLE } as const;

export function isOperatorEntry(details: Record<string, unknown>): boolean {
  return details.actorRole === PLATFORM_ROLE;
}
