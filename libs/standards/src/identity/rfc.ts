import { isRealDate } from './curp';

const RFC_ALPHABET = '0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ';

/** SAT's check digit (last homoclave character) over the first 12 characters (11 for personas morales). */
export function rfcCheckDigit(withoutDigit: string): string {
  const padded = withoutDigit.length === 11 ? ` ${withoutDigit}` : withoutDigit;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += RFC_ALPHABET.indexOf(padded[i]) * (13 - i);
  const remainder = sum % 11;
  if (remainder === 0) return '0';
  const digit = 11 - remainder;
  return digit === 10 ? 'A' : String(digit);
}

export function normalizeRfcPart(value: string): string {
  return value.trim().toUpperCase();
}

export interface RfcProblem {
  path: 'rfc' | 'homoclave';
  message: string;
}

/**
 * Validates the RFC of a persona física as the S1 standard splits it: 10 characters plus a
 * 3-character homoclave whose last character is the check digit. Never echoes the value.
 */
export function rfcPersonaFisicaProblem(rfcValue: string, homoclaveValue: string): RfcProblem | null {
  const rfc = normalizeRfcPart(rfcValue);
  const homoclave = normalizeRfcPart(homoclaveValue);
  if (!/^[A-ZÑ&]{4}\d{6}$/.test(rfc)) return { path: 'rfc', message: 'debe tener 4 letras y 6 dígitos (10 caracteres)' };
  const yy = Number(rfc.slice(4, 6));
  const month = Number(rfc.slice(6, 8));
  const day = Number(rfc.slice(8, 10));
  if (!isRealDate(2000 + yy, month, day) && !isRealDate(1900 + yy, month, day)) {
    return { path: 'rfc', message: 'contiene una fecha inexistente' };
  }
  if (!/^[A-Z\d]{2}[A\d]$/.test(homoclave)) return { path: 'homoclave', message: 'debe tener 3 caracteres (letras o dígitos)' };
  if (rfcCheckDigit(rfc + homoclave.slice(0, 2)) !== homoclave[2]) {
    return { path: 'homoclave', message: 'el dígito verificador no corresponde' };
  }
  return null;
}

/** A persona moral's RFC in one string: 3 letters, the founding date and a homoclave with its check digit. */
export function rfcPersonaMoralProblem(value: string): string | null {
  const rfc = normalizeRfcPart(value);
  if (!/^[A-ZÑ&]{3}\d{6}[A-Z\d]{2}[A\d]$/.test(rfc)) return 'debe tener 3 letras, 6 dígitos y 3 caracteres de homoclave (12 caracteres)';
  const yy = Number(rfc.slice(3, 5));
  if (!isRealDate(2000 + yy, Number(rfc.slice(5, 7)), Number(rfc.slice(7, 9))) && !isRealDate(1900 + yy, Number(rfc.slice(5, 7)), Number(rfc.slice(7, 9)))) {
    return 'contiene una fecha inexistente';
  }
  return rfcCheckDigit(rfc.slice(0, 11)) === rfc[11] ? null : 'el dígito verificador no corresponde';
}

/** The birth date in an RFC and a CURP of the same person must agree. */
export function rfcMatchesCurp(rfc: string, curp: string): boolean {
  return normalizeRfcPart(rfc).slice(4, 10) === curp.trim().toUpperCase().slice(4, 10);
}
