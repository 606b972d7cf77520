import { Injectable } from '@nestjs/common';
import { OBLIGATION_KIND_LABELS, type ObligationKind } from '@veraz/contracts';
import { sha256Hex } from '@veraz/crypto';
import { EfirmaAuthorityService } from '@veraz/declarations';
import { checkPdfSignature } from '@veraz/signing';
import { StepRunner } from '@veraz/tenancy';
import { AVISO_TIPO_LABEL } from '@veraz/contracts';
import { DocumentLookupRepository } from '../storage/documents.repository';
import { parseFolio } from './folio';
import { VerificationRepository, type VerifiableAviso, type VerifiableFiling, type VerifiableRequerimiento } from './verification.repository';

export * from './verification.types';
import { TRIAL_SEAL_NOTICE, type AuditAnchorVerification, type EfirmaVerification, type FolioVerification, type PdfVerification } from './verification.types';


/**
 * Public verification of acuses: by folio (optionally comparing a SHA-256) and by the PDF itself.
 * By folio, it reads in the tenant context the request runner opened for the folio's institution.
 * By PDF, nobody knows the institution until the file's hash is found, so it runs as steps
 * (StepRunner): the public scope to find which institution the acuse belongs to, then that
 * institution's tenant to read its public facts.
 */
@Injectable()
export class VerificationService {
  constructor(
    private readonly steps: StepRunner,
    private readonly filings: VerificationRepository,
    private readonly lookup: DocumentLookupRepository,
    private readonly efirmaAuthority: EfirmaAuthorityService,
  ) {}

  /**
   * `institutionId` is the folio's institution (null when none exists), whose tenant context is open;
   * `hash` must already be normalized (see normalizeSha256).
   */
  async folio(institutionId: string | null, folio: string, hash?: string | null): Promise<FolioVerification> {
    if (parseFolio(folio)?.kind === 'requerimiento') {
      const r = institutionId ? await this.filings.requerimiento('folio', folio) : null;
      if (!r) return { existe: false, folio, documento: 'REQUERIMIENTO' };
      return { ...requerimientoFacts(r), ...(hash ? { hash: { dado: hash, coincide: hash === r.sha256 } } : {}), selloDePrueba: r.sealedWithTrial };
    }
    if (parseFolio(folio)?.kind === 'aviso') {
      const aviso = institutionId ? await this.filings.avisoBy('folio', folio) : null;
      if (!aviso) return { existe: false, folio, documento: 'AVISO' };
      return { ...avisoFacts(aviso), ...(hash ? { hash: { dado: hash, coincide: hash === aviso.sha256 } } : {}), selloDePrueba: aviso.sealedWithTrial };
    }
    const found = institutionId ? await this.withEfirma(await this.filings.byFolio(folio)) : null;
    if (!found) return { existe: false, folio };
    const { filing, efirma } = found;
    return {
      ...publicFacts(filing),
      vigente: filing.isLatest,
      ...(hash ? { hash: { dado: hash, coincide: hash === filing.sha256 } } : {}),
      efirma,
      selloDePrueba: filing.sealedWithTrial,
      anclaBitacora: anchorOf(filing),
    };
  }

  async pdf(content: Buffer): Promise<PdfVerification> {
    const sha256 = sha256Hex(content);
    const signature = checkPdfSignature(content);
    const found = await this.steps.inPublic(() => this.lookup.acuseBySha256(sha256));
    if (!found) {
      const requerimiento = await this.requerimientoPdf(content, sha256);
      if (requerimiento) return requerimiento;
      const aviso = await this.avisoPdf(sha256, signature);
      if (aviso) return aviso;
    }
    const registered = found
      ? await this.steps.inTenant(found.institutionId, async () => {
          const withEfirma = await this.withEfirma(await this.filings.byId(found.filingId));
          // The certificate that actually made this seal, not the one active at the time.
          const trial = signature.certificateSha256 ? await this.filings.isTrialCertificate(signature.certificateSha256) : null;
          return withEfirma ? { ...withEfirma, trial } : null;
        })
      : null;
    const filing = registered?.filing ?? null;
    const firmaValida = signature.signed && signature.valid && signature.coversWholeDocument;
    const result: PdfVerification = {
      firmado: signature.signed,
      firmaValida,
      documentoCompleto: signature.signed && signature.coversWholeDocument,
      firmante: signature.signerName,
      registrado: filing !== null,
      sha256,
      explicacion: '',
      fechaFirma: signature.signingTime?.toISOString() ?? null,
      selloDePrueba: registered?.trial ?? null,
    };
    if (filing) {
      const { folio, institucion, tipo, fechaPresentacion } = publicFacts(filing);
      Object.assign(result, { folio, institucion, tipo, fechaPresentacion, vigente: filing.isLatest, efirma: registered?.efirma ?? null, anclaBitacora: anchorOf(filing) });
    }
    result.explicacion = explainPdf({ ...signature, registrado: result.registrado, folio: result.folio });
    if (result.selloDePrueba) result.explicacion += ` ${TRIAL_SEAL_NOTICE}`;
    return result;
  }

  /** A sealed requerimiento letter, found by its hash; null when the file is none. */
  private async requerimientoPdf(content: Buffer, sha256: string): Promise<PdfVerification | null> {
    const owner = await this.steps.inPublic(() => this.lookup.requerimientoBySha256(sha256));
    if (!owner) return null;
    const signature = checkPdfSignature(content);
    const found = await this.steps.inTenant(owner.institutionId, async () => {
      const r = await this.filings.requerimiento('id', owner.requerimientoId);
      const trial = signature.certificateSha256 ? await this.filings.isTrialCertificate(signature.certificateSha256) : null;
      return r ? { r, trial } : null;
    });
    if (!found) return null;
    const facts = requerimientoFacts(found.r);
    const firmaValida = signature.signed && signature.valid && signature.coversWholeDocument;
    const explicacion = firmaValida
      ? `El archivo es un requerimiento auténtico: el sello digital es válido, cubre todo el documento y el archivo es idéntico al requerimiento que se emitió con el folio ${facts.folio}.`
      : 'El archivo coincide con un requerimiento registrado, pero su sello digital no se pudo comprobar. Solicita de nuevo el documento.';
    return {
      documento: 'REQUERIMIENTO',
      firmado: signature.signed,
      firmaValida,
      documentoCompleto: signature.signed && signature.coversWholeDocument,
      firmante: signature.signerName,
      registrado: true,
      folio: facts.folio,
      institucion: facts.institucion,
      tipo: facts.tipo,
      fechaPresentacion: facts.fechaPresentacion,
      sha256,
      explicacion: found.trial ? `${explicacion} ${TRIAL_SEAL_NOTICE}` : explicacion,
      fechaFirma: signature.signingTime?.toISOString() ?? null,
      selloDePrueba: found.trial,
    };
  }

  /** An uploaded file that is, byte for byte, the sealed acuse of an aviso (null when it is none). */
  private async avisoPdf(sha256: string, signature: ReturnType<typeof checkPdfSignature>): Promise<PdfVerification | null> {
    const owner = await this.steps.inPublic(() => this.lookup.avisoAcuseBySha256(sha256));
    if (!owner) return null;
    const found = await this.steps.inTenant(owner.institutionId, async () => {
      const aviso = await this.filings.avisoBy('id', owner.avisoId);
      const trial = signature.certificateSha256 ? await this.filings.isTrialCertificate(signature.certificateSha256) : null;
      return aviso ? { aviso, trial } : null;
    });
    if (!found) return null;
    const facts = avisoFacts(found.aviso);
    const result: PdfVerification = {
      documento: 'AVISO',
      firmado: signature.signed,
      firmaValida: signature.signed && signature.valid && signature.coversWholeDocument,
      documentoCompleto: signature.signed && signature.coversWholeDocument,
      firmante: signature.signerName,
      registrado: true,
      folio: facts.folio,
      institucion: facts.institucion,
      tipo: facts.tipo,
      fechaPresentacion: facts.fechaPresentacion,
      sha256,
      explicacion: explainPdf({ ...signature, registrado: true, folio: facts.folio }),
      fechaFirma: signature.signingTime?.toISOString() ?? null,
      vigente: true,
      efirma: null,
      selloDePrueba: found.trial,
      anclaBitacora: null,
    };
    if (result.selloDePrueba) result.explicacion += ` ${TRIAL_SEAL_NOTICE}`;
    return result;
  }

  /** In the filing's tenant context. */
  private async withEfirma(filing: VerifiableFiling | null): Promise<{ filing: VerifiableFiling; efirma: EfirmaVerification | null } | null> {
    if (!filing) return null;
    const autoridad = await this.efirmaAuthority.forFiling(filing);
    return { filing, efirma: autoridad ? { autoridad } : null };
  }
}

/** Public facts of a requerimiento: the institution, the omitted obligation's kind and the date of issue; never the person. */
function requerimientoFacts(r: VerifiableRequerimiento): FolioVerification & { folio: string; institucion: string; tipo: string; fechaPresentacion: string } {
  const label = OBLIGATION_KIND_LABELS[r.obligationKind as ObligationKind] ?? r.obligationKind;
  return {
    existe: true,
    documento: 'REQUERIMIENTO',
    folio: r.folio,
    institucion: r.institucion,
    tipo: `Requerimiento por omisión: ${label} (${r.periodKey})`,
    fechaPresentacion: r.issuedAt.toISOString(),
  };
}

function avisoFacts(a: VerifiableAviso) {
  return {
    existe: true,
    documento: 'AVISO' as const,
    folio: a.folio,
    institucion: a.institucion,
    tipo: AVISO_TIPO_LABEL,
    fechaPresentacion: a.filedAt.toISOString(),
    version: 1,
    vigente: true,
    efirma: null,
    anclaBitacora: null,
  };
}

function anchorOf(f: VerifiableFiling): AuditAnchorVerification | null {
  return f.auditAnchor ? { entrada: Number(f.auditAnchor.seq), hash: f.auditAnchor.hash, conservada: f.auditAnchor.kept } : null;
}

function publicFacts(f: VerifiableFiling): Required<Pick<FolioVerification, 'existe' | 'folio' | 'institucion' | 'tipo' | 'declaracionCompleta' | 'fechaPresentacion' | 'version'>> {
  return {
    existe: true,
    folio: f.folio,
    institucion: f.institucion,
    tipo: f.tipo,
    declaracionCompleta: f.declaracionCompleta,
    fechaPresentacion: f.filedAt.toISOString(),
    version: f.version,
  };
}

/** Why an uploaded file is, or is not, a genuine acuse, in plain Spanish. */
export function explainPdf(r: { signed: boolean; valid: boolean; coversWholeDocument: boolean; registrado: boolean; folio?: string }): string {
  if (r.signed && r.valid && r.coversWholeDocument && r.registrado) {
    return `El archivo es un acuse auténtico: el sello digital es válido, cubre todo el documento y el archivo es idéntico al acuse que se emitió para el folio ${r.folio}.`;
  }
  if (r.registrado) {
    // Cannot happen with the stored bytes, but never claim authenticity without a valid seal.
    return 'El archivo coincide con un acuse registrado, pero su sello digital no se pudo comprobar. Descarga de nuevo el acuse.';
  }
  if (!r.signed) {
    return 'El archivo no tiene sello digital: no es un acuse emitido por Veraz, o se volvió a generar o a imprimir a PDF. Solicita a la persona declarante el archivo original.';
  }
  if (!r.valid) {
    return 'El archivo fue modificado después de sellarse: el sello digital ya no corresponde a su contenido y el archivo no coincide con ningún acuse registrado. No es un comprobante válido.';
  }
  if (!r.coversWholeDocument) {
    return 'Se agregó contenido al archivo después de sellarlo, y el archivo no coincide con ningún acuse registrado. No es un comprobante válido.';
  }
  return 'El sello digital es válido, pero el archivo no es ninguno de los acuses registrados en Veraz. No lo tomes como comprobante de una declaración presentada.';
}
