import { ApiRequestError } from '../../api/errors';

/** The server's Spanish message, with its field problems. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiRequestError) {
    const fields = error.fieldErrors.map((f) => f.message).join(' ');
    return fields ? `${error.message} ${fields}` : error.message;
  }
  return 'No se pudo completar la solicitud.';
}
