import { DomainError } from '@veraz/contracts';

export class InvalidCredentialsError extends DomainError {
  constructor() {
    super('CREDENCIALES_INVALIDAS', 401, 'Correo o contraseña incorrectos.');
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'Tu sesión expiró o no es válida. Inicia sesión de nuevo.') {
    super('NO_AUTENTICADO', 401, message);
  }
}

export class TooManyAttemptsError extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
    super(
      'DEMASIADOS_INTENTOS',
      429,
      `Demasiados intentos fallidos. Espera ${minutes} ${minutes === 1 ? 'minuto' : 'minutos'} antes de volver a intentarlo.`,
    );
  }
}

export class InvalidLinkError extends DomainError {
  constructor(message = 'El enlace no es válido o ya venció. Solicita uno nuevo.') {
    super('ENLACE_INVALIDO', 400, message);
  }
}

export class AccountConflictError extends DomainError {
  constructor(message: string, path?: string) {
    super('CONFLICTO', 409, message, path ? [{ path, message }] : []);
  }
}

/** Platform operators and institution members are separate accounts (see migration OperatorsHoldNoTenantRoles). */
export class OperatorHoldsNoTenantRolesError extends DomainError {
  constructor(message: string, path?: string) {
    super('OPERADOR_SIN_ROLES', 409, message, path ? [{ path, message }] : []);
  }
}

export const OPERATOR_MEMBERSHIP_MESSAGE = 'Una cuenta de operación de la plataforma no puede tener roles en una institución.';
