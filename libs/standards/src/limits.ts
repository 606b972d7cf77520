import type { FieldError } from './errors';

/**
 * Limits Veraz adds to the official OAS, which sets no length on free text. Browser-safe: the form
 * caps its inputs with the same constants the API enforces.
 */

/** Aclaraciones/observaciones of a section: 500 characters, as on the capture forms in use (SESNA's included). */
export const ACLARACIONES_MAX = 500;

/** Extra limits on a section's JSON; paths are relative to the section, like the schema errors. */
export function captureLimitErrors(payload: Record<string, unknown>): FieldError[] {
  const text = payload.aclaracionesObservaciones;
  // Code points, as Ajv counts maxLength.
  if (typeof text === 'string' && [...text].length > ACLARACIONES_MAX) {
    return [{ path: 'aclaracionesObservaciones', message: `debe tener como máximo ${ACLARACIONES_MAX} caracteres` }];
  }
  return [];
}
