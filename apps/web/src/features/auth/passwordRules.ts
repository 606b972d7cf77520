import type { RegisterOptions } from 'react-hook-form';

export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const PASSWORD_HINT = 'Al menos 10 caracteres. No uses una contraseña muy común.';

export const emailRules = {
  required: 'Escribe tu correo electrónico.',
  pattern: { value: EMAIL_PATTERN, message: 'Escribe un correo electrónico válido, como nombre@institucion.gob.mx.' },
} satisfies RegisterOptions;

export const newPasswordRules = {
  required: 'Escribe una contraseña.',
  minLength: { value: 10, message: 'La contraseña debe tener al menos 10 caracteres.' },
  maxLength: { value: 128, message: 'La contraseña debe tener como máximo 128 caracteres.' },
} satisfies RegisterOptions;

/** Where to go after signing in: only paths inside this app, never another site. */
export function safeReturnPath(from: unknown): string {
  if (typeof from !== 'string' || !from.startsWith('/') || from.startsWith('//') || from.startsWith('/ingresar')) return '/';
  return from;
}
