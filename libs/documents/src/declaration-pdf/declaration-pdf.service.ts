import { Inject, Injectable } from '@nestjs/common';
import { sha256Hex } from '@veraz/crypto';
import { FilingReadService, type FilingRow } from '@veraz/declarations';
import { privacyViolations, projectPublic } from '@veraz/projection';
import { DOCUMENT_STORE, type DocumentStore } from '../storage/document-store';
import { DocumentsRepository, type DocumentRow } from '../storage/documents.repository';
import { renderDeclarationPdf, type DeclarationPdfInput } from './declaration-pdf';
import type { DeclarationPdfKind } from './declaration-pdf.job';
import { DeclarationPdfRepository } from './declaration-pdf.repository';

type Json = Record<string, unknown>;

/**
 * Renders a filing's declaration PDFs once and stores them, like the acuse: a repeated or retried
 * job finds the stored document and does nothing, and downloads serve the stored bytes.
 *
 * The public PDF is made only from public data: the projection stored at publication time, or, for
 * a filing that has none of its own (reserved, or superseded by a correction), the same projection
 * computed from the filing. Never from the private document.
 */
@Injectable()
export class DeclarationPdfService {
  constructor(
    private readonly filings: FilingReadService,
    private readonly documents: DocumentsRepository,
    private readonly repository: DeclarationPdfRepository,
    @Inject(DOCUMENT_STORE) private readonly store: DocumentStore,
  ) {}

  async produce(filingId: string, kind: DeclarationPdfKind): Promise<{ document: DocumentRow; created: boolean }> {
    const existing = await this.documents.find(filingId, kind);
    if (existing) return { document: existing, created: false };
    const filing = await this.filings.findById(filingId);
    if (!filing) throw new Error(`filing ${filingId} not found in its institution`);

    const pdf = await renderDeclarationPdf(await this.input(filing, kind));
    const key = `declaracion/${filing.id}-${kind}.pdf`;
    await this.store.put(key, pdf);
    const inserted = await this.documents.insert({ filingId, kind, sha256: sha256Hex(pdf), size: pdf.length, storage: this.store.name, storageKey: key });
    if (inserted) return { document: inserted, created: true };
    const stored = await this.documents.find(filingId, kind);
    if (!stored) throw new Error(`${kind} PDF of filing ${filingId} vanished`);
    return { document: stored, created: false };
  }

  async bytes(document: DocumentRow): Promise<Buffer> {
    const content = await this.store.get(document.storageKey);
    if (!content) throw new Error(`document ${document.id} has no stored bytes`);
    return content;
  }

  /** What to render for a filing: its private document (completa) or its public projection (publica). */
  async input(filing: FilingRow, kind: DeclarationPdfKind): Promise<DeclarationPdfInput> {
    const item = kind === 'completa' ? filing.document : await this.publicItem(filing);
    const metadata = (filing.document.metadata ?? {}) as Json;
    return {
      item: item as DeclarationPdfInput['item'],
      tipo: filing.tipo,
      completa: filing.declaracionCompleta,
      variant: kind,
      institutionName: typeof metadata.institucion === 'string' && metadata.institucion ? metadata.institucion : await this.repository.institutionName(),
      filerName: filing.filerName,
      folio: filing.folio,
      sha256: filing.sha256,
      filedAt: filing.filedAt,
    };
  }

  private async publicItem(filing: FilingRow): Promise<Json> {
    const publication = await this.repository.publication(filing.s1Id);
    // The stored publication is that of the latest version; an older version projects its own document.
    const document = publication && publication.filingId === filing.id ? publication.document : (projectPublic(filing.document as never) as unknown as Json);
    const violations = privacyViolations(document);
    if (violations.length) throw new Error(`public projection of filing ${filing.id} breaks the privacy rules at ${violations.slice(0, 3).join(', ')}`);
    return document;
  }
}
