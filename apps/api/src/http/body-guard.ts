import type { NextFunction, Request, Response } from 'express';
import { ValidationError, type FieldError } from '@veraz/contracts';

/** Deeper than any S1 document (about 8 levels) by a wide margin. */
export const MAX_BODY_DEPTH = 64;

// A lone UTF-16 surrogate is valid JSON but not text: validators throw on it and PostgreSQL rejects it,
// as it rejects NUL in text and jsonb.
const INVALID_TEXT = /[\0\p{Cs}]/u;

/**
 * Refuses, with a 400 naming the place, parsed query strings and bodies that could only fail deeper in: nesting beyond
 * MAX_BODY_DEPTH (recursive validators overflow the stack), strings or keys with NUL or lone
 * surrogates, and numbers that are not finite (JSON.parse reads `1e400` as Infinity, which would be
 * saved as null). Iterative, so a hostile body cannot overflow it either.
 */
export function checkBody(body: unknown): FieldError | null {
  const stack: Array<{ value: unknown; path: string; depth: number }> = [{ value: body, path: '', depth: 0 }];
  while (stack.length) {
    const { value, path, depth } = stack.pop()!;
    if (typeof value === 'string') {
      if (INVALID_TEXT.test(value)) return { path, message: 'contiene caracteres no válidos' };
      continue;
    }
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) return { path: path || '(raíz)', message: 'es un número fuera del rango que se puede representar' };
      continue;
    }
    if (!value || typeof value !== 'object') continue;
    if (depth >= MAX_BODY_DEPTH) return { path, message: `tiene demasiados niveles anidados (máximo ${MAX_BODY_DEPTH})` };
    if (Array.isArray(value)) {
      value.forEach((item, i) => stack.push({ value: item, path: `${path}[${i}]`, depth: depth + 1 }));
      continue;
    }
    for (const [key, child] of Object.entries(value)) {
      const childPath = path ? `${path}.${key}` : key;
      if (INVALID_TEXT.test(key)) return { path: path || '(raíz)', message: 'tiene un nombre de campo con caracteres no válidos' };
      stack.push({ value: child, path: childPath, depth: depth + 1 });
    }
  }
  return null;
}

export function bodyGuard(req: Request, _res: Response, next: NextFunction): void {
  // Query strings too: `?q=%00` would otherwise reach PostgreSQL.
  const problem = checkBody(req.query) ?? (req.body && typeof req.body === 'object' ? checkBody(req.body) : null);
  // The error filters answer it: VALIDACION for the API, e_8001 for S1.
  next(problem ? new ValidationError([{ ...problem, path: problem.path.replace(/[\0\p{Cs}]/gu, '?') }]) : undefined);
}
