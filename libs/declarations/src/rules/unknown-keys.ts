import type { FieldError } from '@veraz/contracts';
import { pruneToSchema, type Tipo } from '@veraz/standards';

/**
 * Keys the standard does not define for this section and tipo. The OAS tolerates them, but a filing
 * must hold only the declaration as the standard shapes it (nothing unvetted may reach publication).
 */
export function unknownKeyErrors(tipo: Tipo, section: string, payload: unknown): FieldError[] {
  const errors: FieldError[] = [];
  diff(payload, pruneToSchema(tipo, section, payload), '', errors);
  return errors;
}

function diff(original: unknown, kept: unknown, path: string, errors: FieldError[]): void {
  if (Array.isArray(original) && Array.isArray(kept)) {
    original.forEach((item, i) => diff(item, kept[i], `${path}[${i}]`, errors));
  } else if (original && typeof original === 'object' && kept && typeof kept === 'object') {
    for (const [key, value] of Object.entries(original)) {
      const childPath = path ? `${path}.${key}` : key;
      if (!(key in kept)) errors.push({ path: childPath, message: 'no es un campo del estándar S1 para esta sección' });
      else diff(value, (kept as Record<string, unknown>)[key], childPath, errors);
    }
  }
}
