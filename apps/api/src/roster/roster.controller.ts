import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { Principal } from '@veraz/accounts';
import type { Page } from '@veraz/contracts';
import { RosterImportsService, RosterPeopleService, type ImportDetail, type ImportSummary, type RosterPersonDetail, type RosterPersonView } from '@veraz/roster';
import { MemberOf } from '../auth/access.decorators';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { uuidPipe } from '../http/uuid.pipe';
import { readRosterCsv, ROSTER_UPLOAD_FIELD } from './csv-upload';
import {
  AppliedImportModel,
  ImportDetailModel,
  ImportRowsQuery,
  ImportSummaryModel,
  RosterEditBody,
  RosterListQuery,
  RosterPersonDetailModel,
  RosterPersonPageModel,
} from './roster.dto';

@ApiTags('Padrón')
@Controller('api/roster')
export class RosterController {
  constructor(
    private readonly imports: RosterImportsService,
    private readonly people: RosterPeopleService,
  ) {}

  @Post('imports')
  @MemberOf('ADMIN_INSTITUCION')
  @ApiOperation({
    summary: 'Revisar un CSV del padrón (vista previa)',
    description:
      'Lee el archivo (UTF-8 o Windows-1252, separado por comas o punto y coma; máximo 25 MB) y guarda la vista previa con los errores por fila. No cambia el padrón hasta aplicarla.',
  })
  @ApiConsumes('multipart/form-data', 'text/csv')
  @ApiBody({ schema: { type: 'object', properties: { [ROSTER_UPLOAD_FIELD]: { type: 'string', format: 'binary' } } } })
  @ApiCreatedResponse({ type: ImportSummaryModel })
  async preview(@Req() req: Request, @Res({ passthrough: true }) res: Response, @CurrentPrincipal() principal: Principal): Promise<ImportSummary> {
    const { content, fileName } = await readRosterCsv(req, res);
    return this.imports.preview(content, fileName, principal.userId);
  }

  @Get('imports/:id')
  @MemberOf('ADMIN_INSTITUCION')
  @ApiOperation({ summary: 'Vista previa de una importación: conteos y filas (paginadas; opcionalmente solo las que tienen errores)' })
  @ApiOkResponse({ type: ImportDetailModel })
  get(@Param('id', uuidPipe) id: string, @Query() query: ImportRowsQuery): Promise<ImportDetail> {
    return this.imports.get(id, { onlyErrors: query.soloErrores, limit: query.limit, offset: query.offset });
  }

  @Post('imports/:id/apply')
  @HttpCode(200)
  @MemberOf('ADMIN_INSTITUCION')
  @ApiOperation({
    summary: 'Aplicar una importación',
    description: 'Aplica todas las filas válidas (las filas con errores se omiten y se cuentan en la respuesta); cada cambio queda como movimiento fechado.',
  })
  @ApiOkResponse({ type: AppliedImportModel })
  apply(@Param('id', uuidPipe) id: string, @CurrentPrincipal() principal: Principal) {
    return this.imports.apply(id, principal.userId);
  }

  @Post('imports/:id/discard')
  @HttpCode(200)
  @MemberOf('ADMIN_INSTITUCION')
  @ApiOperation({ summary: 'Descartar una importación sin aplicarla' })
  @ApiOkResponse({ type: ImportSummaryModel })
  discard(@Param('id', uuidPipe) id: string, @CurrentPrincipal() principal: Principal): Promise<ImportSummary> {
    return this.imports.discard(id, principal.userId);
  }

  @Get()
  @MemberOf('ADMIN_INSTITUCION', 'REVISOR')
  @ApiOperation({ summary: 'Padrón de personas servidoras públicas obligadas (búsqueda por nombre o CURP, filtros por estado y área)' })
  @ApiOkResponse({ type: RosterPersonPageModel })
  list(@Query() query: RosterListQuery): Promise<Page<RosterPersonView>> {
    return this.people.list({ q: query.q, status: query.estado, area: query.area, limit: query.limit, offset: query.offset });
  }

  @Get(':personId')
  @MemberOf('ADMIN_INSTITUCION', 'REVISOR')
  @ApiOperation({ summary: 'Una persona del padrón con sus movimientos fechados' })
  @ApiOkResponse({ type: RosterPersonDetailModel })
  person(@Param('personId', uuidPipe) id: string): Promise<RosterPersonDetail> {
    return this.people.get(id);
  }

  @Patch(':personId')
  @MemberOf('ADMIN_INSTITUCION')
  @ApiOperation({
    summary: 'Registrar un movimiento o corregir datos de una persona del padrón',
    description: 'Con «motivo» registra un movimiento fechado (alta, baja, cambio, licencia, reingreso); sin él corrige nombre o correo.',
  })
  @ApiOkResponse({ type: RosterPersonDetailModel })
  edit(@Param('personId', uuidPipe) id: string, @Body() body: RosterEditBody, @CurrentPrincipal() principal: Principal): Promise<RosterPersonDetail> {
    return this.people.edit(id, body, principal.userId);
  }
}
