import { Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProduces,
  ApiQuery,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { DomainError } from '@veraz/contracts';
import { normalizeSha256, parseFolio, VerificationService } from '@veraz/documents';
import { Public } from '../auth/access.decorators';
import type { NamedInstitution } from '../auth/institution-slugs';
import { RouteInstitution } from '../auth/route-institution.decorator';
import { ApiErrorModel } from '../http/api-models';
import { FolioVerificationModel, PdfVerificationModel } from './document-models';
import { readUploadedPdf, UPLOAD_FIELD } from './pdf-upload';
import { errorPage, landingPage } from './verification-page';
import { anyFolioPage, anyUploadResultPage } from './verification-requerimiento-page';

/** JSON with `?formato=json` or `Accept: application/json`; the HTML page otherwise (browsers, QR scans). */
function wantsJson(req: Request): boolean {
  const formato = typeof req.query.formato === 'string' ? req.query.formato.toLowerCase() : '';
  if (formato === 'json') return true;
  if (formato === 'html') return false;
  return req.accepts(['html', 'json']) === 'json';
}

function sendHtml(res: Response, status: number, html: string, cache = 'no-cache'): void {
  res.status(status).setHeader('Vary', 'Accept').setHeader('Cache-Control', cache).type('html').send(html);
}

function sendJson(res: Response, status: number, body: unknown, cache = 'no-cache'): void {
  res.status(status).setHeader('Vary', 'Accept').setHeader('Cache-Control', cache).json(body);
}

const FORMATO_QUERY = { name: 'formato', required: false, enum: ['json', 'html'], description: 'Forzar la respuesta JSON o HTML (si no, según Accept)' };

/**
 * Public verification of acuses (the QR of every acuse points here). No session: the folio names
 * the institution, and the request runner opens that institution's context for the lookup. Answers never include the
 * filer's name or anything declared.
 */
@ApiTags('Verificación pública de acuses')
@Controller('verificar')
export class VerificationController {
  constructor(private readonly verification: VerificationService) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Página para verificar un acuse por folio o subiendo el PDF', description: 'Con `?folio=` redirige a /verificar/{folio}.' })
  @ApiQuery({ name: 'folio', required: false })
  @ApiProduces('text/html')
  @ApiOkResponse({ description: 'Página HTML' })
  @ApiResponse({ status: 303, description: 'Redirección a /verificar/{folio}' })
  landing(@Query('folio') folio: unknown, @Res() res: Response): void {
    if (typeof folio === 'string' && folio.trim()) {
      res.redirect(303, `/verificar/${encodeURIComponent(folio.trim().toUpperCase())}`);
      return;
    }
    sendHtml(res, 200, landingPage(), 'public, max-age=300');
  }

  @Get(':folio')
  @Public({ institution: 'folio' })
  @ApiOperation({
    summary: 'Verificar un folio (y opcionalmente una huella SHA-256)',
    description:
      'Página HTML accesible, o JSON con `Accept: application/json` o `?formato=json`. Dice si el folio existe, la institución, ' +
      'el tipo, el formato, la fecha de presentación, la versión y si es la vigente; con `?hash=` dice si esa huella es la de la declaración.',
  })
  @ApiParam({ name: 'folio', example: 'SEFIN-2026-000123' })
  @ApiQuery({ name: 'hash', required: false, description: 'SHA-256 impreso en el acuse (64 caracteres hexadecimales)' })
  @ApiQuery(FORMATO_QUERY)
  @ApiProduces('text/html', 'application/json')
  @ApiOkResponse({ type: FolioVerificationModel })
  @ApiNotFoundResponse({ type: FolioVerificationModel, description: 'No existe una declaración con ese folio (`existe: false`)' })
  @ApiResponse({ status: 400, type: ApiErrorModel, description: 'La huella no tiene el formato de un SHA-256' })
  async folio(
    @Param('folio') raw: string,
    @RouteInstitution() institution: NamedInstitution | null,
    @Query('hash') hashParam: unknown,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const json = wantsJson(req);
    const parsed = parseFolio(raw);
    const folio = parsed?.folio ?? String(raw).slice(0, 60);
    const hashGiven = typeof hashParam === 'string' && hashParam.trim() !== '';
    const hash = hashGiven ? normalizeSha256(hashParam) : null;
    const hashError = hashGiven && !hash ? 'La huella debe tener 64 caracteres hexadecimales (dígitos del 0 al 9 y letras de la a a la f).' : null;

    const result = await this.verification.folio(institution?.id ?? null, folio, hash);
    if (hashError && result.existe) {
      if (json) {
        sendJson(res, 400, { statusCode: 400, code: 'VALIDACION', message: 'Los datos enviados no son válidos.', errors: [{ path: 'hash', message: hashError }] });
      } else {
        sendHtml(res, 400, anyFolioPage(result, { value: String(hashParam).slice(0, 200), error: hashError }));
      }
      return;
    }
    const status = result.existe ? 200 : 404;
    if (json) sendJson(res, status, result);
    else sendHtml(res, status, anyFolioPage(result, { value: hash ?? '', error: null }));
  }

  @Post()
  @Public()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Verificar el archivo PDF de un acuse',
    description:
      'Formulario multipart con el campo `archivo` (PDF de hasta 5 MB; no se guarda). Revisa el sello digital (válido y que cubra ' +
      'todo el archivo) y si el archivo es idéntico a un acuse emitido; en ese caso da el folio, la institución, el tipo y la fecha. ' +
      'Responde HTML, o JSON con `Accept: application/json` o `?formato=json`.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: [UPLOAD_FIELD], properties: { [UPLOAD_FIELD]: { type: 'string', format: 'binary' } } } })
  @ApiQuery(FORMATO_QUERY)
  @ApiProduces('text/html', 'application/json')
  @ApiOkResponse({ type: PdfVerificationModel })
  @ApiResponse({ status: 400, type: ApiErrorModel, description: 'Falta el archivo o el formulario no es válido' })
  @ApiResponse({ status: 413, type: ApiErrorModel, description: 'El archivo supera 5 MB' })
  @ApiResponse({ status: 415, type: ApiErrorModel, description: 'El archivo no es un PDF' })
  async upload(@Req() req: Request, @Res() res: Response): Promise<void> {
    const json = wantsJson(req);
    let pdf: Buffer;
    try {
      pdf = await readUploadedPdf(req, res);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      if (json) sendJson(res, error.status, { statusCode: error.status, code: error.code, message: error.message }, 'no-store');
      else sendHtml(res, error.status, errorPage(error.status, error.message), 'no-store');
      return;
    }
    const result = await this.verification.pdf(pdf);
    if (json) sendJson(res, 200, result, 'no-store');
    else sendHtml(res, 200, anyUploadResultPage(result), 'no-store');
  }
}
