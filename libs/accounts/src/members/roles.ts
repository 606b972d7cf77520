import { INSTITUTION_ROLES, ValidationError, isInstitutionRole, type InstitutionRole } from '@veraz/contracts';

/** Deduplicates and orders roles; rejects unknown ones with a Spanish message. */
export function normalizeRoles(roles: readonly unknown[] | undefined): InstitutionRole[] {
  if (!Array.isArray(roles) || roles.length === 0) throw new ValidationError([{ path: 'roles', message: 'elige al menos un rol' }]);
  const invalid = roles.findIndex((r) => !isInstitutionRole(r));
  if (invalid >= 0) {
    throw new ValidationError([{ path: `roles[${invalid}]`, message: `debe ser uno de: ${INSTITUTION_ROLES.join(', ')}` }]);
  }
  return INSTITUTION_ROLES.filter((r) => roles.includes(r));
}

/**
 * The roles a membership grants today: after the roster's fecha de baja (staffRolesEndOn, see
 * RosterWriter) the person keeps DECLARANTE (to file the conclusión and notas aclaratorias) but no
 * longer reviews or administers. `today` is the Mexico City date of the deadline Clock.
 */
export function effectiveRoles(roles: InstitutionRole[], staffRolesEndOn: string | null | undefined, today: string): InstitutionRole[] {
  if (!staffRolesEndOn || staffRolesEndOn > today) return roles;
  return roles.filter((r) => r === 'DECLARANTE');
}
