/** Roles a membership grants inside one institution. */
export const INSTITUTION_ROLES = ['DECLARANTE', 'REVISOR', 'ADMIN_INSTITUCION'] as const;
export type InstitutionRole = (typeof INSTITUTION_ROLES)[number];

/** Platform-wide role, held by the people who run the deployment. */
export const PLATFORM_ROLE = 'OPERADOR' as const;
export type PlatformRole = typeof PLATFORM_ROLE;

export type AnyRole = InstitutionRole | PlatformRole;

export const ROLE_LABELS: Record<AnyRole, string> = {
  DECLARANTE: 'Declarante',
  REVISOR: 'Revisor (Órgano Interno de Control)',
  ADMIN_INSTITUCION: 'Administrador de la institución',
  OPERADOR: 'Operador de la plataforma',
};

export function isInstitutionRole(value: unknown): value is InstitutionRole {
  return typeof value === 'string' && (INSTITUTION_ROLES as readonly string[]).includes(value);
}
