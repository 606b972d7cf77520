/**
 * Lengths of the free texts outside the declaration itself, shared by the API (DTOs and services)
 * and the web forms. The declaration's own fields are bounded in standards/formulario/limites.json.
 */

/** Nota aclaratoria of a corrected filing. */
export const NOTA_ACLARATORIA_LENGTH = { min: 10, max: 5000 } as const;

/** Motivo of classifying a filing as reserved (or lifting it), e.g. the Comité de Transparencia's agreement. */
export const RESERVA_MOTIVO_LENGTH = { min: 10, max: 2000 } as const;

/** A calendar day written AAAA-MM-DD. */
export const DAY_TEXT_LENGTH = 10;
