import { DomainError } from '@veraz/contracts';

export class InstitutionSlugTakenError extends DomainError {
  constructor() {
    super('CONFLICTO', 409, 'Ya existe una institución con ese identificador (slug).', [
      { path: 'slug', message: 'ya está en uso' },
    ]);
  }
}

export class InstitutionNotFoundError extends DomainError {
  constructor() {
    super('NO_ENCONTRADO', 404, 'No se encontró la institución.');
  }
}

export class InvalidInstitutionError extends DomainError {
  constructor(path: string, message: string) {
    super('VALIDACION', 400, 'Los datos de la institución no son válidos.', [{ path, message }]);
  }
}
