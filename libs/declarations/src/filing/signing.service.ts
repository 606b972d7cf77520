import { Injectable } from '@nestjs/common';
import { randomBytes, randomUUID } from 'node:crypto';
import { AuthenticationService } from '@veraz/accounts';
import { AuditLog } from '@veraz/audit';
import { DomainError, NOTA_ACLARATORIA_LENGTH, NotFoundError, ValidationError, type EfirmaFilesRequest, type FieldError, type FilingView, type SignDeclarationRequest } from '@veraz/contracts';
import { INTEGRITY_SCORE_FILING_JOB } from '@veraz/integrity';
import { OBLIGATIONS_RECOMPUTE_JOB } from '@veraz/obligations';
import { job, JobQueue } from '@veraz/queue';
import type { SectionDef } from '@veraz/standards';
import { DraftsService } from '../drafting/drafts.service';
import { offeredSections } from '../drafting/offered-sections';
import { mexicoDate } from '../drafting/period';
import { filerNameOf } from '../repositories/filing-columns';
import { DeclarationsRepository } from '../repositories/declarations.repository';
import { FilingsRepository } from '../repositories/filings.repository';
import { assessSection, sectionRuleProblems } from '../rules/section-status';
import { ACKNOWLEDGMENT_JOB } from './acknowledgment.job';
import { checkFilerEfirma, decodeEfirma, efirmaFieldErrors, signFilingHash, type EfirmaFiles } from './efirma';
import { EfirmaAuthorityService } from './efirma-authority.service';
import { FilingEfirmasRepository, type FilingEfirmaRow } from './efirma.repository';
import { FilingAnchorsRepository } from './filing-anchors.repository';
import { FilingWriter, writtenSummary, type FilingInput } from './filing-writer';
import { FilingsService } from './filings.service';

export class IncompleteDeclarationError extends DomainError {
  constructor(errors: FieldError[]) {
    super('DECLARACION_INCOMPLETA', 422, 'La declaración aún no se puede firmar: revisa las secciones indicadas.', errors);
  }
}

/** The answer to a wrong password at signing, whether the throttled check or this service found it. */
export class WrongSigningPasswordError extends DomainError {
  constructor() {
    super('CONTRASENA_INCORRECTA', 403, 'La contraseña no es correcta; la firma requiere tu contraseña actual.', [{ path: 'password', message: 'no es correcta' }]);
  }
}

/**
 * Turns a complete draft into an immutable filing: re-authenticates the filer, validates the whole
 * document against the official OAS of its tipo, numbers it, hashes its canonical JSON, and
 * enqueues the acuse, all in the request's transaction, with the audit entry that records it (its
 * seq and hash are the acuse's anchor of the chain). Signing twice returns the same filing.
 * With an e.firma, it is checked before anything is written and signs the filing's hash (see ./efirma).
 */
@Injectable()
export class SigningService {
  constructor(
    private readonly drafts: DraftsService,
    private readonly declarations: DeclarationsRepository,
    private readonly filings: FilingsRepository,
    private readonly views: FilingsService,
    private readonly authentication: AuthenticationService,
    private readonly jobs: JobQueue,
    private readonly audit: AuditLog,
    private readonly efirmas: FilingEfirmasRepository,
    private readonly writer: FilingWriter,
    private readonly efirmaAuthority: EfirmaAuthorityService,
    private readonly anchors: FilingAnchorsRepository,
  ) {}

  /**
   * The filing's id, folio and answer (what GET of the filing returns); `created` is false when the
   * declaration was already filed (a repeated request). A new filing's answer is built from what was
   * just written, not read back.
   */
  async sign(userId: string, declarationId: string, body: SignDeclarationRequest): Promise<{ filingId: string; folio: string; created: boolean; view: FilingView }> {
    const input = checkBody(body);
    const user = await this.authentication.verifyPassword(userId, input.password);
    // The API checks it first, throttled (SigningPasswordGuard); checked again here so no caller signs without it.
    if (!user) throw new WrongSigningPasswordError();
    // Before anything is written: a rejected e.firma leaves no filing and consumes no folio.
    const efirma = input.efirma ? decodeEfirma(input.efirma) : null;
    const checkedAt = new Date();
    const certificate = efirma ? checkFilerEfirma(efirma, user, checkedAt) : null;
    // Reported, not enforced: an institution may not have registered its authorities yet.
    const authority = efirma ? await this.efirmaAuthority.forCertificate(efirma.cer, checkedAt) : null;
    // The row lock makes a double submit wait for the first and then see it filed.
    const locked = await this.declarations.findOwnToSign(declarationId, userId);
    if (!locked) throw new NotFoundError('No se encontró la declaración.');
    const { declaration, institution } = locked;
    if (declaration.status === 'PRESENTADA') {
      const existing = await this.filings.findByDeclaration(declaration.id);
      if (!existing) throw new Error('filed declaration without filing');
      return { filingId: existing.id, folio: existing.folio, created: false, view: await this.views.viewOf(existing) };
    }
    const corrected = declaration.correctsFilingId ? await this.filings.findById(declaration.correctsFilingId, { userId }) : null;
    if (declaration.correctsFilingId && !input.notaAclaratoria) {
      throw new ValidationError([{ path: 'notaAclaratoria', message: 'explica en la nota aclaratoria qué corriges' }]);
    }

    const sections = offeredSections(declaration);
    const saved = new Map((await this.declarations.sections(declaration.id)).map((s) => [s.section, s]));
    const filingInput: FilingInput = {
      declaration,
      userId,
      s1Id: corrected?.s1Id ?? randomBytes(12).toString('hex'),
      institution,
      sections,
      saved,
      corrected,
      notaAclaratoria: input.notaAclaratoria,
      checkedAt: new Date(),
    };
    const problems = this.problems(filingInput, await this.drafts.baseline(declaration));
    if (problems.length) throw new IncompleteDeclarationError(problems);

    // What does not need the folio goes first; the writer numbers the filing in the transaction's last statement.
    const filingId = randomUUID();
    await this.jobs.enqueueAll([
      job(ACKNOWLEDGMENT_JOB, { institutionId: declaration.institutionId, filingId }, { jobId: `acuse-${filingId}` }),
      // The filer's obligations here may now be met (nothing happens for an account off the roster);
      // then the filing's risk score, which reads them (a correction is a new filing: scored the same way).
      job(
        OBLIGATIONS_RECOMPUTE_JOB,
        {
          institutionId: declaration.institutionId,
          userIds: [userId],
          then: [job(INTEGRITY_SCORE_FILING_JOB, { institutionId: declaration.institutionId, filingId }, { jobId: `integrity-score-${filingId}` })],
        },
        { jobId: `obligations-${filingId}` },
      ),
    ]);
    let signature: FilingEfirmaRow | null = null;
    const written = await this.writer.write({ ...filingInput, filingId }, async () => {
      const chain = await this.audit.open();
      // Built once the folio and the time of filing are known; written in the filing's statement.
      return ({ folio, sha256, filedAt }) => {
        const { event, part } = chain.next({
          action: 'declaration.filed',
          actorUserId: userId,
          targetType: 'filing',
          targetId: filingId,
          details: {
            folio,
            tipo: declaration.tipo,
            version: corrected ? corrected.version + 1 : 1,
            sha256,
            ...(certificate ? { efirmaCertificado: certificate.serial } : {}),
            ...(authority ? { efirmaAutoridad: authority.estado } : {}),
          },
        });
        // The chain head at filing, printed on the acuse: every filer holds an anchor of the chain.
        const parts = [part, this.anchors.insertPart(filingId, Number(event.seq), event.hash), this.declarations.markFiledPart(declaration.id)];
        if (efirma && certificate) {
          signature = efirmaRow(filingId, sha256, filedAt, efirma, certificate);
          parts.push(this.efirmas.insertPart(signature));
        }
        return parts;
      };
    });
    const { folio, filedAt } = written;
    // A first filing is its only version; a correction's earlier versions are read (after this one is written).
    const versions = corrected ? await this.filings.versions(written.row.s1Id) : [{ id: filingId, folio, version: 1, filedAt }];
    const view = await this.views.view(writtenSummary(written, filingInput, filerNameOf(user)), written.document, versions, signature);
    return { filingId, folio, created: true, view };
  }

  /**
   * Every missing or invalid section, with paths from the section name down, then (only when there is
   * none) what the whole document breaks of the official OAS.
   */
  private problems(input: FilingInput, baseline: ((def: SectionDef) => Record<string, unknown>) | null): FieldError[] {
    const { declaration, sections, saved } = input;
    const today = mexicoDate();
    // The usual case, a complete draft: one schema pass over the whole document (the official OAS with
    // the capture limits) answers for each section's schema and the document's; only the rules remain.
    const checkedOnce = sections.every((def) => saved.has(def.name)) && this.writer.meetsCaptureLimits(input);
    const errors: FieldError[] = [];
    for (const def of sections) {
      const row = saved.get(def.name);
      if (!row) {
        errors.push({ path: def.name, message: `falta capturar la sección «${def.label}»` });
        continue;
      }
      const base = baseline && baseline(def);
      const pending = checkedOnce ? sectionRuleProblems(def, row.data, declaration, today, base) : assessSection(def, row.data, declaration, today, base).pending;
      for (const e of pending) errors.push({ path: `${def.name}.${e.path}`.replace(/\.$/, ''), message: e.message });
    }
    if (errors.length === 0 && !checkedOnce) errors.push(...this.writer.schemaProblems(input));
    return errors;
  }
}

/**
 * The filer's CMS over the filing's SHA-256 hex string (the text the acuse prints), stored with the
 * certificate number and expiry. The key and passphrase stay in this call's memory.
 */
function efirmaRow(filingId: string, sha256: string, filedAt: Date, files: EfirmaFiles, certificate: { serial: string; notAfter: Date }): FilingEfirmaRow {
  return { filingId, cms: signFilingHash(files, sha256, filedAt), certificateSerial: certificate.serial, certificateNotAfter: certificate.notAfter, signedAt: filedAt };
}

function checkBody(body: SignDeclarationRequest): { password: string; notaAclaratoria: string | null; efirma: EfirmaFilesRequest | null } {
  const errors: FieldError[] = [];
  if (typeof body?.password !== 'string' || body.password.length === 0) errors.push({ path: 'password', message: 'escribe tu contraseña para firmar' });
  if (body?.aceptaProtesta !== true) errors.push({ path: 'aceptaProtesta', message: 'debes aceptar que declaras bajo protesta de decir verdad' });
  const nota = body?.notaAclaratoria;
  const { min, max } = NOTA_ACLARATORIA_LENGTH;
  if (nota !== undefined && (typeof nota !== 'string' || nota.trim().length < min || nota.length > max)) {
    errors.push({ path: 'notaAclaratoria', message: `escribe la nota aclaratoria (de ${min} a ${max} caracteres)` });
  }
  if (body?.efirma != null) errors.push(...efirmaFieldErrors(body.efirma));
  if (errors.length) throw new ValidationError(errors);
  return { password: body.password, notaAclaratoria: typeof nota === 'string' ? nota.trim() : null, efirma: body.efirma ?? null };
}
