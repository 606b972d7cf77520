import { curpCheckDigit, curpProblem, rfcCheckDigit, rfcMatchesCurp, rfcPersonaFisicaProblem } from '@veraz/standards';
import { passwordProblems } from './password-policy';

// Declarants of the reference S1 filings (fictitious people with valid check digits).
const REFERENCE_CURPS = ['MUPA820714HJCXXN04', 'OONF981102MMNRXR03', 'IACL840322MJCBRC00'];

describe('CURP', () => {
  it('accepts the CURPs of the reference filings (valid check digits)', () => {
    for (const curp of REFERENCE_CURPS) expect(curpProblem(curp)).toBeNull();
  });

  it('rejects a wrong check digit, an impossible date and a bad shape, without echoing the value', () => {
    expect(curpProblem('MUPA820714HJCXXN05')).toBe('el dígito verificador no corresponde');
    const feb30 = 'MUPA820230HJCXXN0';
    expect(curpProblem(feb30 + curpCheckDigit(feb30))).toBe('contiene una fecha de nacimiento inexistente');
    expect(curpProblem('MUPA820714HZZXXN04')).toBe('no tiene el formato de una CURP');
    expect(curpProblem('MUPA8207')).toBe('debe tener 18 caracteres');
  });

  it('treats a letter in position 17 as a birth after 2000', () => {
    const base = 'GOMA000229HDFRRNA';
    expect(curpProblem(base + curpCheckDigit(base))).toBeNull(); // 29 Feb 2000 exists
  });
});

describe('RFC persona física', () => {
  it('accepts the declarants of the reference filings', () => {
    expect(rfcPersonaFisicaProblem('MUPA820714', 'LY3')).toBeNull();
    expect(rfcPersonaFisicaProblem('OONF981102', 'LU1')).toBeNull();
    expect(rfcPersonaFisicaProblem('mupa820714', 'ly3')).toBeNull();
  });

  it('computes the SAT check digit, including 0 and A results', () => {
    expect(rfcCheckDigit('IACL840322NA')).toBe('A');
    expect(rfcCheckDigit('GAVH780925PJ')).toBe('0');
    // Persona moral (12 characters) is padded with a leading space.
    expect(rfcCheckDigit('BBA830831LJ')).toBe('2');
  });

  it('points at the failing part', () => {
    expect(rfcPersonaFisicaProblem('MUPA820714', 'LY4')).toEqual({ path: 'homoclave', message: 'el dígito verificador no corresponde' });
    expect(rfcPersonaFisicaProblem('MUP820714', 'LY3')?.path).toBe('rfc');
    expect(rfcPersonaFisicaProblem('MUPA821314', 'LY3')).toEqual({ path: 'rfc', message: 'contiene una fecha inexistente' });
  });

  it('checks that RFC and CURP share the birth date', () => {
    expect(rfcMatchesCurp('MUPA820714', 'MUPA820714HJCXXN04')).toBe(true);
    expect(rfcMatchesCurp('MUPA820715', 'MUPA820714HJCXXN04')).toBe(false);
  });
});

describe('password policy', () => {
  it('asks for length, not composition rules', () => {
    expect(passwordProblems('corta')).toEqual(['debe tener al menos 10 caracteres']);
    expect(passwordProblems('una frase larga y fácil de recordar')).toEqual([]);
    expect(passwordProblems('contraseña123')).toContain('es demasiado común; elige otra');
    expect(passwordProblems('ana@ejemplo.mx', { email: 'ANA@ejemplo.mx' })).toContain('no puede ser igual a tu correo');
  });
});
