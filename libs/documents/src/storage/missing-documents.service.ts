import { Injectable } from '@nestjs/common';
import { ACKNOWLEDGMENT_JOB } from '@veraz/declarations';
import { JobQueue } from '@veraz/queue';
import { Db, sqlRows, TenantContext } from '@veraz/tenancy';
import { DECLARATION_PDF_JOB, DECLARATION_PDF_KINDS } from '../declaration-pdf/declaration-pdf.job';

/**
 * Queues again whatever documents an institution's filings lack (after a failed job was dropped,
 * or for filings made before a document kind existed). Rendering is idempotent, so a document
 * already being made is simply found stored when its second job runs.
 */
@Injectable()
export class MissingDocumentsService {
  constructor(
    private readonly db: Db,
    private readonly tenant: TenantContext,
    private readonly jobs: JobQueue,
  ) {}

  async enqueueMissing(): Promise<{ acuses: number; pdfs: number }> {
    const institutionId = this.tenant.institutionId();
    const missing = await sqlRows<{ id: string; kinds: string[] }>(
      this.db.manager(),
      `SELECT f.id, coalesce(array_agg(d.kind) FILTER (WHERE d.kind IS NOT NULL), '{}') AS kinds
         FROM filings f LEFT JOIN documents d ON d.filing_id = f.id AND d.institution_id = f.institution_id
        WHERE f.institution_id = $1
        GROUP BY f.id
       HAVING count(d.kind) < 3`,
      [institutionId],
    );
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
