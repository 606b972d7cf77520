import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AuditLog } from '@veraz/audit';
import { Clock, mexicoCityDate, VERAZ_CONFIG, type VerazConfig } from '@veraz/config';
import { AVISO_TIPO_LABEL, DomainError, NotFoundError, type AvisoData, type AvisoInput, type AvisoPrefill, type AvisoView } from '@veraz/contracts';
import { canonicalJson, sha256Hex } from '@veraz/crypto';
import { InstitutionsService } from '@veraz/institutions';
import { JobQueue } from '@veraz/queue';
import { signPdf } from '@veraz/signing';
import { CertificatesService } from '../certificates/certificates.service';
import { FilerFactsRepository } from '../filer-records/filer-facts.repository';
import { ObligationsRecomputeTrigger } from '../filer-records/obligations-recompute';
import { DOCUMENT_STORE, type DocumentStore } from '../storage/document-store';
import type { FilerRecordReader } from '../tax-constancias/tax-constancias.service';
import { renderAvisoAcuse } from './aviso-acuse-pdf';
import { AVISO_EMAIL_JOB } from './aviso-email.job';
import { avisoErrors } from './aviso-validation';
import { AvisosRepository, type AvisoRow } from './avisos.repository';

/**
 * The aviso por cambio de ente público (Normas, Cuarta): datos generales from the account, the new
 * post in this institution and the previous ente with its conclusión. Stored with its own folio
 * series (SLUG-YYYY-AV-NNNNNN), canonical JSON and SHA-256, and an acuse sealed with the
 * institution's certificate that /verificar recognises. Not part of S1.
 */
@Injectable()
export class AvisosService {
  constructor(
    private readonly avisos: AvisosRepository,
    private readonly facts: FilerFactsRepository,
    private readonly recompute: ObligationsRecomputeTrigger,
    private readonly certificates: CertificatesService,
    private readonly institutions: InstitutionsService,
    private readonly jobs: JobQueue,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
    @Inject(DOCUMENT_STORE) private readonly store: DocumentStore,
    @Inject(VERAZ_CONFIG) private readonly config: VerazConfig,
  ) {}

  async prefill(userId: string): Promise<AvisoPrefill> {
    // One after the other: they share the request's transaction (one connection).
    const account = await this.facts.account(userId);
    const institution = await this.facts.institution();
    const post = await this.facts.rosterPost(userId);
    const contact = await this.facts.lastFiledContact(userId);
    if (!account) throw new NotFoundError('No se encontró tu cuenta en esta institución.');
    return {
      datosGenerales: { ...generales(account), ...contact },
      encargoNuevo: {
        nombreEntePublico: institution.name,
        nivelOrdenGobierno: institution.nivelOrdenGobierno,
        ambitoPublico: institution.ambitoPublico,
        ...(post?.puesto ? { empleoCargoComision: post.puesto } : {}),
        ...(post?.area ? { areaAdscripcion: post.area } : {}),
        ...(post?.employmentLevel ? { nivelEmpleoCargoComision: post.employmentLevel === 'JEFE_DEPARTAMENTO_O_SUPERIOR' ? 'Jefe de departamento o superior' : 'Inferior a jefe de departamento' } : {}),
        ...(post ? { fechaTomaPosesion: post.fechaAlta } : {}),
      },
      encargoAnterior: {},
    };
  }

  async file(userId: string, input: AvisoInput): Promise<AvisoView> {
    const account = await this.facts.account(userId);
    if (!account) throw new NotFoundError('No se encontró tu cuenta en esta institución.');
    const institution = await this.facts.institution();
    const errors = avisoErrors(input, institution.name, this.clock.today());
    if (errors.length) throw new DomainError('VALIDACION', 400, 'Los datos del aviso no son válidos.', errors);

    const data: AvisoData = {
      datosGenerales: { ...generales(account), correoPersonal: input.contacto?.correoPersonal?.trim() || null, telefono: input.contacto?.telefono?.trim() || null },
      encargoNuevo: {
        nombreEntePublico: institution.name,
        nivelOrdenGobierno: institution.nivelOrdenGobierno,
        ambitoPublico: institution.ambitoPublico,
        empleoCargoComision: input.encargoNuevo.empleoCargoComision.trim(),
        areaAdscripcion: input.encargoNuevo.areaAdscripcion.trim(),
        nivelEmpleoCargoComision: input.encargoNuevo.nivelEmpleoCargoComision.trim(),
        fechaTomaPosesion: input.encargoNuevo.fechaTomaPosesion,
      },
      encargoAnterior: { nombreEntePublico: input.encargoAnterior.nombreEntePublico.trim(), fechaConclusion: input.encargoAnterior.fechaConclusion },
    };
    // Record time (not a deadline): the real clock, like filings.
    const filedAt = new Date();
    const year = Number(mexicoCityDate(filedAt).slice(0, 4));
    const seq = await this.avisos.nextFolioSeq(year);
    const folio = `${institution.slug.toUpperCase()}-${year}-AV-${String(seq).padStart(6, '0')}`;
    const id = randomUUID();
    const canonical = canonicalJson({ metadata: { tipo: AVISO_TIPO_LABEL, folio, institucion: institution.name, presentadoEn: filedAt.toISOString() }, aviso: data });
    const sha256 = sha256Hex(Buffer.from(canonical, 'utf8'));
    await this.avisos.insert({ id, userId, folio, filedAt, data, canonicalJson: canonical, sha256 });

    const pdf = await renderAvisoAcuse({
      institutionName: institution.name,
      logoPng: await this.institutions.logoOf(institution.id),
      folio,
      filedAt,
      sha256,
      data,
      verificationUrl: `${this.config.publicUrl}/verificar/${encodeURIComponent(folio)}`,
    });
    const sealed = await signPdf(pdf, await this.certificates.signer(), { reason: `Acuse del aviso ${folio}`, location: 'México', signingTime: filedAt });
    const acuseKey = `aviso/${id}.pdf`;
    const acuseSha256 = sha256Hex(sealed);
    await this.store.put(acuseKey, sealed);
    await this.avisos.setAcuse(id, acuseKey, acuseSha256);

    await this.audit.record({ action: 'aviso.filed', actorUserId: userId, targetType: 'aviso_cambio_ente', targetId: id, details: { folio, sha256, acuseSha256 } });
    await this.jobs.enqueue(AVISO_EMAIL_JOB, { institutionId: institution.id, avisoId: id }, { jobId: `aviso-correo-${id}` });
    await this.recompute.forUser(userId);
    return view((await this.avisos.find(id))!);
  }

  async list(reader: FilerRecordReader, userId?: string): Promise<AvisoView[]> {
    if (!reader.institutionWide && userId && userId !== reader.userId) throw new NotFoundError('No se encontraron avisos de esa persona.');
    const whose = reader.institutionWide ? (userId ?? null) : reader.userId;
    return (await this.avisos.list(whose)).map(view);
  }

  async get(reader: FilerRecordReader, id: string): Promise<AvisoView> {
    return view(await this.visible(reader, id));
  }

  /** The stored sealed bytes (what /verificar recognises), audit-logged. */
  async downloadAcuse(reader: FilerRecordReader, id: string): Promise<{ filename: string; content: Buffer; sha256: string }> {
    const aviso = await this.visible(reader, id);
    const content = await this.acuseBytes(aviso);
    await this.audit.record({ action: 'aviso.downloaded', actorUserId: reader.userId, targetType: 'aviso_cambio_ente', targetId: aviso.id, details: { folio: aviso.folio, sha256: aviso.acuseSha256 } });
    return { filename: `acuse-${aviso.folio.replace(/[^A-Za-z0-9-]/g, '_')}.pdf`, content, sha256: aviso.acuseSha256! };
  }

  /** For the e-mail job (runs in the aviso's institution context). */
  async acuseForMail(id: string): Promise<{ aviso: AvisoRow; content: Buffer } | null> {
    const aviso = await this.avisos.find(id);
    if (!aviso?.acuseStorageKey) return null;
    return { aviso, content: await this.acuseBytes(aviso) };
  }

  private async visible(reader: FilerRecordReader, id: string): Promise<AvisoRow> {
    const aviso = await this.avisos.find(id, reader.institutionWide ? undefined : reader.userId);
    if (!aviso) throw new NotFoundError('No se encontró el aviso.');
    return aviso;
  }

  private async acuseBytes(aviso: AvisoRow): Promise<Buffer> {
    const content = aviso.acuseStorageKey ? await this.store.get(aviso.acuseStorageKey) : null;
    if (!content || sha256Hex(content) !== aviso.acuseSha256) throw new Error(`aviso ${aviso.id} has no intact stored acuse`);
    return content;
  }
}

function generales(a: { email: string; nombre: string; primerApellido: string; segundoApellido: string | null; curp: string | null; rfc: string | null; homoclave: string | null }) {
  return {
    nombre: a.nombre,
    primerApellido: a.primerApellido,
    segundoApellido: a.segundoApellido,
    curp: a.curp,
    rfc: a.rfc,
    homoClave: a.homoclave,
    correoInstitucional: a.email,
    correoPersonal: null as string | null,
    telefono: null as string | null,
  };
}

function view(r: AvisoRow): AvisoView {
  return { id: r.id, userId: r.userId, folio: r.folio, presentadoEn: r.filedAt.toISOString(), sha256: r.sha256, acuseSha256: r.acuseSha256, datos: r.data };
}
