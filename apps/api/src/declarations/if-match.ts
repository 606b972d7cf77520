import { DomainError } from '@veraz/contracts';

/**
 * Reads the section version the client last saw from If-Match (`"3"`, `W/"3"` or `3`; `"0"` for
 * a section never saved). Required, so an autosave can never silently overwrite a newer save.
 */
export function expectedVersion(header: string | undefined): number {
  const match = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(header ?? '');
  if (!match) {
    throw new DomainError('FALTA_VERSION', 428, 'Falta el encabezado If-Match con la versión de la sección que editas ("0" si es nueva).');
  }
  return Number(match[1]);
}

export const etagOf = (version: number) => `"${version}"`;
