import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { FieldError } from '@veraz/contracts';
import { canonicalJson, sha256Hex } from '@veraz/crypto';
import { PublicationService, type PublicationInput } from '@veraz/s1';
import type { SqlPart } from '@veraz/tenancy';
import { validateItem, validateItemWithLimits, type SectionDef } from '@veraz/standards';
import type { DeclarationRow, FilingRow, FilingSummaryRow, SectionRow } from '../declaration.types';
import { mexicoDate } from '../drafting/period';
import type { NewFiling } from '../repositories/filing-columns';
import { FilingWritesRepository } from '../repositories/filing-writes.repository';
import { assembleDocument, extractColumns, withFilingTime } from './filing-document';

export interface FilingInput {
  declaration: DeclarationRow;
  userId: string;
  s1Id: string;
  institution: { name: string; slug: string };
  sections: SectionDef[];
  saved: Map<string, Pick<SectionRow, 'data'>>;
  corrected: FilingRow | null;
  notaAclaratoria: string | null;
  /** When the filing was checked against the schema and the rules. */
  checkedAt: Date;
  /** A fixed time of filing (generated histories); otherwise the time the filing is written. */
  filedAt?: Date;
  /** The new filing's id when the caller must name it first (the acuse job); otherwise a new one. */
  filingId?: string;
}

export interface WrittenFiling {
  filingId: string;
  folio: string;
  sha256: string;
  filedAt: Date;
  document: Record<string, unknown>;
  /** The row as written. */
  row: NewFiling;
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
    private readonly filings: FilingWritesRepository,
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

  /** Whether the assembled document meets the official OAS with the capture limits on its sections (see validateItemWithLimits). */
  meetsCaptureLimits(input: FilingInput): boolean {
    return validateItemWithLimits(input.declaration.tipo, this.assemble(input, input.filedAt ?? input.checkedAt)).length === 0;
  }

  /**
   * Writes one filing. Everything that does not need the folio (document, canonical JSON, hash,
   * columns, public projection) is computed first. Then `openChain` takes the institution's audit
   * chain lock, the one every writer of filings takes before numbering, and the folio is read under
   * it; the filing, its publication and the rows `openChain`'s builder adds (audit entry, anchor,
   * e.firma) go in one statement that advances the folio counter and the publication order, the
   * last of the transaction: those counters stay locked only for that statement and the COMMIT.
   */
  async write(input: FilingInput, openChain: () => Promise<(filing: WrittenFiling) => SqlPart[]>): Promise<WrittenFiling> {
    const { corrected } = input;
    const filingId = input.filingId ?? randomUUID();
    const reservedReason = corrected?.reserved ? corrected.reservedReason : null;
    let filedAt = input.filedAt ?? new Date();
    let prepared = this.prepare(input, filingId, filedAt, reservedReason);
    if (corrected) await this.filings.markSuperseded(corrected.id);
    const rowsWith = await openChain();
    let folio = await this.filings.peekFolio(yearOf(filedAt));
    if (!input.filedAt && folio.lastFiledAt && folio.lastFiledAt.getTime() > filedAt.getTime()) {
      // Someone who read the clock later took an earlier folio: this one takes that same time, so a
      // later folio never carries an earlier time.
      const year = yearOf(filedAt);
      filedAt = folio.lastFiledAt;
      prepared = this.retimed(prepared, filedAt);
      if (yearOf(filedAt) !== year) folio = await this.filings.peekFolio(yearOf(filedAt));
    }
    const row = newFiling(input, filingId, yearOf(filedAt), folio.lastSeq + 1, filedAt, prepared, reservedReason);
    const written: WrittenFiling = { filingId, folio: row.folio, sha256: prepared.sha256, filedAt, document: prepared.document, row };
    // Published in the same transaction: a committed filing is answerable through S1 at once.
    const publication = this.publication.newPublicationParts(prepared.latest, prepared.publication);
    await this.filings.insertNumbered(row, [...(publication ?? []), ...rowsWith(written)]);
    // A correction or a reserved filing replaces or withdraws a publication: not the signing rush, and
    // its publication row names the filing, so it follows the filing's statement.
    if (!publication) await this.publication.sync(prepared.latest, prepared.publication ?? undefined);
    return written;
  }

  /** What a filing's time of filing decides: its document, canonical JSON, hash, columns and publication. */
  private prepare(input: FilingInput, filingId: string, filedAt: Date, reservedReason: string | null) {
    const document = this.assemble(input, filedAt);
    const canonical = canonicalJson(document);
    const latest = { filingId, s1Id: input.s1Id, filedAt, tipo: input.declaration.tipo, reserved: reservedReason !== null, document, firstVersion: !input.corrected };
    const publication: PublicationInput | null = latest.reserved ? null : this.publication.prepare(latest);
    return { document, canonical, sha256: sha256Hex(canonical), extracted: extractColumns(document), latest, publication };
  }

  /**
   * The prepared filing at a later time of filing, under the chain lock. The document keeps whole
   * seconds: within the same second only the precise times change; across one, the document's time,
   * its canonical JSON and hash follow, and the publication takes the time without projecting again.
   */
  private retimed(prepared: Prepared, filedAt: Date): Prepared {
    const document = withFilingTime(prepared.document, filedAt);
    const sameSecond = (document.metadata as Record<string, unknown>).actualizacion === (prepared.document.metadata as Record<string, unknown>).actualizacion;
    if (sameSecond) {
      const latest = { ...prepared.latest, filedAt };
      return { ...prepared, latest, publication: prepared.publication && this.publication.retimed(prepared.publication, latest) };
    }
    const canonical = canonicalJson(document);
    const latest = { ...prepared.latest, filedAt, document };
    return { ...prepared, document, canonical, sha256: sha256Hex(canonical), latest, publication: prepared.publication && this.publication.retimed(prepared.publication, latest) };
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
    const written = inputs.map((input, i) => {
      const year = years[i]!;
      const seq = next.get(year)!;
      next.set(year, seq + 1);
      const filingId = randomUUID();
      const prepared = this.prepare(input, filingId, input.filedAt!, null);
      return { prepared, row: newFiling(input, filingId, year, seq, input.filedAt!, prepared, null) };
    });
    await this.filings.insertMany(written.map((w) => w.row));
    await this.publication.publishNew(written.map((w) => w.prepared.publication!));
    return written.map(({ prepared, row }) => ({ filingId: row.id!, folio: row.folio, sha256: prepared.sha256, filedAt: row.filedAt, document: prepared.document, row }));
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

/** A filing `write` just wrote, as FILING_SUMMARY reads it back (`filerName` from the caller, who holds the filer). */
export function writtenSummary(written: WrittenFiling, input: FilingInput, filerName: string): FilingSummaryRow {
  const { row } = written;
  const { declaration } = input;
  return {
    id: written.filingId,
    institutionId: declaration.institutionId,
    declarationId: row.declarationId,
    userId: row.userId,
    s1Id: row.s1Id,
    version: row.version,
    supersedesFilingId: row.supersedesFilingId,
    notaAclaratoria: row.notaAclaratoria,
    isLatest: true,
    folio: row.folio,
    tipo: row.tipo,
    declaracionCompleta: row.declaracionCompleta,
    actualizacionConflictoInteres: row.actualizacionConflictoInteres,
    filedAt: row.filedAt,
    sha256: row.sha256,
    reserved: row.reservedReason !== null,
    reservedReason: row.reservedReason,
    filerName,
    fechaTomaPosesion: declaration.fechaTomaPosesion,
    anioReportado: declaration.anioReportado,
    fechaConclusion: declaration.fechaConclusion,
  };
}

function yearOf(filedAt: Date): number {
  return Number(mexicoDate(filedAt).slice(0, 4));
}

type Prepared = ReturnType<FilingWriter['prepare']>;

/** The filings row: numbering, the prepared document and hash, and what follows from the input. */
function newFiling(input: FilingInput, filingId: string, year: number, seq: number, filedAt: Date, prepared: Prepared, reservedReason: string | null): NewFiling {
  const { declaration, corrected } = input;
  return {
    id: filingId,
    declarationId: declaration.id,
    userId: input.userId,
    s1Id: input.s1Id,
    version: corrected ? corrected.version + 1 : 1,
    supersedesFilingId: corrected?.id ?? null,
    notaAclaratoria: corrected ? input.notaAclaratoria : null,
    folio: `${input.institution.slug.toUpperCase()}-${year}-${String(seq).padStart(6, '0')}`,
    folioYear: year,
    folioSeq: seq,
    tipo: declaration.tipo,
    declaracionCompleta: declaration.declaracionCompleta,
    actualizacionConflictoInteres: declaration.actualizacionConflictoInteres,
    filedAt,
    document: prepared.document,
    canonicalJson: prepared.canonical,
    sha256: prepared.sha256,
    reservedReason,
    extracted: prepared.extracted,
  };
}
