/** One field-level problem in a 4xx answer; `path` uses dots and [index] like `rfc.homoClave`. */
export interface FieldError {
  path: string;
  message: string;
}

/** Body of every error answer of the JSON API. */
export interface ApiError {
  statusCode: number;
  code: string;
  message: string;
  errors?: FieldError[];
}

/**
 * An expected failure with a Spanish message meant for the user. The HTTP layer turns it into
 * `{statusCode, code, message, errors}`; the CLI prints the message and exits non-zero.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    readonly errors: FieldError[] = [],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export class NotFoundError extends DomainError {
  constructor(message = 'No se encontró el recurso solicitado.') {
    super('NO_ENCONTRADO', 404, message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'No tienes permiso para realizar esta acción.') {
    super('PROHIBIDO', 403, message);
  }
}

export class ValidationError extends DomainError {
  constructor(errors: FieldError[], message = 'Los datos enviados no son válidos.') {
    super('VALIDACION', 400, message, errors);
  }
}
