import { Injectable } from '@nestjs/common';
import { AuditLog } from '@veraz/audit';
import {
  DomainError,
  EMPLOYMENT_LEVEL_MISSING_MESSAGE,
  NotFoundError,
  ValidationError,
  type DeclarationChanges,
  type DeclarationSummary,
  type DeclarationView,
  type FieldError,
  type SaveSectionResult,
  type SectionView,
  type StartDeclarationRequest,
  type StartReadiness,
} from '@veraz/contracts';
import { sectionDef, validateSectionDraft, valueProblems, withComputedAmounts, type SectionDef } from '@veraz/standards';
import { unknownKeyErrors } from '../rules/unknown-keys';
import type { DeclarationRow, FilingRow, SectionRow } from '../declaration.types';
import { DeclarationsRepository } from '../repositories/declarations.repository';
import { FilerFactsRepository } from '../repositories/filer-facts.repository';
import { FilingsRepository } from '../repositories/filings.repository';
import { assessSection, progressOf } from '../rules/section-status';
import { offeredSections, PERIOD_SECTIONS } from './offered-sections';
import { mexicoDate, parsePeriod, type Period } from './period';
import { carryForward, compareSection, sectionOfDocument } from './prefill';
import { knownSections } from './account-prefill';

export class SectionConflictError extends DomainError {
  constructor() {
    super('CONFLICTO_DE_VERSION', 409, 'Esta sección cambió desde que la abriste (quizá en otra pestaña). Recarga para ver la versión guardada; no se sobrescribió nada.');
  }
}

export class DeclarationClosedError extends DomainError {
  constructor() {
    super('DECLARACION_PRESENTADA', 409, 'La declaración ya fue presentada y no se puede modificar. Para corregirla, presenta una nota aclaratoria.');
  }
}

/** A filer's drafts: start one, save it section by section, see what changed since the last filing. */
@Injectable()
export class DraftsService {
  constructor(
    private readonly declarations: DeclarationsRepository,
    private readonly filings: FilingsRepository,
    private readonly facts: FilerFactsRepository,
    private readonly audit: AuditLog,
  ) {}

  /** Starts a declaration or returns the filer's open draft for the same period (201 vs 200). */
  async start(userId: string, body: StartDeclarationRequest): Promise<{ declaration: DeclarationView; created: boolean }> {
    const period = parsePeriod(body, mexicoDate());
    const open = await this.declarations.findOpenByPeriod(userId, period.key);
    if (open) return { declaration: await this.view(open), created: false };

    const level = await this.facts.employmentLevel(userId);
    if (!level) {
      throw new DomainError('NIVEL_NO_REGISTRADO', 409, EMPLOYMENT_LEVEL_MISSING_MESSAGE);
    }
    const completa = level === 'JEFE_DEPARTAMENTO_O_SUPERIOR';
    if (period.actualizacionConflictoInteres && !completa) {
      throw new ValidationError([{ path: 'actualizacionConflictoInteres', message: 'la declaración simplificada no incluye la sección de intereses' }]);
    }
    const previous = body.prefill === false ? null : await this.filings.findLastOfUser(userId);
    return this.create(userId, period, completa, previous, null);
  }

  /** Shared by new declarations and corrections: inserts the draft and its carried sections. */
  async create(userId: string, period: Period, completa: boolean, source: FilingRow | null, corrects: FilingRow | null): Promise<{ declaration: DeclarationView; created: boolean }> {
    const row = await this.declarations.insert({
      userId,
      tipo: period.tipo,
      actualizacionConflictoInteres: period.actualizacionConflictoInteres,
      declaracionCompleta: completa,
      fechaTomaPosesion: period.fechaTomaPosesion,
      anioReportado: period.anioReportado,
      fechaConclusion: period.fechaConclusion,
      periodKey: period.key,
      prefillFilingId: corrects ? null : (source?.id ?? null),
      correctsFilingId: corrects?.id ?? null,
    });
    if (!row) {
      // A concurrent start of the same period won the race; answer with its draft.
      const open = await this.declarations.findOpenByPeriod(userId, period.key);
      if (!open) throw new Error('open draft vanished');
      return { declaration: await this.view(open), created: false };
    }
    if (corrects) await this.declarations.insertSections(row.id, this.copied(row, corrects, false));
    else await this.declarations.insertSections(row.id, await this.prefilled(userId, row, source));
    await this.audit.record({
      action: 'declaration.started',
      actorUserId: userId,
      targetType: 'declaration',
      targetId: row.id,
      details: { tipo: row.tipo, completa: row.declaracionCompleta, intereses: row.actualizacionConflictoInteres, prefill: row.prefillFilingId, corrige: row.correctsFilingId },
    });
    return { declaration: await this.view(row), created: true };
  }

  /** A new draft's sections: what the previous filing carries, then what the account and the institution know. */
  private async prefilled(userId: string, row: DeclarationRow, source: FilingRow | null): Promise<Array<{ section: string; data: unknown; status: SectionRow['status'] }>> {
    const carried = source ? this.copied(row, source, true) : [];
    const names = new Set(carried.map((s) => s.section));
    const open = offeredSections(row).filter((def) => !names.has(def.name));
    const today = mexicoDate();
    const known = knownSections(row, open, await this.facts.identity(userId), await this.facts.entePublico());
    // A section the previous filing lacked has an empty baseline (see baseline()); with no previous filing, none.
    const baseline = source ? {} : null;
    return [...carried, ...known.map(({ def, data }) => ({ section: def.name, data, status: assessSection(def, data, row, today, baseline).status }))];
  }

  private copied(row: DeclarationRow, filing: FilingRow, carry: boolean): Array<{ section: string; data: unknown; status: SectionRow['status'] }> {
    const today = mexicoDate();
    const out: Array<{ section: string; data: unknown; status: SectionRow['status'] }> = [];
    for (const def of offeredSections(row)) {
      if (carry && PERIOD_SECTIONS.has(def.name)) continue;
      const previous = sectionOfDocument(filing.document, def);
      if (!previous) continue;
      const data = carry ? carryForward(row.tipo, def, previous) : structuredClone(previous);
      // A carried copy is its own baseline; a correction keeps the operations it was filed with.
      out.push({ section: def.name, data, status: assessSection(def, data, row, today, carry ? data : null).status });
    }
    return out;
  }

  /** Lets the filer's pages say up front why they cannot start, instead of after «Nueva declaración». */
  async readiness(userId: string): Promise<StartReadiness> {
    const level = await this.facts.employmentLevel(userId);
    return { canStart: level !== null, employmentLevel: level, reason: level ? null : EMPLOYMENT_LEVEL_MISSING_MESSAGE };
  }

  async list(userId: string): Promise<DeclarationSummary[]> {
    const rows = await this.declarations.listOwn(userId);
    // One after another: they share the request's transaction, whose connection runs one query at a time.
    const summaries: DeclarationSummary[] = [];
    for (const row of rows) summaries.push(this.summary(row, await this.declarations.sections(row.id), await this.filingIdOf(row)));
    return summaries;
  }

  async get(userId: string, id: string): Promise<DeclarationView> {
    return this.view(await this.own(userId, id));
  }

  async saveSection(userId: string, id: string, name: string, payload: unknown, expectedVersion: number): Promise<SaveSectionResult> {
    const declaration = await this.own(userId, id);
    if (declaration.status !== 'BORRADOR') throw new DeclarationClosedError();
    const def = this.offered(declaration, name);
    const errors = validateSectionDraft(declaration.tipo, def.name, payload);
    if (errors.length === 0) errors.push(...unknownKeyErrors(declaration.tipo, def.name, payload));
    // A malformed CURP, RFC, e-mail, phone or postal code is refused like a bad type, not stored.
    if (errors.length === 0) errors.push(...valueProblems(def.name, payload, declaration));
    if (errors.length) throw new ValidationError(errors.map((e) => ({ ...e, path: e.path ? `${def.name}.${e.path}` : def.name })));
    // The totals the DOF fills in automatically are the server's to compute, whatever the client sent.
    const data = withComputedAmounts(def.name, declaration.tipo, payload as Record<string, unknown>);
    const baseline = await this.baseline(declaration);
    const assessment = assessSection(def, data, declaration, mexicoDate(), baseline && baseline(def));
    const saved = await this.declarations.saveSection(declaration.id, def.name, data, assessment.status, expectedVersion);
    if (!saved) throw new SectionConflictError();
    await this.declarations.touch(declaration.id);
    const sections = await this.declarations.sections(declaration.id);
    return { section: this.sectionView(def, saved, declaration, assessment.pending), progress: this.progress(declaration, sections) };
  }

  async changes(userId: string, id: string): Promise<DeclarationChanges> {
    const declaration = await this.own(userId, id);
    if (!declaration.prefillFilingId) throw new NotFoundError('Esta declaración no partió de una declaración anterior.');
    const source = await this.filings.findById(declaration.prefillFilingId, { userId });
    if (!source) throw new NotFoundError('No se encontró la declaración anterior.');
    const sections = new Map((await this.declarations.sections(declaration.id)).map((s) => [s.section, s]));
    return {
      filingId: source.id,
      folio: source.folio,
      sections: offeredSections(declaration).map((def) => {
        // Compare against what the previous filing means in this tipo, exactly as it was carried (BAJA gone, INICIAL-only keys dropped).
        const previous = sectionOfDocument(source.document, def);
        const carried = previous ? carryForward(declaration.tipo, def, previous) : undefined;
        return { ...compareSection(def, sections.get(def.name)?.data, carried), previous: carried ?? null };
      }),
    };
  }

  /**
   * Per section, what the draft was carried from (the baseline of its tipoOperacion), or null when the
   * draft did not start from a previous filing. A section the previous filing lacked has an empty baseline.
   */
  async baseline(declaration: DeclarationRow): Promise<((def: SectionDef) => Record<string, unknown>) | null> {
    if (!declaration.prefillFilingId) return null;
    const source = await this.filings.findById(declaration.prefillFilingId, { userId: declaration.userId });
    if (!source) return null;
    return (def) => {
      const previous = sectionOfDocument(source.document, def);
      return previous ? carryForward(declaration.tipo, def, previous) : {};
    };
  }

  /** The filer's own draft; another filer's (or another institution's) is simply not found. */
  async own(userId: string, id: string, options: { lock?: boolean } = {}): Promise<DeclarationRow> {
    const row = await this.declarations.findOwn(id, userId, options);
    if (!row) throw new NotFoundError('No se encontró la declaración.');
    return row;
  }

  offered(declaration: DeclarationRow, name: string): SectionDef {
    const def = offeredSections(declaration).find((s) => s.name === name);
    if (def) return def;
    if (sectionDef(declaration.tipo, name)) {
      const reason = declaration.declaracionCompleta ? 'no forma parte de esta declaración' : 'no forma parte de la declaración simplificada';
      throw new DomainError('SECCION_NO_APLICA', 400, `La sección ${name} ${reason}.`, [{ path: name, message: reason }]);
    }
    throw new NotFoundError(`No existe la sección ${name} en la declaración ${declaration.tipo}.`);
  }

  async view(row: DeclarationRow): Promise<DeclarationView> {
    const saved = await this.declarations.sections(row.id);
    const byName = new Map(saved.map((s) => [s.section, s]));
    const baseline = saved.some((s) => s.status === 'en captura') ? await this.baseline(row) : null;
    return {
      ...this.summary(row, saved, await this.filingIdOf(row)),
      sections: offeredSections(row).map((def) => this.sectionView(def, byName.get(def.name), row, undefined, baseline && baseline(def))),
    };
  }

  private async filingIdOf(row: DeclarationRow): Promise<string | null> {
    return row.status === 'PRESENTADA' ? ((await this.filings.findByDeclaration(row.id))?.id ?? null) : null;
  }

  private summary(row: DeclarationRow, sections: SectionRow[], filingId: string | null): DeclarationSummary {
    return {
      id: row.id,
      tipo: row.tipo,
      actualizacionConflictoInteres: row.actualizacionConflictoInteres,
      declaracionCompleta: row.declaracionCompleta,
      status: row.status,
      fechaTomaPosesion: row.fechaTomaPosesion,
      anioReportado: row.anioReportado,
      fechaConclusion: row.fechaConclusion,
      progress: this.progress(row, sections),
      prefilledFromFilingId: row.prefillFilingId,
      correctsFilingId: row.correctsFilingId,
      filingId,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    };
  }

  private progress(row: DeclarationRow, sections: SectionRow[]): number {
    const byName = new Map(sections.map((s) => [s.section, s.status]));
    return progressOf(offeredSections(row).map((def) => byName.get(def.name) ?? 'vacía'));
  }

  private sectionView(def: SectionDef, saved: SectionRow | undefined, declaration: DeclarationRow, known?: FieldError[], baseline: Record<string, unknown> | null = null): SectionView {
    const pending = saved && saved.status === 'en captura' ? (known ?? assessSection(def, saved.data, declaration, mexicoDate(), baseline).pending) : [];
    return {
      name: def.name,
      group: def.group,
      label: def.label,
      status: saved?.status ?? 'vacía',
      version: saved?.version ?? 0,
      data: saved?.data ?? null,
      pending,
      updatedAt: saved?.updatedAt.toISOString() ?? null,
    };
  }
}
