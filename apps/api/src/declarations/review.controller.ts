import { Body, Controller, Get, Param, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@veraz/accounts';
import type { FilingReviewView, ReviewerOption } from '@veraz/contracts';
import { ReviewService } from '@veraz/declarations';
import { MemberOf } from '../auth/access.decorators';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { ApiErrorModel } from '../http/api-models';
import { uuidPipe } from '../http/uuid.pipe';
import { FilingReviewModel, ReviewerModel, ReviewNoteBody, UpdateReviewBody } from './review.dto';

/** The OIC's review of a filing: state, assignee and notes (reviewers and admins of the institution). */
@ApiTags('Revisión de declaraciones')
@Controller('api')
export class ReviewController {
  constructor(private readonly reviews: ReviewService) {}

  @Get('filings/:id/review')
  @MemberOf('REVISOR', 'ADMIN_INSTITUCION')
  @ApiOperation({ summary: 'Revisión de una declaración presentada: estado, persona asignada y notas' })
  @ApiOkResponse({ type: FilingReviewModel })
  get(@Param('id', uuidPipe) id: string): Promise<FilingReviewView> {
    return this.reviews.get(id);
  }

  @Put('filings/:id/review')
  @MemberOf('REVISOR', 'ADMIN_INSTITUCION')
  @ApiOperation({
    summary: 'Cambiar el estado o la asignación de la revisión',
    description: 'Envía la `version` que leíste: si otra persona la cambió antes, responde 409 y no cambia nada. Queda en la bitácora.',
  })
  @ApiOkResponse({ type: FilingReviewModel })
  @ApiResponse({ status: 400, type: ApiErrorModel })
  @ApiResponse({ status: 409, type: ApiErrorModel, description: 'La revisión cambió desde que se leyó' })
  update(@CurrentPrincipal() p: Principal, @Param('id', uuidPipe) id: string, @Body() body: UpdateReviewBody): Promise<FilingReviewView> {
    return this.reviews.update(p.userId, id, body);
  }

  @Post('filings/:id/review/notes')
  @MemberOf('REVISOR', 'ADMIN_INSTITUCION')
  @ApiOperation({ summary: 'Agregar una nota a la revisión', description: 'Las notas no se editan ni se borran. Queda en la bitácora (sin el texto).' })
  @ApiCreatedResponse({ type: FilingReviewModel })
  @ApiResponse({ status: 400, type: ApiErrorModel })
  addNote(@CurrentPrincipal() p: Principal, @Param('id', uuidPipe) id: string, @Body() body: ReviewNoteBody): Promise<FilingReviewView> {
    return this.reviews.addNote(p.userId, id, body.texto);
  }

  @Get('reviewers')
  @MemberOf('REVISOR', 'ADMIN_INSTITUCION')
  @ApiOperation({ summary: 'Personas a quienes se puede asignar una revisión (rol de revisión o administración)' })
  @ApiOkResponse({ type: [ReviewerModel] })
  reviewers(): Promise<ReviewerOption[]> {
    return this.reviews.reviewers();
  }
}
