// A short list of the passwords most often tried first; a longer list adds little at 10+ chars.
const COMMON = new Set([
  'contraseña123', 'contrasena123', 'password123', '1234567890', '12345678910', 'qwertyuiop', 'administrador',
  'mexico12345', 'méxico12345', 'bienvenido123', 'veraz123456', 'declaracion1', 'declaración1', 'aaaaaaaaaa',
]);

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

/** Spanish problems with a new password (empty when acceptable). NIST 800-63B style: length over rules. */
export function passwordProblems(password: string, context: { email?: string } = {}): string[] {
  const problems: string[] = [];
  if (typeof password !== 'string' || password.length < PASSWORD_MIN_LENGTH) {
    problems.push(`debe tener al menos ${PASSWORD_MIN_LENGTH} caracteres`);
    return problems;
  }
  if (password.length > PASSWORD_MAX_LENGTH) problems.push(`debe tener como máximo ${PASSWORD_MAX_LENGTH} caracteres`);
  const lower = password.toLowerCase();
  if (COMMON.has(lower) || /^(.)\1+$/.test(password)) problems.push('es demasiado común; elige otra');
  if (context.email && lower === context.email.toLowerCase()) problems.push('no puede ser igual a tu correo');
  return problems;
}
