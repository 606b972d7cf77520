import { Controller, Get, Param, Post, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { Principal } from '@veraz/accounts';
import type { TaxConstanciaStatus, TaxConstanciaView } from '@veraz/contracts';
import { TaxConstanciasService, type FilerRecordReader } from '@veraz/documents';
import { MemberOf } from '../auth/access.decorators';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { ApiErrorModel } from '../http/api-models';
import { uuidPipe } from '../http/uuid.pipe';
import { CONSTANCIA_FIELD, readConstanciaForm } from './constancia-upload';
import { FilerRecordsQuery } from './filer-records.dto';
import { TaxConstanciaModel, TaxConstanciaStatusModel } from './filer-records-models';

/** Reviewers and admins read every filer's records of their institution; a filer their own. */
export function recordReaderOf(p: Principal): FilerRecordReader {
  return { userId: p.userId, institutionWide: p.roles.includes('REVISOR') || p.roles.includes('ADMIN_INSTITUCION') };
}

@ApiTags('Constancia de la declaración fiscal')
@Controller('api/tax-constancias')
export class TaxConstanciasController {
  constructor(private readonly constancias: TaxConstanciasService) {}

  @Post()
  @MemberOf('DECLARANTE')
  @ApiOperation({
    summary: 'Subir el acuse del SAT de la declaración anual (constancia fiscal)',
    description:
      'Formulario multipart: `archivo` (PDF de hasta 5 MB que se pueda abrir), `anioFiscal` (el ejercicio que cubre) y, opcional, ' +
      '`declarationId` (la declaración de modificación desde la que se adjunta). Se guarda en privado con su SHA-256; subir otra ' +
      'para el mismo año la reemplaza y conserva el historial. Nunca se publica en S1. Queda en la bitácora.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: [CONSTANCIA_FIELD, 'anioFiscal'],
      properties: { [CONSTANCIA_FIELD]: { type: 'string', format: 'binary' }, anioFiscal: { type: 'integer', example: 2025 }, declarationId: { type: 'string', format: 'uuid' } },
    },
  })
  @ApiCreatedResponse({ type: TaxConstanciaModel })
  @ApiResponse({ status: 400, type: ApiErrorModel, description: 'Falta el archivo o el año, o el año no es válido' })
  @ApiResponse({ status: 413, type: ApiErrorModel, description: 'El archivo supera 5 MB' })
  @ApiResponse({ status: 415, type: ApiErrorModel, description: 'El archivo no es un PDF' })
  @ApiResponse({ status: 422, type: ApiErrorModel, description: 'El PDF está dañado y no se puede abrir' })
  async upload(@CurrentPrincipal() p: Principal, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<TaxConstanciaView> {
    const form = await readConstanciaForm(req, res);
    return this.constancias.upload(p.userId, { fiscalYear: form.anioFiscal, declarationId: form.declarationId, fileName: form.fileName, content: form.content });
  }

  @Get()
  @MemberOf('DECLARANTE', 'REVISOR', 'ADMIN_INSTITUCION')
  @ApiOperation({
    summary: 'Constancias fiscales (las propias; las de una persona o de toda la institución para revisión y administración)',
    description: 'Dice también si la institución exige la constancia y el tamaño máximo.',
  })
  @ApiOkResponse({ type: TaxConstanciaStatusModel })
  list(@CurrentPrincipal() p: Principal, @Query() query: FilerRecordsQuery): Promise<TaxConstanciaStatus> {
    return this.constancias.status(recordReaderOf(p), query.userId);
  }

  @Get(':id/archivo')
  @MemberOf('DECLARANTE', 'REVISOR', 'ADMIN_INSTITUCION')
  @ApiOperation({ summary: 'Descargar una constancia fiscal', description: 'Entrega los bytes guardados con su SHA-256 en `X-Content-SHA256`. Queda en la bitácora.' })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'El PDF', schema: { type: 'string', format: 'binary' } })
  @ApiNotFoundResponse({ type: ApiErrorModel, description: 'No existe o no es de quien la pide' })
  async download(@CurrentPrincipal() p: Principal, @Param('id', uuidPipe) id: string, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const file = await this.constancias.download(recordReaderOf(p), id);
    res.setHeader('X-Content-SHA256', file.sha256);
    res.setHeader('Cache-Control', 'private, no-store');
    return new StreamableFile(file.content, { type: 'application/pdf', disposition: `attachment; filename="${file.filename}"`, length: file.content.length });
  }
}
