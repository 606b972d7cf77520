const CURP_ALPHABET = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ';
const STATES =
  'AS|BC|BS|CC|CL|CM|CS|CH|DF|DG|GT|GR|HG|JC|MC|MN|MS|NT|NL|OC|PL|QT|QR|SP|SL|SR|TC|TS|TL|VZ|YN|ZS|NE';
const CURP_SHAPE = new RegExp(`^[A-Z][AEIOUX][A-Z]{2}\\d{6}[HMX](${STATES})[B-DF-HJ-NP-TV-Z]{3}[A-Z\\d]\\d$`);

/** RENAPO's check digit over the first 17 characters. */
export function curpCheckDigit(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CURP_ALPHABET.indexOf(first17[i]) * (18 - i);
  return String((10 - (sum % 10)) % 10);
}

export function normalizeCurp(value: string): string {
  return value.trim().toUpperCase();
}

/** Spanish reason why a CURP is invalid, or null when it is valid. Never echoes the value. */
export function curpProblem(value: string): string | null {
  const curp = normalizeCurp(value);
  if (curp.length !== 18) return 'debe tener 18 caracteres';
  if (!CURP_SHAPE.test(curp)) return 'no tiene el formato de una CURP';
  // The 17th character is a digit for people born before 2000 and a letter after.
  const century = /\d/.test(curp[16]) ? 1900 : 2000;
  if (!isRealDate(century + Number(curp.slice(4, 6)), Number(curp.slice(6, 8)), Number(curp.slice(8, 10)))) {
    return 'contiene una fecha de nacimiento inexistente';
  }
  if (curpCheckDigit(curp.slice(0, 17)) !== curp[17]) return 'el dígito verificador no corresponde';
  return null;
}

export function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
