import { Body, Controller, Get, Param, Post, Put, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Principal } from '@veraz/accounts';
import type { DeclarationView, FilingSummary, FilingView, Page, WorkbenchFilingSummary } from '@veraz/contracts';
import { FilingsExportService, FilingsService, mexicoDate, WorkbenchService, type FilingReader } from '@veraz/declarations';
import { MemberOf } from '../auth/access.decorators';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { ApiErrorModel } from '../http/api-models';
import { uuidPipe } from '../http/uuid.pipe';
import { DeclarationModel, FilingModel } from './declaration-models';
import { FilingSearchQuery, ReservationBody } from './declarations.dto';
import { WorkbenchFilingPageModel, WorkbenchListQuery } from './review.dto';

/** Reviewers and admins read every filing of their institution; a filer reads their own. */
function readerOf(p: Principal): FilingReader {
  return { userId: p.userId, institutionWide: p.roles.includes('REVISOR') || p.roles.includes('ADMIN_INSTITUCION') };
}

@ApiTags('Declaraciones presentadas')
@Controller('api/filings')
export class FilingsController {
  constructor(
    private readonly filings: FilingsService,
    private readonly exports: FilingsExportService,
    private readonly workbench: WorkbenchService,
  ) {}

  @Get()
  @MemberOf('DECLARANTE', 'REVISOR', 'ADMIN_INSTITUCION')
  @ApiOperation({
    summary: 'Declaraciones presentadas (las propias; todas las de la institución para revisión y administración)',
    description:
      'Para revisión y administración: filtros por tipo, año, área, formato, estado de la obligación y de la revisión; `q` busca por inicio del folio, ' +
      'nombre en cualquier orden («gutierrez rosa»), CURP o RFC. De la más reciente a la más antigua, o con `orden=riesgo` de mayor a menor ' +
      'puntaje de riesgo con los umbrales vigentes (las no evaluadas al final).',
  })
  @ApiOkResponse({ type: WorkbenchFilingPageModel })
  list(@CurrentPrincipal() p: Principal, @Query() query: WorkbenchListQuery): Promise<Page<FilingSummary | WorkbenchFilingSummary>> {
    const reader = query.mine === 'true' ? { userId: p.userId, institutionWide: false } : readerOf(p);
    const page = { limit: query.limit, offset: query.offset };
    if (!reader.institutionWide) return this.filings.list(reader, { ...page, search: query.q });
    const { tipo, anio, anioReportado, area, formato, estadoObligacion, estadoRevision, asignadoA, orden, q } = query;
    return this.workbench.search({ q, tipo, anio, anioReportado, area, formato, estadoObligacion, estadoRevision, asignadoA, orden }, page);
  }

  // Declared before ':id' so the path is not read as a filing id.
  @Get('export.csv')
  @MemberOf('REVISOR', 'ADMIN_INSTITUCION')
  @ApiOperation({
    summary: 'Exportar a CSV las declaraciones presentadas de la institución',
    description: 'Por folio, de la más reciente a la más antigua; acepta la misma búsqueda `q` que la lista. UTF-8 con BOM. Queda en la bitácora.',
  })
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'El archivo CSV', schema: { type: 'string', format: 'binary' } })
  async exportCsv(@CurrentPrincipal() p: Principal, @Query() query: FilingSearchQuery, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const { content } = await this.exports.csv(p.userId, query.q);
    res.setHeader('Cache-Control', 'private, no-store');
    return new StreamableFile(content, { type: 'text/csv; charset=utf-8', disposition: `attachment; filename="declaraciones-${mexicoDate()}.csv"`, length: content.length });
  }

  @Get(':id')
  @MemberOf('DECLARANTE', 'REVISOR', 'ADMIN_INSTITUCION')
  @ApiOperation({
    summary: 'Una declaración presentada: documento S1 completo, folio, hash y versiones',
    description: 'Cuando la abre alguien de revisión o administración que no es quien la presentó, queda en la bitácora.',
  })
  @ApiOkResponse({ type: FilingModel })
  get(@CurrentPrincipal() p: Principal, @Param('id', uuidPipe) id: string): Promise<FilingView> {
    const reader = readerOf(p);
    return reader.institutionWide ? this.workbench.open(p.userId, id) : this.filings.get(reader, id);
  }

  @Post(':id/corrections')
  @MemberOf('DECLARANTE')
  @ApiOperation({
    summary: 'Iniciar una nota aclaratoria',
    description: 'Crea un borrador con los datos de la presentación; al firmarlo (con la nota) se agrega una versión nueva y la anterior deja de publicarse.',
  })
  @ApiCreatedResponse({ type: DeclarationModel })
  @ApiOkResponse({ type: DeclarationModel, description: 'Ya había una corrección en captura' })
  async correct(@CurrentPrincipal() p: Principal, @Param('id', uuidPipe) id: string, @Res({ passthrough: true }) res: Response): Promise<DeclarationView> {
    const { declaration, created } = await this.filings.startCorrection(p.userId, id);
    res.status(created ? 201 : 200);
    return declaration;
  }

  @Put(':id/reservation')
  @MemberOf('ADMIN_INSTITUCION')
  @ApiOperation({ summary: 'Clasificar (o dejar de clasificar) como reservada', description: 'Normas, Vigésima. Queda en la bitácora; una reservada no se publica.' })
  @ApiOkResponse({ type: FilingModel })
  @ApiResponse({ status: 400, type: ApiErrorModel })
  reserve(@CurrentPrincipal() p: Principal, @Param('id', uuidPipe) id: string, @Body() body: ReservationBody): Promise<FilingView> {
    return this.filings.setReserved(p.userId, id, body.reservada, body.motivo);
  }
}
