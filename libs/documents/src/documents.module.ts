import { Module } from '@nestjs/common';
import { AuditModule } from '@veraz/audit';
import { DeclarationsModule } from '@veraz/declarations';
import { MailModule } from '@veraz/mail';
import { QueueModule } from '@veraz/queue';
import { TenancyModule } from '@veraz/tenancy';
import { AcuseEmailHandler, AcuseHandler } from './acuse/acuse.handlers';
import { AcuseService } from './acuse/acuse.service';
import { CertificatesService } from './certificates/certificates.service';
import { DatabaseDocumentStore, DOCUMENT_STORE } from './storage/document-store';
import { DocumentLookupRepository, DocumentsRepository } from './storage/documents.repository';

@Module({
  imports: [TenancyModule, AuditModule, QueueModule, MailModule, DeclarationsModule],
  providers: [
    DocumentsRepository,
    DocumentLookupRepository,
    { provide: DOCUMENT_STORE, useClass: DatabaseDocumentStore },
    CertificatesService,
    AcuseService,
    AcuseHandler,
    AcuseEmailHandler,
  ],
  exports: [AcuseService, CertificatesService, DocumentsRepository, DocumentLookupRepository],
})
export class DocumentsModule {}
