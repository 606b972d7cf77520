import { Injectable } from '@nestjs/common';
import { JobHandler, type JobHandlerInstance } from '@veraz/queue';
import { DECLARATION_PDF_JOB, type DeclarationPdfPayload } from './declaration-pdf.job';
import { DeclarationPdfService } from './declaration-pdf.service';

@Injectable()
@JobHandler(DECLARATION_PDF_JOB)
export class DeclarationPdfHandler implements JobHandlerInstance<DeclarationPdfPayload> {
  constructor(private readonly pdfs: DeclarationPdfService) {}

  async handle(payload: DeclarationPdfPayload): Promise<{ kind: string; sha256: string; created: boolean }> {
    if (payload.kind !== 'completa' && payload.kind !== 'publica') throw new Error(`unknown declaration PDF kind ${String(payload.kind)}`);
    const { document, created } = await this.pdfs.produce(payload.filingId, payload.kind);
    return { kind: document.kind, sha256: document.sha256, created };
  }
}
