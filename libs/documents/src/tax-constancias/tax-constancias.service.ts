import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AuditLog } from '@veraz/audit';
import { Clock } from '@veraz/config';
import { DomainError, NotFoundError, TAX_CONSTANCIA_MAX_BYTES, TAX_CONSTANCIA_MAX_MB, type TaxConstanciaStatus, type TaxConstanciaView } from '@veraz/contracts';
import { sha256Hex } from '@veraz/crypto';
import { FilerFactsRepository } from '../filer-records/filer-facts.repository';
import { ObligationsRecomputeTrigger } from '../filer-records/obligations-recompute';
import { DOCUMENT_STORE, type DocumentStore } from '../storage/document-store';
import { assertReadablePdf } from './readable-pdf';
import { TaxConstanciasRepository, type TaxConstanciaRow } from './tax-constancias.repository';

/** Who reads: a filer their own; reviewers and admins any filer of the institution. */
export interface FilerRecordReader {
  userId: string;
  institutionWide: boolean;
}

export interface TaxConstanciaUpload {
  fiscalYear: number;
  declarationId: string | null;
  fileName: string;
  content: Buffer;
}

/**
 * The SAT's acuse of the annual tax return (LGRA art. 32): stored privately with its SHA-256, shown
 * to the filer and the institution's reviewers, never published (it has no S1 field and no route
 * of the public API reads this table).
 */
@Injectable()
export class TaxConstanciasService {
  constructor(
    private readonly constancias: TaxConstanciasRepository,
    private readonly facts: FilerFactsRepository,
    private readonly recompute: ObligationsRecomputeTrigger,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
    @Inject(DOCUMENT_STORE) private readonly store: DocumentStore,
  ) {}

  async upload(userId: string, upload: TaxConstanciaUpload): Promise<TaxConstanciaView> {
    const lastYear = Number(this.clock.today().slice(0, 4)) - 1;
    if (!Number.isInteger(upload.fiscalYear) || upload.fiscalYear < 2000 || upload.fiscalYear > lastYear) {
      throw invalid('anioFiscal', `debe ser un año entre 2000 y ${lastYear} (el ejercicio fiscal que cubre la declaración anual)`);
    }
    if (upload.content.length > TAX_CONSTANCIA_MAX_BYTES) {
      throw new DomainError('ARCHIVO_DEMASIADO_GRANDE', 413, `El archivo supera el máximo de ${TAX_CONSTANCIA_MAX_MB} MB; el acuse del SAT ocupa mucho menos.`);
    }
    await assertReadablePdf(upload.content);
    if (upload.declarationId && !(await this.constancias.declarationOf(upload.declarationId, userId))) {
      throw invalid('declarationId', 'no es una de tus declaraciones');
    }
    const id = randomUUID();
    const sha256 = sha256Hex(upload.content);
    const storageKey = `constancia-fiscal/${id}.pdf`;
    await this.store.put(storageKey, upload.content);
    const fileName = safeFileName(upload.fileName);
    await this.constancias.insert({ id, userId, fiscalYear: upload.fiscalYear, declarationId: upload.declarationId, fileName, size: upload.content.length, sha256, storageKey });
    await this.audit.record({
      action: 'constancia.uploaded',
      actorUserId: userId,
      targetType: 'tax_constancia',
      targetId: id,
      details: { anioFiscal: upload.fiscalYear, sha256, tamano: upload.content.length },
    });
    await this.recompute.forUser(userId);
    const stored = await this.constancias.find(id);
    return view(stored!);
  }

  /** The filer's own (with whether the institution requires it), or a filer's for reviewers. */
  async status(reader: FilerRecordReader, userId?: string): Promise<TaxConstanciaStatus> {
    const institution = await this.facts.institution();
    return { requerida: institution.requiresTaxConstancia, maxMb: TAX_CONSTANCIA_MAX_MB, constancias: await this.list(reader, userId) };
  }

  async list(reader: FilerRecordReader, userId?: string): Promise<TaxConstanciaView[]> {
    const whose = reader.institutionWide ? (userId ?? null) : reader.userId;
    if (!reader.institutionWide && userId && userId !== reader.userId) throw new NotFoundError('No se encontraron constancias de esa persona.');
    return (await this.constancias.list(whose)).map(view);
  }

  async download(reader: FilerRecordReader, id: string): Promise<{ filename: string; content: Buffer; sha256: string }> {
    const row = await this.constancias.find(id, reader.institutionWide ? undefined : reader.userId);
    if (!row) throw new NotFoundError('No se encontró la constancia.');
    const content = await this.store.get(row.storageKey);
    if (!content || sha256Hex(content) !== row.sha256) throw new Error(`tax constancia ${row.id} has no intact stored bytes`);
    await this.audit.record({
      action: 'constancia.downloaded',
      actorUserId: reader.userId,
      targetType: 'tax_constancia',
      targetId: row.id,
      details: { anioFiscal: row.fiscalYear, declaranteId: row.userId, sha256: row.sha256 },
    });
    return { filename: `constancia-fiscal-${row.fiscalYear}.pdf`, content, sha256: row.sha256 };
  }
}

function view(r: TaxConstanciaRow): TaxConstanciaView {
  return {
    id: r.id,
    userId: r.userId,
    declarante: r.declarante,
    anioFiscal: r.fiscalYear,
    declarationId: r.declarationId,
    nombreArchivo: r.fileName,
    tamano: r.size,
    sha256: r.sha256,
    subidaEn: r.uploadedAt.toISOString(),
    vigente: r.latest,
  };
}

function invalid(path: string, message: string): DomainError {
  return new DomainError('VALIDACION', 400, 'Los datos enviados no son válidos.', [{ path, message }]);
}

/** The name as the filer's computer had it, without folders or control characters. */
function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 200);
  return clean || 'constancia.pdf';
}
