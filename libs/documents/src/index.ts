export * from './acuse/acuse-pdf';
export * from './acuse/acuse-email.job';
export * from './acuse/acuse.service';
export * from './certificates/certificates.service';
export * from './storage/document-store';
export * from './storage/documents.repository';
export * from './documents.module';
