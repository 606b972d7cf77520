import { Module } from '@nestjs/common';
import { AccountsModule } from '@veraz/accounts';
import { AuditModule } from '@veraz/audit';
import { InstitutionsModule } from '@veraz/institutions';
import { IntegrityModule, IntegrityReviewModule } from '@veraz/integrity';
import { QueueModule } from '@veraz/queue';
import { PublicationModule } from '@veraz/s1';
import { TenancyModule } from '@veraz/tenancy';
import { DraftsService } from './drafting/drafts.service';
import { EmploymentLevelService } from './drafting/employment-level.service';
import { SelfCheckService } from './drafting/self-check.service';
import { EfirmaAuthorityService } from './filing/efirma-authority.service';
import { FilingEfirmasRepository } from './filing/efirma.repository';
import { FilingAnchorsRepository } from './filing/filing-anchors.repository';
import { FilingReadService } from './filing/filing-read.service';
import { FilingsExportService } from './filing/filings-export.service';
import { FilingsService } from './filing/filings.service';
import { FilingWriter } from './filing/filing-writer';
import { GeneratedLoadRepository } from './loading/generated-load.repository';
import { GeneratedLoader } from './loading/generated-loader';
import { SigningService } from './filing/signing.service';
import { DeclarationsRepository } from './repositories/declarations.repository';
import { FilerFactsRepository } from './repositories/filer-facts.repository';
import { FilingWritesRepository } from './repositories/filing-writes.repository';
import { FilingsRepository } from './repositories/filings.repository';
import { FilingReviewsRepository } from './workbench/filing-reviews.repository';
import { ReviewService } from './workbench/review.service';
import { TaxConstanciasReadRepository } from './workbench/tax-constancias-read.repository';
import { WorkbenchListRepository } from './workbench/workbench-list.repository';
import { WorkbenchService } from './workbench/workbench.service';

@Module({
  imports: [TenancyModule, AuditModule, QueueModule, AccountsModule, PublicationModule, InstitutionsModule, IntegrityModule, IntegrityReviewModule],
  providers: [SelfCheckService, DeclarationsRepository, FilingsRepository, FilingWritesRepository, FilingEfirmasRepository, FilingAnchorsRepository, EfirmaAuthorityService, FilerFactsRepository, DraftsService, SigningService, FilingsService, FilingsExportService, EmploymentLevelService, FilingWriter, GeneratedLoadRepository, GeneratedLoader, FilingReadService, WorkbenchListRepository, FilingReviewsRepository, TaxConstanciasReadRepository, WorkbenchService, ReviewService],
  exports: [SelfCheckService, DraftsService, SigningService, EfirmaAuthorityService, FilingsService, FilingsExportService, EmploymentLevelService, FilingWriter, GeneratedLoader, FilingReadService, WorkbenchService, ReviewService],
})
export class DeclarationsModule {}
