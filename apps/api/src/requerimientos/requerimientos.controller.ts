import { Body, Controller, Get, HttpCode, Param, Post, Res, StreamableFile } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Principal } from '@veraz/accounts';
import { ValidationError, type OmisoView, type RequerimientoBatchResult, type RequerimientoView } from '@veraz/contracts';
import { RequerimientosService } from '@veraz/requerimientos';
import { MemberOf } from '../auth/access.decorators';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { ApiErrorModel } from '../http/api-models';
import { uuidPipe } from '../http/uuid.pipe';
import { GenerateRequerimientosBody, InPersonNotificationBody, OmisoModel, RequerimientoBatchModel, RequerimientoModel } from './requerimiento-models';

/** The OIC's requerimientos for omisos (LGRA art. 33): REVISOR or ADMIN of the institution. */
@ApiTags('Requerimientos')
@Controller('api/requerimientos')
export class RequerimientosController {
  constructor(private readonly requerimientos: RequerimientosService) {}

  @Get('omisos')
  @MemberOf('REVISOR', 'ADMIN_INSTITUCION')
  @ApiOperation({ summary: 'Obligaciones omisas, con su persona, días de atraso y requerimiento (si ya se emitió)' })
  @ApiOkResponse({ type: [OmisoModel] })
  omisos(): Promise<OmisoView[]> {
    return this.requerimientos.omisos();
  }

  @Get()
  @MemberOf('REVISOR', 'ADMIN_INSTITUCION')
  @ApiOperation({ summary: 'Requerimientos emitidos: notificación, plazo de 30 días naturales y días restantes' })
  @ApiOkResponse({ type: [RequerimientoModel] })
  list(): Promise<RequerimientoView[]> {
    return this.requerimientos.list();
  }

  @Get('vencidos')
  @MemberOf('REVISOR', 'ADMIN_INSTITUCION')
  @ApiOperation({ summary: 'Personas que siguen omisas después de los 30 días naturales de su requerimiento' })
  @ApiOkResponse({ type: [RequerimientoModel] })
  vencidos(): Promise<RequerimientoView[]> {
    return this.requerimientos.vencidos();
  }

  @Post()
  @HttpCode(200)
  @MemberOf('REVISOR', 'ADMIN_INSTITUCION')
  @ApiOperation({
    summary: 'Generar requerimientos en lote',
    description: 'Un PDF sellado por obligación omisa (las indicadas, o todas con `todos: true`), con folio propio; cada uno se envía por correo.',
  })
  @ApiOkResponse({ type: RequerimientoBatchModel })
  @ApiBadRequestResponse({ type: ApiErrorModel })
  generate(@Body() body: GenerateRequerimientosBody, @CurrentPrincipal() p: Principal): Promise<RequerimientoBatchResult> {
    const ids = body.obligationIds ?? [];
    if (body.todos === true && ids.length) throw new ValidationError([{ path: 'todos', message: 'indica obligationIds o todos, no ambos' }]);
    if (body.todos !== true && !ids.length) throw new ValidationError([{ path: 'obligationIds', message: 'elige al menos una obligación omisa, o todos: true' }]);
    return this.requerimientos.generate(body.todos === true ? null : ids, p.userId);
  }

  @Get(':id')
  @MemberOf('REVISOR', 'ADMIN_INSTITUCION')
  @ApiOperation({ summary: 'Un requerimiento' })
  @ApiOkResponse({ type: RequerimientoModel })
  @ApiNotFoundResponse({ type: ApiErrorModel })
  get(@Param('id', uuidPipe) id: string): Promise<RequerimientoView> {
    return this.requerimientos.get(id);
  }

  @Get(':id/pdf')
  @MemberOf('REVISOR', 'ADMIN_INSTITUCION')
  @ApiOperation({ summary: 'El PDF sellado del requerimiento' })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'El PDF', schema: { type: 'string', format: 'binary' } })
  @ApiNotFoundResponse({ type: ApiErrorModel })
  async pdf(@Param('id', uuidPipe) id: string, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const { folio, content } = await this.requerimientos.pdf(id);
    res.setHeader('Cache-Control', 'private, no-store');
    return new StreamableFile(content, { type: 'application/pdf', disposition: `attachment; filename="requerimiento-${folio}.pdf"`, length: content.length });
  }

  @Post(':id/notificacion')
  @HttpCode(200)
  @MemberOf('REVISOR', 'ADMIN_INSTITUCION')
  @ApiOperation({
    summary: 'Registrar la notificación en persona',
    description: '«Notificado en persona el DD/MM/AAAA»: reemplaza la fecha de notificación y recalcula el plazo (fecha + 30 días naturales).',
  })
  @ApiOkResponse({ type: RequerimientoModel })
  @ApiBadRequestResponse({ type: ApiErrorModel })
  @ApiNotFoundResponse({ type: ApiErrorModel })
  notify(@Param('id', uuidPipe) id: string, @Body() body: InPersonNotificationBody, @CurrentPrincipal() p: Principal): Promise<RequerimientoView> {
    return this.requerimientos.recordInPerson(id, body.fecha, p.userId);
  }
}
