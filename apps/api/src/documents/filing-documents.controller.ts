import { Controller, Get, Param, Res, StreamableFile } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Principal } from '@veraz/accounts';
import { NotFoundError } from '@veraz/contracts';
import { DocumentDownloads, isDocumentKind, type DocumentReader, type DocumentSummary } from '@veraz/documents';
import { MemberOf } from '../auth/access.decorators';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { ApiErrorModel } from '../http/api-models';
import { uuidPipe } from '../http/uuid.pipe';
import { DOCUMENT_KIND_VALUES, DocumentSummaryModel } from './document-models';

/** Same rule as the filings themselves: reviewers and admins read every filing of their institution; a filer their own. */
function readerOf(p: Principal): DocumentReader {
  return { userId: p.userId, institutionWide: p.roles.includes('REVISOR') || p.roles.includes('ADMIN_INSTITUCION') };
}

@ApiTags('Declaraciones presentadas')
@Controller('api/filings/:id/documents')
export class FilingDocumentsController {
  constructor(private readonly downloads: DocumentDownloads) {}

  @Get()
  @MemberOf('DECLARANTE', 'REVISOR', 'ADMIN_INSTITUCION')
  @ApiOperation({ summary: 'Documentos generados de una declaración presentada (acuse, PDF completo, versión pública)' })
  @ApiOkResponse({ type: [DocumentSummaryModel] })
  @ApiNotFoundResponse({ type: ApiErrorModel })
  list(@CurrentPrincipal() p: Principal, @Param('id', uuidPipe) id: string): Promise<DocumentSummary[]> {
    return this.downloads.list(readerOf(p), id);
  }

  @Get(':kind')
  @MemberOf('DECLARANTE', 'REVISOR', 'ADMIN_INSTITUCION')
  @ApiOperation({
    summary: 'Descargar un documento de una declaración presentada',
    description:
      'Entrega los bytes guardados al generarlo (el acuse sellado es idéntico en cada descarga), con su SHA-256 en ' +
      '`X-Content-SHA256`. Si la declaración existe pero el documento aún se genera, responde 409 `DOCUMENTO_EN_PREPARACION` con `Retry-After`.',
  })
  @ApiParam({ name: 'kind', enum: DOCUMENT_KIND_VALUES })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'El PDF', schema: { type: 'string', format: 'binary' } })
  @ApiNotFoundResponse({ type: ApiErrorModel, description: 'La declaración no existe o no es de quien la pide' })
  @ApiConflictResponse({ type: ApiErrorModel, description: 'El documento aún se está generando (reintenta después de Retry-After segundos)' })
  async download(
    @CurrentPrincipal() p: Principal,
    @Param('id', uuidPipe) id: string,
    @Param('kind') kind: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    if (!isDocumentKind(kind)) throw new NotFoundError('Ese documento no existe: pide acuse, completa o publica.');
    const file = await this.downloads.download(readerOf(p), id, kind);
    res.setHeader('X-Content-SHA256', file.sha256);
    res.setHeader('Cache-Control', 'private, no-store');
    return new StreamableFile(file.content, {
      type: 'application/pdf',
      disposition: `attachment; filename="${file.filename}"`,
      length: file.content.length,
    });
  }
}
