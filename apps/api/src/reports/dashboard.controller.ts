import { Controller, Get, Param, Res, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Principal } from '@veraz/accounts';
import { EXPORT_FORMATS, EXPORT_KINDS, ValidationError, type DashboardView, type ExportFormat, type ExportKind } from '@veraz/contracts';
import { DashboardService, ObligationExportsService } from '@veraz/reports';
import { MemberOf } from '../auth/access.decorators';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { DashboardModel } from './report-models';

@ApiTags('Tablero del OIC')
@Controller('api')
export class DashboardController {
  constructor(
    private readonly dashboard: DashboardService,
    private readonly exports: ObligationExportsService,
  ) {}

  @Get('dashboard')
  @MemberOf('REVISOR', 'ADMIN_INSTITUCION')
  @ApiOperation({
    summary: 'Tablero: obligaciones por estado, por área y por mes, y cumplimiento de mayo',
    description: 'Los plazos se juzgan con la fecha de hoy en la Ciudad de México: una obligación pendiente cuya fecha límite pasó cuenta como omisa.',
  })
  @ApiOkResponse({ type: DashboardModel })
  get(): Promise<DashboardView> {
    return this.dashboard.get();
  }

  @Get('exports/:file')
  @MemberOf('REVISOR', 'ADMIN_INSTITUCION')
  @ApiOperation({
    summary: 'Exportar omisos, extemporáneos o requerimientos (CSV o Excel)',
    description: 'Archivos omisos.csv, omisos.xlsx, extemporaneos.csv, extemporaneos.xlsx, requerimientos.csv o requerimientos.xlsx. CSV en UTF-8 con BOM. Incluye la CURP; queda en la bitácora (tipo y número de filas).',
  })
  @ApiParam({ name: 'file', enum: EXPORT_KINDS.flatMap((k) => EXPORT_FORMATS.map((f) => `${k}.${f}`)) })
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({ description: 'El archivo', schema: { type: 'string', format: 'binary' } })
  async export(@Param('file') file: string, @CurrentPrincipal() p: Principal, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const { kind, format } = parseFile(file);
    const out = await this.exports.generate(kind, format, p.userId);
    res.setHeader('Cache-Control', 'private, no-store');
    return new StreamableFile(out.content, { type: out.contentType, disposition: `attachment; filename="${out.fileName}"`, length: out.content.length });
  }
}

function parseFile(file: string): { kind: ExportKind; format: ExportFormat } {
  const [kind, format] = file.split('.');
  if (!EXPORT_KINDS.includes(kind as ExportKind) || !EXPORT_FORMATS.includes(format as ExportFormat) || file.split('.').length !== 2) {
    throw new ValidationError([{ path: 'file', message: 'debe ser omisos, extemporaneos o requerimientos, con extensión .csv o .xlsx' }]);
  }
  return { kind: kind as ExportKind, format: format as ExportFormat };
}
