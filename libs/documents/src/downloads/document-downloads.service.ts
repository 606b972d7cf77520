import { Inject, Injectable } from '@nestjs/common';
import { AuditLog } from '@veraz/audit';
import { DomainError, NotFoundError } from '@veraz/contracts';
import { sha256Hex } from '@veraz/crypto';
import { FilingReadService } from '@veraz/declarations';
import { DOCUMENT_STORE, type DocumentStore } from '../storage/document-store';
import { DocumentsRepository, type DocumentKind, type DocumentRow } from '../storage/documents.repository';

export const DOCUMENT_KINDS: readonly DocumentKind[] = ['acuse', 'completa', 'publica'];

export function isDocumentKind(value: unknown): value is DocumentKind {
  return typeof value === 'string' && (DOCUMENT_KINDS as readonly string[]).includes(value);
}

/** File name offered to the person downloading: says what it is and which folio. */
export function documentFilename(kind: DocumentKind, folio: string): string {
  const safe = folio.replace(/[^A-Za-z0-9-]/g, '_');
  return kind === 'acuse' ? `acuse-${safe}.pdf` : `declaracion-${kind}-${safe}.pdf`;
}

const KIND_LABEL: Record<DocumentKind, string> = { acuse: 'El acuse', completa: 'La declaración completa en PDF', publica: 'La versión pública en PDF' };

/** The filing exists but its document has not been rendered yet (the job is queued or retrying). */
export class DocumentNotReadyError extends DomainError {
  readonly retryAfterSeconds = 5;

  constructor(kind: DocumentKind) {
    super('DOCUMENTO_EN_PREPARACION', 409, `${KIND_LABEL[kind]} de esta declaración aún se está generando. Intenta de nuevo en unos segundos.`);
  }
}

/** Who reads: the filer reads their own filings; reviewers and admins (and the operator's CLI) all of the institution. */
export interface DocumentReader {
  userId: string | null;
  institutionWide: boolean;
}

export interface DocumentSummary {
  kind: DocumentKind;
  sha256: string;
  size: number;
  createdAt: string;
}

export interface DownloadedDocument {
  filename: string;
  content: Buffer;
  sha256: string;
  folio: string;
}

/**
 * Serves the stored bytes of a filing's documents, never a new rendering, so what a person
 * downloads is exactly what was sealed and what /verificar recognizes. Runs inside the tenant
 * context of the reader's institution; another institution's or another filer's filing is simply
 * not found.
 */
@Injectable()
export class DocumentDownloads {
  constructor(
    private readonly filings: FilingReadService,
    private readonly documents: DocumentsRepository,
    private readonly audit: AuditLog,
    @Inject(DOCUMENT_STORE) private readonly store: DocumentStore,
  ) {}

  async list(reader: DocumentReader, filingId: string): Promise<DocumentSummary[]> {
    await this.filing(reader, filingId);
    const rows = await this.documents.listForFiling(filingId);
    return rows.map((d) => ({ kind: d.kind, sha256: d.sha256, size: d.size, createdAt: d.createdAt.toISOString() }));
  }

  async download(reader: DocumentReader, filingId: string, kind: DocumentKind): Promise<DownloadedDocument> {
    const filing = await this.filing(reader, filingId);
    const document = await this.documents.find(filing.id, kind);
    if (!document) throw new DocumentNotReadyError(kind);
    const content = await this.content(document);
    await this.audit.record({
      action: 'document.downloaded',
      actorUserId: reader.userId,
      targetType: 'filing',
      targetId: filing.id,
      details: { folio: filing.folio, documento: kind, sha256: document.sha256 },
    });
    return { filename: documentFilename(kind, filing.folio), content, sha256: document.sha256, folio: filing.folio };
  }

  private async filing(reader: DocumentReader, filingId: string) {
    const userId = reader.institutionWide ? undefined : (reader.userId ?? undefined);
    if (!reader.institutionWide && !userId) throw new NotFoundError('No se encontró la declaración presentada.');
    const filing = await this.filings.findById(filingId, { userId });
    if (!filing) throw new NotFoundError('No se encontró la declaración presentada.');
    return filing;
  }

  /** The stored bytes, checked against the SHA-256 recorded when they were sealed. */
  private async content(document: DocumentRow): Promise<Buffer> {
    const content = await this.store.get(document.storageKey);
    if (!content) throw new Error(`document ${document.id} has no stored bytes`);
    if (sha256Hex(content) !== document.sha256) throw new Error(`document ${document.id} does not match its recorded SHA-256`);
    return content;
  }
}
