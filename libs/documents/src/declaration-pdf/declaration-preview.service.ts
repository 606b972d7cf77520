import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@veraz/contracts';
import { assembleDocument, DraftsService, type SectionRow } from '@veraz/declarations';
import { sectionDef, type SectionDef } from '@veraz/standards';
import { renderDeclarationPdf } from './declaration-pdf';
import { DeclarationPdfRepository } from './declaration-pdf.repository';

/**
 * The filer's own draft as a PDF, before signing: the saved sections assembled into an S1 item the
 * way signing will assemble them, rendered on the fly with the preliminary watermark and no folio.
 * Nothing is stored.
 */
@Injectable()
export class DeclarationPreviewService {
  constructor(
    private readonly drafts: DraftsService,
    private readonly repository: DeclarationPdfRepository,
  ) {}

  async render(userId: string, declarationId: string): Promise<{ pdf: Buffer; filename: string }> {
    // Another person's draft, another institution's, or one already filed: simply not found.
    const declaration = await this.drafts.own(userId, declarationId);
    if (declaration.status !== 'BORRADOR') throw new NotFoundError('No se encontró el borrador de la declaración.');
    const view = await this.drafts.view(declaration);
    const sections: SectionDef[] = view.sections.map((s) => sectionDef(declaration.tipo, s.name)).filter((d): d is SectionDef => !!d);
    const saved = new Map<string, SectionRow>();
    for (const s of view.sections) {
      if (s.data && s.status !== 'vacía') {
        saved.set(s.name, { section: s.name, data: s.data as Record<string, unknown>, status: s.status, version: s.version, updatedAt: new Date(s.updatedAt ?? Date.now()) });
      }
    }
    const institutionName = await this.repository.institutionName();
    const now = new Date();
    const item = assembleDocument({ s1Id: 'preliminar', declaration, institutionName, filedAt: now, sections, saved });
    const pdf = await renderDeclarationPdf({
      item: item as never,
      tipo: declaration.tipo,
      completa: declaration.declaracionCompleta,
      variant: 'preliminar',
      institutionName,
      filerName: (await this.repository.personName(userId)) ?? '',
    });
    return { pdf, filename: `declaracion-preliminar-${declaration.id}.pdf` };
  }
}
