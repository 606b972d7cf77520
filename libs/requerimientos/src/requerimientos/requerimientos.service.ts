import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { AuditLog } from '@veraz/audit';
import { Clock, mexicoCityDate, VERAZ_CONFIG, type VerazConfig } from '@veraz/config';
import {
  addDays,
  daysBetween,
  NotFoundError,
  REQUERIMIENTO_DAYS,
  ValidationError,
  type OmisoView,
  type RequerimientoBatchResult,
  type RequerimientoStatus,
  type RequerimientoView,
} from '@veraz/contracts';
import { sha256Hex } from '@veraz/crypto';
import { CertificatesService, DOCUMENT_STORE, type DocumentStore } from '@veraz/documents';
import { InstitutionsService } from '@veraz/institutions';
import { JobQueue } from '@veraz/queue';
import { signPdf } from '@veraz/signing';
import { TenantContext } from '@veraz/tenancy';
import { describeObligation, longDate, personName } from '../obligation-text';
import { REQUERIMIENTO_EMAIL_JOB } from './requerimiento-email.job';
import { renderRequerimiento } from './requerimiento-pdf';
import { RequerimientosRepository, type OmisoRow, type RequerimientoRow } from './requerimientos.repository';

/** Mexico City has kept UTC-6 all year since 2022: an in-person notification is dated at its noon. */
const MEXICO_NOON = 'T12:00:00-06:00';

/**
 * Requerimientos for omisos (LGRA art. 33): generated in batches as sealed letters with their own
 * folio series, e-mailed, and tracked for the 30 natural days after notification. Runs in the
 * current institution's tenant context.
 */
@Injectable()
export class RequerimientosService {
  constructor(
    private readonly repository: RequerimientosRepository,
    private readonly tenant: TenantContext,
    private readonly institutions: InstitutionsService,
    private readonly certificates: CertificatesService,
    private readonly jobs: JobQueue,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
    @Inject(DOCUMENT_STORE) private readonly store: DocumentStore,
    @Inject(VERAZ_CONFIG) private readonly config: VerazConfig,
  ) {}

  async omisos(): Promise<OmisoView[]> {
    const today = this.clock.today();
    const rows = await this.repository.omisos(today);
    const byId = new Map((await this.repository.list()).map((r) => [r.id, r]));
    return rows.map((o) => {
      const r = o.requerimientoId ? byId.get(o.requerimientoId) : undefined;
      return {
        obligationId: o.obligationId,
        personId: o.personId,
        nombreCompleto: personName(o),
        area: o.area,
        email: o.email,
        kind: o.kind,
        periodKey: o.periodKey,
        dueDate: o.dueDate,
        diasDeAtraso: daysBetween(o.dueDate, today),
        requerimiento: r ? { id: r.id, folio: r.folio, status: statusOf(r, today) } : null,
      };
    });
  }

  async list(): Promise<RequerimientoView[]> {
    const today = this.clock.today();
    return (await this.repository.list()).map((r) => toView(r, today));
  }

  async get(id: string): Promise<RequerimientoView> {
    return toView(await this.find(id), this.clock.today());
  }

  /** Those still omiso once their 30 days after notification ran out. */
  async vencidos(): Promise<RequerimientoView[]> {
    return (await this.list()).filter((r) => r.status === 'VENCIDO');
  }

  /**
   * One sealed letter per omitted obligation: the ones asked for, or every omiso without a
   * requerimiento when `obligationIds` is null. Obligations that are not omisas, or already have
   * their letter, are skipped and said why.
   */
  async generate(obligationIds: string[] | null, actorUserId: string | null): Promise<RequerimientoBatchResult> {
    const issuedAt = this.clock.now();
    const year = Number(mexicoCityDate(issuedAt).slice(0, 4));
    // Taken first, so a concurrent batch waits here and then sees this one's letters.
    await this.repository.lockSeries(year);
    const candidates = await this.repository.omisos(mexicoCityDate(issuedAt), obligationIds ?? undefined);
    const skipped: RequerimientoBatchResult['skipped'] = [];
    if (obligationIds) {
      const found = new Set(candidates.map((c) => c.obligationId));
      for (const id of new Set(obligationIds)) if (!found.has(id)) skipped.push({ obligationId: id, motivo: 'La obligación no existe o no está omisa.' });
    }
    const pending: OmisoRow[] = [];
    for (const c of candidates) {
      if (c.requerimientoId) skipped.push({ obligationId: c.obligationId, motivo: 'La obligación ya tiene un requerimiento.' });
      else pending.push(c);
    }
    if (pending.length === 0) return { generated: [], skipped };

    const institution = await this.institutions.findById(this.tenant.institutionId());
    if (!institution) throw new Error('institution of the tenant context not found');
    const logoPng = await this.institutions.logoOf(institution.id);
    const signer = await this.certificates.signer();
    const ids: string[] = [];
    for (const omiso of pending) {
      const seq = await this.repository.nextSeq(year);
      const folio = `${institution.slug.toUpperCase()}-REQ-${year}-${String(seq).padStart(6, '0')}`;
      const pdf = await renderRequerimiento({
        institutionName: institution.name,
        logoPng,
        folio,
        issuedOn: longDate(mexicoCityDate(issuedAt)),
        personName: personName(omiso),
        obligation: describeObligation(omiso.kind, omiso.periodKey),
        dueDate: longDate(omiso.dueDate),
        verificationUrl: `${this.config.publicUrl}/verificar/${encodeURIComponent(folio)}`,
      });
      const sealed = await signPdf(pdf, signer, { reason: `Requerimiento ${folio}`, location: 'México', signingTime: issuedAt });
      const storageKey = `requerimiento/${randomUUID()}.pdf`;
      await this.store.put(storageKey, sealed);
      const sha256 = sha256Hex(sealed);
      const id = await this.repository.insert({ obligationId: omiso.obligationId, personId: omiso.personId, folio, issuedAt, issuedBy: actorUserId, storageKey, sha256, size: sealed.length });
      if (!id) throw new Error(`obligation ${omiso.obligationId} got its requerimiento while the series was locked`);
      await this.jobs.enqueue(REQUERIMIENTO_EMAIL_JOB, { institutionId: institution.id, requerimientoId: id }, { jobId: `requerimiento-correo-${id}` });
      await this.audit.record({
        action: 'requerimiento.generated',
        actorUserId,
        targetType: 'requerimiento',
        targetId: id,
        details: { folio, obligationId: omiso.obligationId, kind: omiso.kind, periodKey: omiso.periodKey, sha256 },
      });
      ids.push(id);
    }
    const today = this.clock.today();
    const generated = (await this.repository.list()).filter((r) => ids.includes(r.id)).map((r) => toView(r, today));
    return { generated: generated.sort((a, b) => a.folio.localeCompare(b.folio)), skipped };
  }

  /** The sealed letter as stored (what /verificar recognizes). */
  async pdf(id: string): Promise<{ folio: string; content: Buffer }> {
    const r = await this.find(id);
    const content = r.storageKey ? await this.store.get(r.storageKey) : null;
    if (!content) throw new NotFoundError('El requerimiento no tiene documento guardado.');
    return { folio: r.folio, content };
  }

  /** «Notificado en persona el DD/MM/AAAA»: the date the OIC handed the letter over. */
  async recordInPerson(id: string, date: string, actorUserId: string): Promise<RequerimientoView> {
    const r = await this.find(id);
    const today = this.clock.today();
    const issuedOn = mexicoCityDate(r.issuedAt);
    if (date > today) throw new ValidationError([{ path: 'fecha', message: 'La fecha de notificación no puede ser posterior a hoy.' }]);
    if (date < issuedOn) throw new ValidationError([{ path: 'fecha', message: `La fecha de notificación no puede ser anterior a la emisión del requerimiento (${issuedOn}).` }]);
    const deadline = addDays(date, REQUERIMIENTO_DAYS);
    await this.repository.markNotified(id, { at: new Date(`${date}${MEXICO_NOON}`), by: 'EN_PERSONA', to: personName(r), deadline });
    await this.audit.record({ action: 'requerimiento.notified', actorUserId, targetType: 'requerimiento', targetId: id, details: { folio: r.folio, fecha: date, deadline } });
    return this.get(id);
  }

  /** Called by the mail job once the letter was handed to the mail server: the e-mail notification. */
  async recordMailed(id: string, to: string): Promise<boolean> {
    const r = await this.find(id);
    const at = this.clock.now();
    const deadline = addDays(mexicoCityDate(at), REQUERIMIENTO_DAYS);
    const recorded = await this.repository.markNotified(id, { at, by: 'CORREO', to, deadline });
    if (recorded) {
      await this.audit.record({ action: 'requerimiento.sent', actorUserId: null, targetType: 'requerimiento', targetId: id, details: { folio: r.folio, deadline } });
    }
    return recorded;
  }

  /** The row with the person's contact, for the mail job. */
  async find(id: string): Promise<RequerimientoRow> {
    const r = await this.repository.findById(id);
    if (!r) throw new NotFoundError('No se encontró el requerimiento.');
    return r;
  }
}

function statusOf(r: RequerimientoRow, today: string): RequerimientoStatus {
  // Still owed: marked omisa, or pending past its due date until the scheduled recompute marks it.
  const owed = r.obligationState === 'OMISA' || (r.obligationState === 'PENDIENTE' && r.dueDate < today);
  if (!owed) return 'ATENDIDO';
  if (!r.deadline) return 'SIN_NOTIFICAR';
  return r.deadline < today ? 'VENCIDO' : 'EN_PLAZO';
}

function toView(r: RequerimientoRow, today: string): RequerimientoView {
  return {
    id: r.id,
    folio: r.folio,
    obligationId: r.obligationId,
    personId: r.personId,
    nombreCompleto: personName(r),
    kind: r.kind,
    periodKey: r.periodKey,
    dueDate: r.dueDate,
    issuedAt: r.issuedAt.toISOString(),
    notifiedOn: r.notifiedAt ? mexicoCityDate(r.notifiedAt) : null,
    notifiedBy: r.notifiedBy,
    notifiedTo: r.notifiedTo,
    deadline: r.deadline,
    diasRestantes: r.deadline ? daysBetween(today, r.deadline) : null,
    obligationState: r.obligationState,
    status: statusOf(r, today),
    sha256: r.sha256,
  };
}
