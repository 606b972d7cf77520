import { Body, Controller, Get, Param, Post, Query, Res, StreamableFile, UseGuards } from '@nestjs/common';
import { ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Principal } from '@veraz/accounts';
import type { AvisoPrefill, AvisoView } from '@veraz/contracts';
import { AvisosService } from '@veraz/documents';
import { MemberOf } from '../auth/access.decorators';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { RateLimitGuard } from '../http/rate-limit.guard';
import { SigningPasswordGuard } from '../declarations/signing-password.guard';
import { ApiErrorModel } from '../http/api-models';
import { uuidPipe } from '../http/uuid.pipe';
import { FileAvisoBody, FilerRecordsQuery } from './filer-records.dto';
import { AvisoModel, AvisoPrefillModel } from './filer-records-models';
import { recordReaderOf } from './tax-constancias.controller';

@ApiTags('Aviso por cambio de ente público')
@Controller('api/avisos-cambio-ente')
export class AvisosController {
  constructor(private readonly avisos: AvisosService) {}

  @Get('prefill')
  @MemberOf('DECLARANTE')
  @ApiOperation({ summary: 'Datos con los que empieza el formulario del aviso', description: 'Datos generales de la cuenta y de la última declaración; el nuevo encargo, del padrón cuando existe.' })
  @ApiOkResponse({ type: AvisoPrefillModel })
  prefill(@CurrentPrincipal() p: Principal): Promise<AvisoPrefill> {
    return this.avisos.prefill(p.userId);
  }

  @Post()
  @MemberOf('DECLARANTE')
  @UseGuards(RateLimitGuard, SigningPasswordGuard)
  @ApiOperation({
    summary: 'Presentar el aviso por cambio de ente público (Normas, Cuarta)',
    description:
      'Pide la contraseña de la cuenta. Guarda el aviso con folio de su propia serie (SLUG-AAAA-AV-NNNNNN), JSON canónico y SHA-256, ' +
      'y un acuse sellado que /verificar reconoce; lo envía por correo. No forma parte de S1.',
  })
  @ApiCreatedResponse({ type: AvisoModel })
  @ApiResponse({ status: 400, type: ApiErrorModel, description: 'Datos inválidos: cada campo con su ruta y mensaje' })
  @ApiResponse({ status: 403, type: ApiErrorModel, description: 'Contraseña incorrecta' })
  @ApiResponse({ status: 429, type: ApiErrorModel, description: 'Demasiados intentos (mismo bloqueo que el inicio de sesión)' })
  file(@CurrentPrincipal() p: Principal, @Body() body: FileAvisoBody): Promise<AvisoView> {
    const { password: _password, ...input } = body;
    return this.avisos.file(p.userId, input);
  }

  @Get()
  @MemberOf('DECLARANTE', 'REVISOR', 'ADMIN_INSTITUCION')
  @ApiOperation({ summary: 'Avisos presentados (los propios; los de una persona o de toda la institución para revisión y administración)' })
  @ApiOkResponse({ type: [AvisoModel] })
  list(@CurrentPrincipal() p: Principal, @Query() query: FilerRecordsQuery): Promise<AvisoView[]> {
    return this.avisos.list(recordReaderOf(p), query.userId);
  }

  @Get(':id')
  @MemberOf('DECLARANTE', 'REVISOR', 'ADMIN_INSTITUCION')
  @ApiOperation({ summary: 'Un aviso presentado' })
  @ApiOkResponse({ type: AvisoModel })
  @ApiNotFoundResponse({ type: ApiErrorModel })
  get(@CurrentPrincipal() p: Principal, @Param('id', uuidPipe) id: string): Promise<AvisoView> {
    return this.avisos.get(recordReaderOf(p), id);
  }

  @Get(':id/acuse')
  @MemberOf('DECLARANTE', 'REVISOR', 'ADMIN_INSTITUCION')
  @ApiOperation({ summary: 'Descargar el acuse sellado de un aviso', description: 'Los bytes sellados al presentarlo, con su SHA-256 en `X-Content-SHA256`. Queda en la bitácora.' })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'El PDF', schema: { type: 'string', format: 'binary' } })
  @ApiNotFoundResponse({ type: ApiErrorModel })
  async acuse(@CurrentPrincipal() p: Principal, @Param('id', uuidPipe) id: string, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const file = await this.avisos.downloadAcuse(recordReaderOf(p), id);
    res.setHeader('X-Content-SHA256', file.sha256);
    res.setHeader('Cache-Control', 'private, no-store');
    return new StreamableFile(file.content, { type: 'application/pdf', disposition: `attachment; filename="${file.filename}"`, length: file.content.length });
  }
}
