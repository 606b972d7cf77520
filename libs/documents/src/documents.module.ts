import { Module } from '@nestjs/common';
import { AuditModule } from '@veraz/audit';
import { DeclarationsModule } from '@veraz/declarations';
import { InstitutionsModule } from '@veraz/institutions';
import { MailModule } from '@veraz/mail';
import { QueueModule } from '@veraz/queue';
import { TenancyModule } from '@veraz/tenancy';
import { AcuseEmailHandler, AcuseHandler } from './acuse/acuse.handlers';
import { AuditCheckpointHandler } from './audit-checkpoints/audit-checkpoint.job';
import { AuditCheckpointsRepository } from './audit-checkpoints/audit-checkpoints.repository';
import { AuditCheckpointsService } from './audit-checkpoints/audit-checkpoints.service';
import { AuditVerificationService } from './audit-checkpoints/audit-verification.service';
import { AcuseService } from './acuse/acuse.service';
import { CertificatesRepository } from './certificates/certificates.repository';
import { CertificatesService } from './certificates/certificates.service';
import { DatabaseDocumentStore, DOCUMENT_STORE } from './storage/document-store';
import { DocumentLookupRepository, DocumentsRepository } from './storage/documents.repository';
import { MissingDocumentsService } from './missing-documents.service';
import { DocumentDownloads } from './downloads/document-downloads.service';
import { VerificationRepository } from './verification/verification.repository';
import { VerificationService } from './verification/verification.service';
import { DeclarationPdfHandler } from './declaration-pdf/declaration-pdf.handler';
import { DeclarationPdfRepository } from './declaration-pdf/declaration-pdf.repository';
import { DeclarationPdfService } from './declaration-pdf/declaration-pdf.service';
import { DeclarationPreviewService } from './declaration-pdf/declaration-preview.service';
import { FilerFactsRepository } from './filer-records/filer-facts.repository';
import { ObligationsRecomputeTrigger } from './filer-records/obligations-recompute';
import { TaxConstanciasRepository } from './tax-constancias/tax-constancias.repository';
import { TaxConstanciasService } from './tax-constancias/tax-constancias.service';
import { AvisosRepository } from './avisos-cambio-ente/avisos.repository';
import { AvisosService } from './avisos-cambio-ente/avisos.service';
import { AvisoEmailHandler } from './avisos-cambio-ente/aviso-email.handler';

@Module({
  imports: [TenancyModule, AuditModule, QueueModule, MailModule, DeclarationsModule, InstitutionsModule],
  providers: [
    DocumentsRepository,
    DocumentLookupRepository,
    MissingDocumentsService,
    { provide: DOCUMENT_STORE, useClass: DatabaseDocumentStore },
    CertificatesRepository,
    CertificatesService,
    AcuseService,
    AcuseHandler,
    AcuseEmailHandler,
    DeclarationPdfRepository,
    DeclarationPdfService,
    DeclarationPdfHandler,
    DeclarationPreviewService,
    VerificationRepository,
    VerificationService,
    DocumentDownloads,
    AuditCheckpointsRepository,
    AuditCheckpointsService,
    AuditCheckpointHandler,
    AuditVerificationService,
    FilerFactsRepository,
    ObligationsRecomputeTrigger,
    TaxConstanciasRepository,
    TaxConstanciasService,
    AvisosRepository,
    AvisosService,
    AvisoEmailHandler,
  ],
  exports: [
    DOCUMENT_STORE,
    TaxConstanciasService,
    AvisosService,
    MissingDocumentsService,
    AcuseService,
    CertificatesService,
    DeclarationPdfService,
    DeclarationPreviewService,
    VerificationService,
    DocumentDownloads,
    AuditCheckpointsService,
    AuditVerificationService,
  ],
})
export class DocumentsModule {}
