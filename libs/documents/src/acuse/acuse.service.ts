import { Inject, Injectable } from '@nestjs/common';
import { VERAZ_CONFIG, type VerazConfig } from '@veraz/config';
import { sha256Hex } from '@veraz/crypto';
import { FilingReadService, type FilingRow } from '@veraz/declarations';
import { InstitutionsService } from '@veraz/institutions';
import { JobQueue } from '@veraz/queue';
import { signPdf } from '@veraz/signing';
import { CertificatesService } from '../certificates/certificates.service';
import { DOCUMENT_STORE, type DocumentStore } from '../storage/document-store';
import { DocumentsRepository, type DocumentRow } from '../storage/documents.repository';
import { ACUSE_EMAIL_JOB } from './acuse-email.job';
import { renderAcuse } from './acuse-pdf';
import { enqueueDeclarationPdfs } from '../declaration-pdf/declaration-pdf.job';

/**
 * Renders, seals and stores a filing's acuse once. A retried or repeated job finds the stored
 * document and does nothing; downloads always serve the stored bytes.
 */
@Injectable()
export class AcuseService {
  constructor(
    private readonly filings: FilingReadService,
    private readonly documents: DocumentsRepository,
    private readonly certificates: CertificatesService,
    private readonly jobs: JobQueue,
    private readonly institutions: InstitutionsService,
    @Inject(DOCUMENT_STORE) private readonly store: DocumentStore,
    @Inject(VERAZ_CONFIG) private readonly config: VerazConfig,
  ) {}

  async produce(filingId: string): Promise<{ document: DocumentRow; created: boolean }> {
    const existing = await this.documents.find(filingId, 'acuse');
    if (existing) return { document: existing, created: false };
    const filing = await this.filings.findById(filingId);
    const period = filing ? await this.filings.periodOf(filingId) : null;
    if (!filing || !period) throw new Error(`filing ${filingId} not found in its institution`);
    const institution = (filing.document.metadata as { institucion: string }).institucion;
    // Stored in the filing's transaction, so it is there whenever the acuse job runs.
    const efirma = await this.filings.efirmaOf(filingId);
    const anchor = await this.filings.auditAnchorOf(filingId);
    const pdf = await renderAcuse({
      institutionName: institution,
      logoPng: await this.institutions.logoOf(filing.institutionId),
      filerName: filing.filerName,
      tipo: filing.tipo,
      period: describePeriod(filing, period),
      completa: filing.declaracionCompleta,
      actualizacionConflictoInteres: filing.actualizacionConflictoInteres,
      folio: filing.folio,
      version: filing.version,
      filedAt: filing.filedAt,
      sha256: filing.sha256,
      verificationUrl: `${this.config.publicUrl}/verificar/${encodeURIComponent(filing.folio)}`,
      efirma: efirma ? { serial: efirma.certificateSerial, notAfter: efirma.certificateNotAfter } : null,
      auditAnchor: anchor ? { seq: anchor.auditSeq, hash: anchor.auditHash } : null,
    });
    const sealed = await signPdf(pdf, await this.certificates.signer(), {
      reason: `Acuse de la declaración ${filing.folio}`,
      location: 'México',
      signingTime: filing.filedAt,
    });
    const key = `acuse/${filing.id}.pdf`;
    await this.store.put(key, sealed);
    const inserted = await this.documents.insert({ filingId, kind: 'acuse', sha256: sha256Hex(sealed), size: sealed.length, storage: this.store.name, storageKey: key });
    if (!inserted) {
      const stored = await this.documents.find(filingId, 'acuse');
      if (!stored) throw new Error('acuse vanished');
      return { document: stored, created: false };
    }
    await this.jobs.enqueue(ACUSE_EMAIL_JOB, { institutionId: filing.institutionId, filingId }, { jobId: `acuse-correo-${filingId}` });
    await enqueueDeclarationPdfs(this.jobs, filing.institutionId, filingId);
    return { document: inserted, created: true };
  }

  async bytes(document: DocumentRow): Promise<Buffer> {
    const content = await this.store.get(document.storageKey);
    if (!content) throw new Error(`document ${document.id} has no stored bytes`);
    return content;
  }
}

const LONG_DATE = new Intl.DateTimeFormat('es-MX', { dateStyle: 'long', timeZone: 'UTC' });

function describePeriod(filing: FilingRow, p: { fechaTomaPosesion: string | null; anioReportado: number | null; fechaConclusion: string | null }): string {
  const long = (date: string) => LONG_DATE.format(new Date(`${date}T00:00:00Z`));
  if (filing.actualizacionConflictoInteres) return 'Actualización de la declaración de intereses';
  if (p.fechaTomaPosesion) return `Toma de posesión: ${long(p.fechaTomaPosesion)}`;
  if (p.fechaConclusion) return `Conclusión del encargo: ${long(p.fechaConclusion)}`;
  if (p.anioReportado) return `Del 1 de enero al 31 de diciembre de ${p.anioReportado}`;
  return '—';
}
