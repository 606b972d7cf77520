import type { ApiError, FieldError } from '@veraz/contracts';

/** A failed API call, with the server's Spanish message and field problems when it sent them. */
export class ApiRequestError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fieldErrors: FieldError[];
  /** Seconds from the Retry-After header (a document still being generated, a rate limit); null when absent. */
  readonly retryAfterSeconds: number | null;

  constructor(status: number, code: string, message: string, fieldErrors: FieldError[] = [], retryAfterSeconds: number | null = null) {
    super(message);
    this.name = 'ApiRequestError';
    this.status = status;
    this.code = code;
    this.fieldErrors = fieldErrors;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

export const NETWORK_MESSAGE = 'No se pudo conectar con el servidor. Revisa tu conexión e inténtalo de nuevo.';
export const SESSION_ENDED_MESSAGE = 'Tu sesión terminó. Inicia sesión de nuevo.';

function fallbackMessage(status: number): string {
  if (status === 401) return SESSION_ENDED_MESSAGE;
  if (status === 403) return 'No tienes permiso para realizar esta acción.';
  if (status === 404) return 'No se encontró lo que buscabas.';
  if (status === 429) return 'Demasiadas solicitudes. Espera un momento e inténtalo de nuevo.';
  if (status >= 500) return 'Ocurrió un error en el servidor. Inténtalo más tarde.';
  return 'No se pudo completar la solicitud.';
}

function isApiError(value: unknown): value is ApiError {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.code === 'string' && typeof v.message === 'string';
}

function isFieldError(value: unknown): value is FieldError {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.path === 'string' && typeof v.message === 'string';
}

/** Turns an error answer into an ApiRequestError, tolerating bodies that are not ApiError JSON. */
export async function toRequestError(response: Response): Promise<ApiRequestError> {
  const retryAfter = retryAfterSeconds(response.headers.get('Retry-After'));
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON (a proxy error page, for instance): fall back to a generic message.
  }
  if (isApiError(body)) {
    const fieldErrors = Array.isArray(body.errors) ? body.errors.filter(isFieldError) : [];
    return new ApiRequestError(response.status, body.code, body.message, fieldErrors, retryAfter);
  }
  return new ApiRequestError(response.status, `HTTP_${response.status}`, fallbackMessage(response.status), [], retryAfter);
}

/** Retry-After in delta-seconds (the only form the API sends); HTTP dates are ignored. */
function retryAfterSeconds(header: string | null): number | null {
  if (!header || !/^\s*\d+\s*$/.test(header)) return null;
  return Number(header.trim());
}

/** The Spanish message to show for any error thrown while talking to the API. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiRequestError) return error.message;
  return 'Ocurrió un error inesperado. Inténtalo de nuevo.';
}
