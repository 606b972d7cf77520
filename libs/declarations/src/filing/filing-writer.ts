import { Injectable } from '@nestjs/common';
import type { FieldError } from '@veraz/contracts';
import { canonicalJson, sha256Hex } from '@veraz/crypto';
import { PublicationService } from '@veraz/s1';
import { validateItem, type SectionDef } from '@veraz/standards';
import type { DeclarationRow, FilingRow, SectionRow } from '../declaration.types';
import { mexicoDate } from '../drafting/period';
import { FilingsRepository } from '../repositories/filings.repository';
import { assembleDocument, extractColumns } from './filing-document';

export interface FilingInput {
  declaration: DeclarationRow;
  userId: string;
  s1Id: string;
  institution: { name: string; slug: string };
  sections: SectionDef[];
  saved: Map<string, Pick<SectionRow, 'data'>>;
  corrected: FilingRow | null;
  notaAclaratoria: string | null;
  /** When the filing was checked; the time of filing is read again under the folio counter. */
  checkedAt: Date;
  /** A fixed time of filing (generated histories); otherwise the time the folio is taken. */
  filedAt?: Date;
}

export interface WrittenFiling {
  filingId: string;
  folio: string;
  sha256: string;
  filedAt: Date;
  document: Record<string, unknown>;
}

/**
 * The one way a filing comes into existence, shared by signing and by the loader of generated
 * data: the document checked against the official OAS of its tipo, a gapless folio, the RFC 8785
 * canonical JSON and its SHA-256, the public columns, and the S1 publication, all in the caller's
 * transaction.
 */
@Injectable()
export class FilingWriter {
  constructor(
    private readonly filings: FilingsRepository,
    private readonly publication: PublicationService,
  ) {}

  /** Problems of the assembled document against the official schema, with paths from the section. */
  schemaProblems(input: FilingInput): FieldError[] {
    const document = this.assemble(input, input.filedAt ?? input.checkedAt);
    return validateItem(input.declaration.tipo, document).map((e) => ({
      path: e.path.replace(/^declaracion\.(situacionPatrimonial|interes)\./, ''),
      message: e.message,
    }));
  }

  async write(input: FilingInput): Promise<WrittenFiling> {
    const { declaration, corrected } = input;
    const at = input.filedAt ?? input.checkedAt;
    const year = Number(mexicoDate(at).slice(0, 4));
    const seq = await this.filings.nextFolioSeq(year);
    // The time of filing is read while holding the folio counter, so a later folio never carries an
    // earlier time (two filers signing at once). Across New Year the checked time keeps folio and date in one year.
    const lockedAt = new Date();
    const filedAt = input.filedAt ?? (Number(mexicoDate(lockedAt).slice(0, 4)) === year ? lockedAt : input.checkedAt);
    const document = this.assemble(input, filedAt);
    const folio = `${input.institution.slug.toUpperCase()}-${year}-${String(seq).padStart(6, '0')}`;
    const canonical = canonicalJson(document);
    const sha256 = sha256Hex(canonical);
    if (corrected) await this.filings.markSuperseded(corrected.id);
    const reservedReason = corrected?.reserved ? corrected.reservedReason : null;
    const filingId = await this.filings.insert({
      declarationId: declaration.id,
      userId: input.userId,
      s1Id: input.s1Id,
      version: corrected ? corrected.version + 1 : 1,
      supersedesFilingId: corrected?.id ?? null,
      notaAclaratoria: corrected ? input.notaAclaratoria : null,
      folio,
      folioYear: year,
      folioSeq: seq,
      tipo: declaration.tipo,
      declaracionCompleta: declaration.declaracionCompleta,
      actualizacionConflictoInteres: declaration.actualizacionConflictoInteres,
      filedAt,
      document,
      canonicalJson: canonical,
      sha256,
      reservedReason,
      extracted: extractColumns(document),
    });
    // Published in the same transaction: a committed filing is answerable through S1 at once.
    await this.publication.sync({ filingId, s1Id: input.s1Id, filedAt, tipo: declaration.tipo, reserved: reservedReason !== null, document });
    return { filingId, folio, sha256, filedAt, document };
  }

  /**
   * Many new filings at once (bulk loads of generated data): the same checks, numbering, hashing,
   * columns and projection as `write`, with folios reserved per year in one step and the rows
   * inserted in one statement each. Every input carries its own time of filing and corrects nothing.
   */
  async writeMany(inputs: FilingInput[]): Promise<WrittenFiling[]> {
    const years = inputs.map((input) => {
      if (!input.filedAt || input.corrected) throw new Error('writeMany takes new filings with a fixed time of filing');
      return Number(mexicoDate(input.filedAt).slice(0, 4));
    });
    const next = new Map<number, number>();
    for (const year of [...new Set(years)].sort()) {
      next.set(year, await this.filings.reserveFolios(year, years.filter((y) => y === year).length));
    }
    const prepared = inputs.map((input, i) => {
      const year = years[i]!;
      const seq = next.get(year)!;
      next.set(year, seq + 1);
      const filedAt = input.filedAt!;
      const document = this.assemble(input, filedAt);
      const canonical = canonicalJson(document);
      return {
        input,
        filedAt,
        document,
        row: {
          declarationId: input.declaration.id,
          userId: input.userId,
          s1Id: input.s1Id,
          version: 1,
          supersedesFilingId: null,
          notaAclaratoria: null,
          folio: `${input.institution.slug.toUpperCase()}-${year}-${String(seq).padStart(6, '0')}`,
          folioYear: year,
          folioSeq: seq,
          tipo: input.declaration.tipo,
          declaracionCompleta: input.declaration.declaracionCompleta,
          actualizacionConflictoInteres: input.declaration.actualizacionConflictoInteres,
          filedAt,
          document,
          canonicalJson: canonical,
          sha256: sha256Hex(canonical),
          reservedReason: null,
          extracted: extractColumns(document),
        },
      };
    });
    const ids = await this.filings.insertMany(prepared.map((p) => p.row));
    await this.publication.publishNew(
      prepared.map((p, i) => ({ filingId: ids[i]!, s1Id: p.input.s1Id, filedAt: p.filedAt, tipo: p.input.declaration.tipo, reserved: false, document: p.document })),
    );
    return prepared.map((p, i) => ({ filingId: ids[i]!, folio: p.row.folio, sha256: p.row.sha256, filedAt: p.filedAt, document: p.document }));
  }

  private assemble(input: FilingInput, filedAt: Date): Record<string, unknown> {
    return assembleDocument({
      s1Id: input.s1Id,
      declaration: input.declaration,
      institutionName: input.institution.name,
      filedAt,
      sections: input.sections,
      saved: input.saved as Map<string, SectionRow>,
    });
  }
}
