import { Injectable } from '@nestjs/common';
import { AuditLog } from '@veraz/audit';
import type { FilingView, Page, WorkbenchFilingSummary, WorkbenchFilters } from '@veraz/contracts';
import { IntegrityReviewService } from '@veraz/integrity';
import { FilingsService, toSummary } from '../filing/filings.service';
import { TaxConstanciasReadRepository } from './tax-constancias-read.repository';
import { WorkbenchListRepository } from './workbench-list.repository';
import { parseWorkbenchSearch } from './workbench-search';

/** The reviewer's side of the institution's filings: the filtered list and the audited reading. */
@Injectable()
export class WorkbenchService {
  constructor(
    private readonly list: WorkbenchListRepository,
    private readonly filings: FilingsService,
    private readonly audit: AuditLog,
    private readonly constancias: TaxConstanciasReadRepository,
    private readonly integrity: IntegrityReviewService,
  ) {}

  async search(filters: WorkbenchFilters, page: { limit: number; offset: number }): Promise<Page<WorkbenchFilingSummary>> {
    const { q, ...rest } = filters;
    const version = await this.integrity.currentThresholdVersion();
    const { rows, total } = await this.list.list({ ...rest, search: parseWorkbenchSearch(q) }, page, version);
    return {
      total,
      items: rows.map((row) => ({
        ...toSummary(row),
        area: row.area,
        reviewState: row.reviewState,
        assignee: row.assigneeId ? { userId: row.assigneeId, nombreCompleto: row.assigneeName ?? '' } : null,
        obligationState: row.obligationState,
        risk: row.riskScore === null ? null : { score: row.riskScore, flagCount: row.riskFlagCount ?? 0, thresholdVersion: row.riskVersion ?? 0 },
      })),
    };
  }

  /** A reviewer or admin reading someone's filing: who opened what stays in the bitácora. */
  async open(reviewerUserId: string, filingId: string): Promise<FilingView> {
    const filing = await this.filings.get({ userId: reviewerUserId, institutionWide: true }, filingId);
    if (filing.filer.userId !== reviewerUserId) {
      await this.audit.record({ action: 'filing.opened', actorUserId: reviewerUserId, targetType: 'filing', targetId: filing.id, details: { folio: filing.folio } });
    }
    const constancias = (await this.constancias.ofUser(filing.filer.userId)).map((c) => ({ ...c, uploadedAt: c.uploadedAt.toISOString() }));
    return { ...filing, previousFilingId: await this.list.previousOf(filing.id), constancias };
  }
}
