import { Injectable } from '@nestjs/common';
import { ACKNOWLEDGMENT_JOB } from '@veraz/declarations';
import { JobQueue } from '@veraz/queue';
import { TenantContext } from '@veraz/tenancy';
import { DECLARATION_PDF_JOB, DECLARATION_PDF_KINDS } from './declaration-pdf/declaration-pdf.job';
import { DocumentsRepository } from './storage/documents.repository';

/**
 * Queues again whatever documents an institution's filings lack (after a failed job was dropped,
 * or for filings made before a document kind existed). Rendering is idempotent, so a document
 * already being made is simply found stored when its second job runs.
 */
@Injectable()
export class MissingDocumentsService {
  constructor(
    private readonly documents: DocumentsRepository,
    private readonly tenant: TenantContext,
    private readonly jobs: JobQueue,
  ) {}

  async enqueueMissing(): Promise<{ acuses: number; pdfs: number }> {
    const institutionId = this.tenant.institutionId();
    const missing = await this.documents.filingsMissingDocuments();
    const stamp = Date.now();
    let acuses = 0;
    let pdfs = 0;
    for (const filing of missing) {
      if (!filing.kinds.includes('acuse')) {
        // The acuse job queues both PDFs itself once the acuse is stored.
        await this.jobs.enqueue(ACKNOWLEDGMENT_JOB, { institutionId, filingId: filing.id }, { jobId: `acuse-${filing.id}-relleno-${stamp}` });
        acuses++;
        continue;
      }
      for (const kind of DECLARATION_PDF_KINDS) {
        if (filing.kinds.includes(kind)) continue;
        await this.jobs.enqueue(DECLARATION_PDF_JOB, { institutionId, filingId: filing.id, kind }, { jobId: `pdf-${kind}-${filing.id}-relleno-${stamp}` });
        pdfs++;
      }
    }
    return { acuses, pdfs };
  }
}
