import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@veraz/accounts';
import type { IntegrityThresholdsView } from '@veraz/contracts';
import { ThresholdsService } from '@veraz/integrity';
import { MemberOf } from '../auth/access.decorators';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { ApiErrorModel } from '../http/api-models';
import { IntegrityThresholdsModel } from './integrity-models';
import { UpdateThresholdsBody } from './thresholds.dto';

/** The institution's versioned thresholds of the red flags: read by reviewers and admins, changed by admins. */
@ApiTags('Señales de riesgo')
@Controller('api/integrity/thresholds')
export class IntegrityThresholdsController {
  constructor(private readonly thresholds: ThresholdsService) {}

  @Get()
  @MemberOf('REVISOR', 'ADMIN_INSTITUCION')
  @ApiOperation({
    summary: 'Umbrales vigentes de las señales de riesgo, su historial y la última reevaluación',
    description: 'La primera consulta de una institución crea la versión 1 con los valores iniciales de Veraz y evalúa sus declaraciones.',
  })
  @ApiOkResponse({ type: IntegrityThresholdsModel })
  view(): Promise<IntegrityThresholdsView> {
    return this.thresholds.view();
  }

  @Put()
  @MemberOf('ADMIN_INSTITUCION')
  @ApiOperation({
    summary: 'Cambiar los umbrales (crea una versión nueva)',
    description: 'Las evaluaciones anteriores conservan su versión; las declaraciones se reevalúan en lote con la nueva. Queda en la bitácora.',
  })
  @ApiOkResponse({ type: IntegrityThresholdsModel })
  @ApiResponse({ status: 400, type: ApiErrorModel, description: 'Un umbral falta o está fuera de rango (con la ruta del campo)' })
  update(@CurrentPrincipal() p: Principal, @Body() body: UpdateThresholdsBody): Promise<IntegrityThresholdsView> {
    return this.thresholds.update(p.userId, body.thresholds);
  }
}
