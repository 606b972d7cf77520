import { Injectable } from '@nestjs/common';
import { AuditLog } from '@veraz/audit';
import { DomainError, NotFoundError, RESERVA_MOTIVO_LENGTH, ValidationError, type DeclarationView, type FilingSummary, type FilingView, type Page } from '@veraz/contracts';
import { PublicationService } from '@veraz/s1';
import type { FilingRow, FilingSummaryRow } from '../declaration.types';
import { DraftsService } from '../drafting/drafts.service';
import type { FilingVersion } from '../repositories/filing-columns';
import { FilingWritesRepository } from '../repositories/filing-writes.repository';
import { FilingsRepository, type FolioCursor } from '../repositories/filings.repository';
import { EfirmaAuthorityService } from './efirma-authority.service';
import { FilingEfirmasRepository, type FilingEfirmaRow } from './efirma.repository';

export interface FilingReader {
  userId: string;
  /** Reviewers and admins read every filing of the institution; a filer only their own. */
  institutionWide: boolean;
}

/** Reading filings, marking them reserved, and starting a nota aclaratoria. */
@Injectable()
export class FilingsService {
  constructor(
    private readonly filings: FilingsRepository,
    private readonly writes: FilingWritesRepository,
    private readonly drafts: DraftsService,
    private readonly audit: AuditLog,
    private readonly publication: PublicationService,
    private readonly efirmas: FilingEfirmasRepository,
    private readonly efirmaAuthority: EfirmaAuthorityService,
  ) {}

  /** `search`: a folio prefix or part of the filer's name (case and accents ignored). */
  async list(reader: FilingReader, page: { limit: number; offset: number; search?: string }): Promise<Page<FilingSummary>> {
    const search = page.search?.trim() || undefined;
    const { rows, total } = await this.filings.list({ ...page, search, userId: reader.institutionWide ? undefined : reader.userId });
    return { items: rows.map(toSummary), total };
  }

  /** Every filing of the institution matching `search`, by folio from the newest, in batches (for exports). */
  async *institutionBatches(search: string | undefined, batchSize = 1000): AsyncGenerator<FilingSummary[]> {
    const text = search?.trim() || undefined;
    let after: FolioCursor | null = null;
    do {
      const batch: { rows: FilingSummaryRow[]; next: FolioCursor | null } = await this.filings.listAfterFolio({ search: text, after, limit: batchSize });
      if (batch.rows.length) yield batch.rows.map(toSummary);
      after = batch.next;
    } while (after);
  }

  async get(reader: FilingReader, id: string): Promise<FilingView> {
    return this.viewOf(await this.find(reader, id));
  }

  /** A filing row as the API shows it, with its versions and e.firma read beside it. */
  async viewOf(row: FilingRow): Promise<FilingView> {
    return this.view(row, row.document, await this.filings.versions(row.s1Id), await this.efirmas.findByFiling(row.id));
  }

  /**
   * The one shape of a filing's answer. Signing calls it with what it has just written (row, document,
   * versions, e.firma), so its answer equals a later GET without reading any of it back.
   */
  async view(row: FilingSummaryRow, document: Record<string, unknown>, versions: FilingVersion[], efirma: FilingEfirmaRow | null): Promise<FilingView> {
    return {
      ...toSummary(row),
      reservedReason: row.reservedReason,
      document,
      versions: versions.map((v) => ({ id: v.id, folio: v.folio, version: v.version, filedAt: v.filedAt.toISOString() })),
      efirma: efirma
        ? {
            serial: efirma.certificateSerial,
            notAfter: efirma.certificateNotAfter.toISOString(),
            signedAt: efirma.signedAt.toISOString(),
            autoridad: await this.efirmaAuthority.forStored(efirma, row.sha256),
          }
        : null,
    };
  }

  /** Normas, Vigésima: a reserved filing stays on record but is never published. */
  async setReserved(actorUserId: string, id: string, reserved: boolean, reason: unknown): Promise<FilingView> {
    const { min, max } = RESERVA_MOTIVO_LENGTH;
    if (typeof reason !== 'string' || reason.trim().length < min || reason.length > max) {
      throw new ValidationError([{ path: 'motivo', message: `indica el motivo (de ${min} a ${max} caracteres), por ejemplo el acuerdo del Comité de Transparencia` }]);
    }
    const row = await this.find({ userId: actorUserId, institutionWide: true }, id);
    await this.writes.setReserved(row.id, reserved, reason.trim(), actorUserId);
    // Only the latest version is published; reserving an older one changes nothing public.
    if (row.isLatest) {
      await this.publication.sync({ filingId: row.id, s1Id: row.s1Id, filedAt: row.filedAt, tipo: row.tipo, reserved, document: row.document, publishedAt: new Date() });
    }
    await this.audit.record({
      action: reserved ? 'filing.reserved' : 'filing.unreserved',
      actorUserId,
      targetType: 'filing',
      targetId: row.id,
      details: { folio: row.folio, motivo: reason.trim() },
    });
    return this.get({ userId: actorUserId, institutionWide: true }, id);
  }

  /** A correction is a new draft holding the filing's data; signing it adds a version. */
  async startCorrection(userId: string, id: string): Promise<{ declaration: DeclarationView; created: boolean }> {
    const filing = await this.find({ userId, institutionWide: false }, id);
    if (!filing.isLatest) {
      throw new DomainError('VERSION_ANTERIOR', 409, 'Esta versión ya fue corregida; la nota aclaratoria se hace sobre la versión más reciente.');
    }
    return this.drafts.create(
      userId,
      {
        tipo: filing.tipo,
        actualizacionConflictoInteres: filing.actualizacionConflictoInteres,
        key: `CORRECCION:${filing.s1Id}`,
        fechaTomaPosesion: filing.fechaTomaPosesion,
        anioReportado: filing.anioReportado,
        fechaConclusion: filing.fechaConclusion,
      },
      filing.declaracionCompleta,
      null,
      filing,
    );
  }

  private async find(reader: FilingReader, id: string): Promise<FilingRow> {
    const row = await this.filings.findById(id, { userId: reader.institutionWide ? undefined : reader.userId });
    if (!row) throw new NotFoundError('No se encontró la declaración presentada.');
    return row;
  }
}

export function toSummary(row: FilingSummaryRow): FilingSummary {
  return {
    id: row.id,
    folio: row.folio,
    s1Id: row.s1Id,
    version: row.version,
    isLatest: row.isLatest,
    tipo: row.tipo,
    declaracionCompleta: row.declaracionCompleta,
    actualizacionConflictoInteres: row.actualizacionConflictoInteres,
    filedAt: row.filedAt.toISOString(),
    sha256: row.sha256,
    filer: { userId: row.userId, nombreCompleto: row.filerName },
    reserved: row.reserved,
    supersedesFilingId: row.supersedesFilingId,
    notaAclaratoria: row.notaAclaratoria,
    fechaTomaPosesion: row.fechaTomaPosesion,
    anioReportado: row.anioReportado,
    fechaConclusion: row.fechaConclusion,
  };
}
