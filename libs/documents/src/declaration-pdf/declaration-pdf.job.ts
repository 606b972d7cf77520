import { defineJob, type JobPayload, type JobQueue } from '@veraz/queue';

export type DeclarationPdfKind = 'completa' | 'publica';

export interface DeclarationPdfPayload extends JobPayload {
  institutionId: string;
  filingId: string;
  kind: DeclarationPdfKind;
}

/** Renders and stores one PDF of a filing: the complete declaration or its public version. */
export const DECLARATION_PDF_JOB = defineJob<DeclarationPdfPayload>('documents', 'documents:declaration-pdf');

export const DECLARATION_PDF_KINDS: readonly DeclarationPdfKind[] = Object.freeze(['completa', 'publica'] as const);

/** Enqueues both PDFs of a filing (in the caller's transaction); ids are deterministic, so twice is once. */
export async function enqueueDeclarationPdfs(jobs: JobQueue, institutionId: string, filingId: string): Promise<void> {
  for (const kind of DECLARATION_PDF_KINDS) {
    await jobs.enqueue(DECLARATION_PDF_JOB, { institutionId, filingId, kind }, { jobId: `pdf-${kind}-${filingId}` });
  }
}
