import { BadRequestException, ValidationPipe, type ValidationError as ClassValidatorError } from '@nestjs/common';
import type { ApiError, FieldError } from '@veraz/contracts';

// Spanish messages for constraints without arguments; DTOs give their own text for the rest.
const MESSAGES: Record<string, string> = {
  isDefined: 'es obligatorio',
  isNotEmpty: 'es obligatorio',
  isString: 'debe ser texto',
  isEmail: 'debe ser un correo electrónico válido',
  isUUID: 'debe ser un identificador válido',
  isArray: 'debe ser una lista',
  arrayNotEmpty: 'debe tener al menos un elemento',
  arrayUnique: 'no debe repetir elementos',
  isBoolean: 'debe ser verdadero o falso',
  isInt: 'debe ser un número entero',
  isNumber: 'debe ser un número',
  isObject: 'debe ser un objeto',
  isEnum: 'tiene un valor no permitido',
  isIn: 'tiene un valor no permitido',
  matches: 'no tiene el formato esperado',
  whitelistValidation: 'no es un campo permitido',
  nestedValidation: 'no es válido',
};

export function toFieldErrors(errors: ClassValidatorError[], prefix = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const error of errors) {
    const path = /^\d+$/.test(error.property) ? `${prefix}[${error.property}]` : prefix ? `${prefix}.${error.property}` : error.property;
    // Two constraints may say the same (a range's Min and Max): the field gets each sentence once.
    const said = new Set<string>();
    for (const [constraint, english] of Object.entries(error.constraints ?? {})) {
      const message = isEnglishDefault(english) ? (MESSAGES[constraint] ?? 'no es válido') : english;
      if (said.has(message)) continue;
      said.add(message);
      out.push({ path, message });
    }
    if (error.children?.length) out.push(...toFieldErrors(error.children, path));
  }
  return out;
}

// class-validator's defaults are English sentences naming the property ("email must be an email").
function isEnglishDefault(message: string): boolean {
  return /\b(must|should|is not|each value)\b/.test(message);
}

export function validationErrorBody(errors: FieldError[]): ApiError {
  return { statusCode: 400, code: 'VALIDACION', message: 'Los datos enviados no son válidos.', errors };
}

/** Whitelisting pipe: unknown fields are rejected, types converted, messages in Spanish with field paths. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => new BadRequestException(validationErrorBody(toFieldErrors(errors))),
  });
}
