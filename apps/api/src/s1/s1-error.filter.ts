import { ArgumentsHost, Catch, HttpException, Logger, type ExceptionFilter } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { answerAfterDraining } from '../http/drain';
import { DomainError } from '@veraz/contracts';
import { S1Error } from '@veraz/s1';

/** The only error shape the PDN gets: it treats any body with a top-level `code` as an error. */
export interface S1ErrorBody {
  code: string;
  message: string;
}

export class S1ErrorModel implements S1ErrorBody {
  @ApiProperty({ example: 'e_4003', description: 'Código de error del estándar (e_4001…e_4008 OAuth, e_701 token, e_8001 solicitud, e_404 ruta inexistente, e_429 demasiadas solicitudes, e_501 interno)' })
  code: string;

  @ApiProperty({ example: 'Credenciales inválidas' })
  message: string;
}

const INVALID_BODY: S1ErrorBody = { code: 'e_8001', message: 'Cuerpo de la solicitud inválido' };
const UNEXPECTED: S1ErrorBody = { code: 'e_501', message: 'Error inesperado' };
const NOT_FOUND: S1ErrorBody = { code: 'e_404', message: 'No existe ese recurso' };
const TOO_MANY: S1ErrorBody = { code: 'e_429', message: 'Demasiadas solicitudes; intenta de nuevo en unos segundos' };

/** Routes answered with S1 errors (`/s1/...`): the PDN's token and data endpoints. */
export function isS1Path(path: string): boolean {
  return /^\/s1(\/|$)/.test(path);
}

/**
 * Status and `{code, message}` for anything thrown while serving an S1 route: an S1Error as it is,
 * a body the parser could not read as e_8001, anything else as a 500 e_501 that reveals nothing.
 */
export function s1ErrorResponse(exception: unknown): { status: number; body: S1ErrorBody } {
  if (exception instanceof S1Error) return { status: exception.status, body: { code: exception.code, message: exception.message } };
  const parseStatus = bodyParserStatus(exception);
  if (parseStatus) return { status: parseStatus, body: INVALID_BODY };
  // A request refused before routing (see http/body-guard) is an invalid request in S1 terms; say which field.
  if (exception instanceof DomainError && exception.status === 400) return { status: 400, body: invalidRequest(exception) };
  // No such route or method under /s1/: the router's 404/405, not an internal error.
  if (exception instanceof HttpException && (exception.getStatus() === 404 || exception.getStatus() === 405)) {
    return { status: exception.getStatus(), body: NOT_FOUND };
  }
  // A rate limit (the token endpoint's throttlers): the guard has already set Retry-After.
  if (exception instanceof HttpException && exception.getStatus() === 429) return { status: 429, body: TOO_MANY };
  return { status: 500, body: UNEXPECTED };
}

/**
 * Exception filter for the S1 controllers (`@UseFilters(S1ErrorFilter)`). Body-parser errors happen
 * before routing and reach only the global filter, which should hand `/s1/...` requests to this one
 * (see `isS1Path`). Error answers are never cached, like token answers.
 */
@Catch()
export class S1ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('S1');

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const req = host.switchToHttp().getRequest<Request>();
    const { status, body } = s1ErrorResponse(exception);
    if (status >= 500) this.logger.error({ err: exception, path: req.path, method: req.method }, 'error no controlado en S1');
    // A download that failed halfway (its database went away) is cut off: a client must not wait for the rest, nor take it for whole.
    if (res.headersSent) {
      res.destroy();
      return;
    }
    res.setHeader('Cache-Control', 'no-store');
    if (status === 413) return answerAfterDraining(req, () => res.setHeader('Connection', 'close').status(413).json(body));
    res.status(status).json(body);
  }
}

function invalidRequest(error: DomainError): S1ErrorBody {
  const first = error.errors[0];
  if (!first) return INVALID_BODY;
  // The path is made of the client's own keys: echo a bounded part of it.
  const path = first.path.length > 200 ? `${first.path.slice(0, 200)}…` : first.path;
  return { code: 'e_8001', message: `Solicitud inválida: ${path} ${first.message}` };
}

/** 400/413/415 when the exception comes from reading the request body, otherwise undefined. */
function bodyParserStatus(exception: unknown): number | undefined {
  if (exception instanceof HttpException) {
    // Nest maps body-parser's SyntaxError (invalid JSON) to a BadRequestException; pipes also answer 400.
    return exception.getStatus() === 400 ? 400 : undefined;
  }
  const raw = exception as { status?: unknown; type?: unknown } | null;
  if (raw && typeof raw.type === 'string' && typeof raw.status === 'number' && [400, 413, 415].includes(raw.status)) return raw.status;
  return undefined;
}
