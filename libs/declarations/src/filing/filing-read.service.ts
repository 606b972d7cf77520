import { Injectable } from '@nestjs/common';
import type { FilingPeriod, FilingRow, FilingSummaryRow } from '../declaration.types';
import { FilingsRepository } from '../repositories/filings.repository';
import { FilingEfirmasRepository, type FilingEfirmaRow } from './efirma.repository';
import { FilingAnchorsRepository, type FilingAnchor } from './filing-anchors.repository';

export type { FilingAnchor, FilingEfirmaRow };

/**
 * Filings as other libs and the CLI read them (acuses, PDFs, downloads, listings), in the caller's
 * tenant transaction. Writing a filing stays with SigningService and FilingsService.
 */
@Injectable()
export class FilingReadService {
  constructor(
    private readonly filings: FilingsRepository,
    private readonly efirmas: FilingEfirmasRepository,
    private readonly anchors: FilingAnchorsRepository,
  ) {}

  /** With `userId`, only when the filing is that person's. */
  findById(id: string, options: { userId?: string } = {}): Promise<FilingRow | null> {
    return this.filings.findById(id, options);
  }

  findByFolio(folio: string): Promise<FilingRow | null> {
    return this.filings.findByFolio(folio);
  }

  periodOf(filingId: string): Promise<FilingPeriod | null> {
    return this.filings.periodOf(filingId);
  }

  /** The filer's e.firma signature of the filing, when it was signed with one. */
  efirmaOf(filingId: string): Promise<FilingEfirmaRow | null> {
    return this.efirmas.findByFiling(filingId);
  }

  /** The audit chain head recorded when the filing was signed (none for generated histories). */
  auditAnchorOf(filingId: string): Promise<FilingAnchor | null> {
    return this.anchors.find(filingId);
  }

  /** Every filing's audit anchor in the institution, for `audit verify`. */
  auditAnchors(): Promise<FilingAnchor[]> {
    return this.anchors.all();
  }

  /** The institution's filings, newest first, a page at a time. */
  list(page: { limit: number; offset: number }): Promise<{ rows: FilingSummaryRow[]; total: number }> {
    return this.filings.list(page);
  }
}
