import {
  INSTITUTION_NAME_LENGTH,
  MAX_REMINDER_OFFSETS,
  REMINDER_OFFSET_RANGE,
  SIGNING_LEGAL_TEXT_MAX,
  ValidationError,
  type FieldError,
  type UpdateInstitutionSettingsRequest,
} from '@veraz/contracts';

/**
 * Checks and normalises what an admin sends on «Configuración»: every problem at once, each with
 * its field path, so the form can mark them all.
 */
export function normalizeSettings(input: UpdateInstitutionSettingsRequest): UpdateInstitutionSettingsRequest {
  const errors: FieldError[] = [];
  const name = typeof input.name === 'string' ? input.name.trim().replace(/\s+/g, ' ') : '';
  if (name.length < INSTITUTION_NAME_LENGTH.min || name.length > INSTITUTION_NAME_LENGTH.max) {
    errors.push({ path: 'name', message: `debe tener entre ${INSTITUTION_NAME_LENGTH.min} y ${INSTITUTION_NAME_LENGTH.max} caracteres` });
  }
  let legal: string | null = null;
  if (input.signingLegalText !== null && input.signingLegalText !== undefined) {
    if (typeof input.signingLegalText !== 'string') errors.push({ path: 'signingLegalText', message: 'debe ser texto' });
    else {
      legal = input.signingLegalText.replace(/\r\n/g, '\n').trim() || null;
      if (legal && legal.length > SIGNING_LEGAL_TEXT_MAX) {
        errors.push({ path: 'signingLegalText', message: `admite hasta ${SIGNING_LEGAL_TEXT_MAX} caracteres (tiene ${legal.length})` });
      }
    }
  }
  const offsets = Array.isArray(input.reminderOffsets) ? input.reminderOffsets : null;
  if (!offsets) errors.push({ path: 'reminderOffsets', message: 'debe ser una lista de días, p. ej. 30, 7, 1' });
  else {
    if (offsets.length > MAX_REMINDER_OFFSETS) errors.push({ path: 'reminderOffsets', message: `admite como máximo ${MAX_REMINDER_OFFSETS} recordatorios` });
    const seen = new Set<number>();
    offsets.forEach((days, i) => {
      if (!Number.isInteger(days) || days < REMINDER_OFFSET_RANGE.min || days > REMINDER_OFFSET_RANGE.max) {
        errors.push({ path: `reminderOffsets[${i}]`, message: `debe ser un número entero de días entre ${REMINDER_OFFSET_RANGE.min} y ${REMINDER_OFFSET_RANGE.max}` });
      } else if (seen.has(days)) {
        errors.push({ path: `reminderOffsets[${i}]`, message: `el día ${days} está repetido` });
      }
      seen.add(days);
    });
  }
  if (typeof input.requiresTaxConstancia !== 'boolean') errors.push({ path: 'requiresTaxConstancia', message: 'debe ser sí o no (true o false)' });
  if (errors.length) throw new ValidationError(errors, 'Revisa la configuración de la institución.');
  return {
    name,
    signingLegalText: legal,
    reminderOffsets: [...offsets!].sort((a, b) => b - a),
    requiresTaxConstancia: input.requiresTaxConstancia,
  };
}
