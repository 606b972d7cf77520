import { Body, Controller, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Principal } from '@veraz/accounts';
import type { DeclarationView, FilingSummary, FilingView, Page } from '@veraz/contracts';
import { FilingsService, type FilingReader } from '@veraz/declarations';
import { MemberOf } from '../auth/access.decorators';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { ApiErrorModel } from '../http/api-models';
import { uuidPipe } from '../http/uuid.pipe';
import { DeclarationModel, FilingModel, FilingPageModel } from './declaration-models';
import { FilingListQuery, ReservationBody } from './declarations.dto';

/** Reviewers and admins read every filing of their institution; a filer reads their own. */
function readerOf(p: Principal): FilingReader {
  return { userId: p.userId, institutionWide: p.roles.includes('REVISOR') || p.roles.includes('ADMIN_INSTITUCION') };
}

@ApiTags('Declaraciones presentadas')
@Controller('api/filings')
export class FilingsController {
  constructor(private readonly filings: FilingsService) {}

  @Get()
  @MemberOf('DECLARANTE', 'REVISOR', 'ADMIN_INSTITUCION')
  @ApiOperation({ summary: 'Declaraciones presentadas (las propias; todas las de la institución para revisión y administración)' })
  @ApiOkResponse({ type: FilingPageModel })
  list(@CurrentPrincipal() p: Principal, @Query() query: FilingListQuery): Promise<Page<FilingSummary>> {
    const reader = query.mine === 'true' ? { userId: p.userId, institutionWide: false } : readerOf(p);
    return this.filings.list(reader, { limit: query.limit, offset: query.offset, search: query.q });
  }

  @Get(':id')
  @MemberOf('DECLARANTE', 'REVISOR', 'ADMIN_INSTITUCION')
  @ApiOperation({ summary: 'Una declaración presentada: documento S1 completo, folio, hash y versiones' })
  @ApiOkResponse({ type: FilingModel })
  get(@CurrentPrincipal() p: Principal, @Param('id', uuidPipe) id: string): Promise<FilingView> {
    return this.filings.get(readerOf(p), id);
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
