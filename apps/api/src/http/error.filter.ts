import { ArgumentsHost, Catch, HttpException, Logger, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DomainError, type ApiError } from '@veraz/contracts';
import { answerAfterDraining } from './drain';

const DEFAULTS: Record<number, { code: string; message: string }> = {
  400: { code: 'SOLICITUD_INVALIDA', message: 'La solicitud no es válida.' },
  401: { code: 'NO_AUTENTICADO', message: 'Inicia sesión para continuar.' },
  403: { code: 'PROHIBIDO', message: 'No tienes permiso para realizar esta acción.' },
  404: { code: 'NO_ENCONTRADO', message: 'No se encontró el recurso solicitado.' },
  405: { code: 'METODO_NO_PERMITIDO', message: 'Método no permitido.' },
  409: { code: 'CONFLICTO', message: 'La solicitud entra en conflicto con el estado actual.' },
  413: { code: 'DEMASIADO_GRANDE', message: 'La solicitud es demasiado grande.' },
  415: { code: 'TIPO_NO_SOPORTADO', message: 'El tipo de contenido no es compatible; envía JSON.' },
  429: { code: 'DEMASIADAS_SOLICITUDES', message: 'Demasiadas solicitudes. Intenta de nuevo en un momento.' },
};

/** The filter for the routes whose path `matches`: they answer errors in a format of their own. */
export interface RouteErrorFilter {
  matches(path: string): boolean;
  filter: ExceptionFilter;
}

/**
 * Every error leaves as `{statusCode, code, message, errors?}` in Spanish. Unexpected errors are
 * logged with the request id and answered with a generic 500 that reveals nothing internal.
 */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  constructor(private readonly routeFilters: RouteErrorFilter[] = []) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const req = host.switchToHttp().getRequest<Request>();
    // Body-parser failures happen before routing, so only this filter sees them; routes with an
    // error format of their own (S1: the PDN's {code, message}) still answer them in it.
    const own = this.routeFilters.find((f) => f.matches(req.path));
    if (own) return own.filter.catch(exception, host);
    const body = this.toBody(exception);
    if (body.statusCode >= 500) {
      this.logger.error({ err: exception, path: req.path, method: req.method }, 'error no controlado');
    }
    if (exception instanceof DomainError && 'retryAfterSeconds' in exception) {
      res.setHeader('Retry-After', String((exception as { retryAfterSeconds: number }).retryAfterSeconds));
    }
    if (res.headersSent) return;
    if (body.statusCode === 413) return answerAfterDraining(req, () => res.setHeader('Connection', 'close').status(413).json(body));
    res.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown): ApiError {
    if (exception instanceof DomainError) {
      return {
        statusCode: exception.status,
        code: exception.code,
        message: exception.message,
        ...(exception.errors.length ? { errors: exception.errors } : {}),
      };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      if (typeof response === 'object' && response && 'code' in response && 'message' in response) {
        return response as ApiError;
      }
      if (status === 400 && isBodyParseError(exception)) {
        return { statusCode: 400, code: 'JSON_INVALIDO', message: 'El cuerpo de la solicitud no es JSON válido.' };
      }
      const known = DEFAULTS[status] ?? { code: 'ERROR', message: 'La solicitud no pudo completarse.' };
      return { statusCode: status, ...known };
    }
    const status = (exception as { status?: number; type?: string })?.status;
    // body-parser errors reach filters as plain errors carrying a status.
    if (status === 413) return { statusCode: 413, ...DEFAULTS[413] };
    if (status === 400 && (exception as { type?: string }).type === 'entity.parse.failed') {
      return { statusCode: 400, code: 'JSON_INVALIDO', message: 'El cuerpo de la solicitud no es JSON válido.' };
    }
    if (status === 415) return { statusCode: 415, ...DEFAULTS[415] };
    return { statusCode: 500, code: 'ERROR_INTERNO', message: 'Ocurrió un error inesperado. Intenta de nuevo más tarde.' };
  }
}

function isBodyParseError(exception: HttpException): boolean {
  const cause = (exception as { cause?: { type?: string } }).cause;
  return cause?.type === 'entity.parse.failed' || /JSON/i.test(exception.message);
}
