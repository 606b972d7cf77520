import { Controller, Get, Param, Res, StreamableFile } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Principal } from '@veraz/accounts';
import { DeclarationPreviewService } from '@veraz/documents';
import { MemberOf } from '../auth/access.decorators';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { ApiErrorModel } from '../http/api-models';
import { uuidPipe } from '../http/uuid.pipe';

@ApiTags('Declaraciones (captura)')
@Controller('api/declarations')
export class DeclarationPreviewController {
  constructor(private readonly previews: DeclarationPreviewService) {}

  @Get(':id/preview.pdf')
  @MemberOf('DECLARANTE')
  @ApiOperation({
    summary: 'Vista preliminar en PDF de un borrador propio',
    description:
      'Arma las secciones guardadas como las armará la firma y las presenta con el orden y los títulos de los formatos del DOF, ' +
      'con la marca de agua «VERSIÓN PRELIMINAR» en cada página y sin folio. Se genera en cada solicitud y no se guarda. ' +
      'Solo la persona declarante y solo mientras la declaración no se haya presentado.',
  })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'El PDF preliminar', schema: { type: 'string', format: 'binary' } })
  @ApiNotFoundResponse({ type: ApiErrorModel, description: 'No existe, no es un borrador propio o ya se presentó' })
  async preview(@CurrentPrincipal() p: Principal, @Param('id', uuidPipe) id: string, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const { pdf, filename } = await this.previews.render(p.userId, id);
    res.setHeader('Cache-Control', 'private, no-store');
    return new StreamableFile(pdf, { type: 'application/pdf', disposition: `inline; filename="${filename}"`, length: pdf.length });
  }
}
