import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiExtraModels, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Principal } from '@veraz/accounts';
import type { FilingRiskView, PersonEvolutionView, RescoreRunView } from '@veraz/contracts';
import { IntegrityReviewService, PersonEvolutionService } from '@veraz/integrity';
import { MemberOf } from '../auth/access.decorators';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { ApiErrorModel } from '../http/api-models';
import { uuidPipe } from '../http/uuid.pipe';
import { FilingRiskModel, PersonEvolutionModel, RescoreRunModel } from './integrity-models';

/**
 * Red flags, for the institution's reviewers and admins only: a filing's flags with their
 * explanations and rule version, a person's wealth evolution, and the batch re-score's progress.
 */
@ApiTags('Señales de riesgo')
@ApiExtraModels(RescoreRunModel)
@Controller('api')
export class IntegrityReviewController {
  constructor(
    private readonly integrity: IntegrityReviewService,
    private readonly evolutions: PersonEvolutionService,
  ) {}

  @Get('filings/:id/risk')
  @MemberOf('REVISOR', 'ADMIN_INSTITUCION')
  @ApiOperation({
    summary: 'Alertas de riesgo de una declaración presentada',
    description: 'Una evaluación por versión de los umbrales: primero la vigente, luego las anteriores. Cada alerta explica sus cifras y de dónde salen. Queda en la bitácora.',
  })
  @ApiOkResponse({ type: [FilingRiskModel] })
  @ApiNotFoundResponse({ type: ApiErrorModel })
  risk(@CurrentPrincipal() p: Principal, @Param('id', uuidPipe) id: string): Promise<FilingRiskView[]> {
    return this.integrity.riskOf(p.userId, id);
  }

  @Get('integrity/people/:userId')
  @MemberOf('REVISOR', 'ADMIN_INSTITUCION')
  @ApiOperation({
    summary: 'Evolución patrimonial de una persona',
    description: 'Activos, adeudos, ingreso y patrimonio neto por declaración presentada en la institución, con sus alertas vigentes. Queda en la bitácora.',
  })
  @ApiOkResponse({ type: PersonEvolutionModel })
  @ApiNotFoundResponse({ type: ApiErrorModel, description: 'La persona no tiene declaraciones presentadas en la institución' })
  evolution(@CurrentPrincipal() p: Principal, @Param('userId', uuidPipe) userId: string): Promise<PersonEvolutionView> {
    return this.evolutions.evolutionOf(p.userId, userId);
  }

  @Get('integrity/rescore')
  @MemberOf('REVISOR', 'ADMIN_INSTITUCION')
  @ApiOperation({ summary: 'Avance de la última reevaluación en lote (tras un cambio de umbrales)', description: 'null si nunca se ha reevaluado.' })
  @ApiOkResponse({ schema: { nullable: true, allOf: [{ $ref: getSchemaPath(RescoreRunModel) }] } })
  async rescore(@Res({ passthrough: true }) res: Response): Promise<RescoreRunView | string> {
    const run = await this.integrity.latestRescore();
    if (run) return run;
    // Nest answers a null with an empty body; the contract says JSON null.
    res.type('application/json');
    return 'null';
  }
}
