import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { PasswordHasher, type PersonIdentity } from '@veraz/accounts';
import { AuditLog } from '@veraz/audit';
import type { DeclarationTipo, EmploymentLevel } from '@veraz/contracts';
import { sectionsFor, type SectionDef } from '@veraz/standards';
import { TenantContext, type BatchRunner } from '@veraz/tenancy';
import type { DeclarationRow } from '../declaration.types';
import { FilingWriter } from '../filing/filing-writer';
import { FilerFactsRepository } from '../repositories/filer-facts.repository';
import { GeneratedLoadRepository, type LoadPerson } from './generated-load.repository';

/** One filing to load: who files, the period, when, and the S1 `declaracion` object. */
export interface FilingToLoad {
  person: PersonIdentity & { email: string };
  tipo: DeclarationTipo;
  declaracionCompleta: boolean;
  fechaTomaPosesion: string | null;
  anioReportado: number | null;
  fechaConclusion: string | null;
  filedAt: string;
  declaracion: Record<string, unknown>;
}

export interface LoadProgress {
  loaded: number;
  elapsedMs: number;
}

type Json = Record<string, unknown>;

/**
 * Loads filings of generated histories through the same FilingWriter signing uses (OAS check,
 * folio, canonical hash, public columns, publication), a transaction per batch that the caller's
 * runner opens in the institution (`inBatch`, the CLI's). The people get
 * accounts nobody can sign in to: their password hash is of random bytes that are then forgotten.
 * No acuse jobs are queued (rendering a million PDFs is a separate, measured step:
 * `filing render-missing`); one audit entry records each batch.
 */
@Injectable()
export class GeneratedLoader {
  constructor(
    private readonly tenant: TenantContext,
    private readonly repo: GeneratedLoadRepository,
    private readonly facts: FilerFactsRepository,
    private readonly writer: FilingWriter,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditLog,
  ) {}

  async load(filings: Iterable<FilingToLoad>, options: { inBatch: BatchRunner; batchSize?: number; onProgress?: (p: LoadProgress) => void }): Promise<LoadProgress> {
    const batchSize = options.batchSize ?? 250;
    const passwordHash = await this.hasher.hash(randomBytes(32).toString('base64url'));
    const started = performance.now();
    let loaded = 0;
    let batch: FilingToLoad[] = [];
    const flush = async () => {
      if (!batch.length) return;
      const current = batch;
      await options.inBatch(() => this.loadBatch(current, passwordHash));
      loaded += batch.length;
      batch = [];
      options.onProgress?.({ loaded, elapsedMs: performance.now() - started });
    };
    for (const filing of filings) {
      batch.push(filing);
      if (batch.length >= batchSize) await flush();
    }
    await flush();
    return { loaded, elapsedMs: performance.now() - started };
  }

  private async loadBatch(batch: FilingToLoad[], passwordHash: string): Promise<void> {
    const institutionId = this.tenant.institutionId();
    await this.repo.planChecksAfresh();
    const people = new Map<string, LoadPerson>();
    for (const f of batch) people.set(f.person.curp, { ...f.person, passwordHash });
    // People are global rows (no row-level security): they are written in the batch's transaction.
    const userIds = await this.repo.upsertUsers([...people.values()]);
    const level = (completa: boolean): EmploymentLevel => (completa ? 'JEFE_DEPARTAMENTO_O_SUPERIOR' : 'INFERIOR_A_JEFE_DEPARTAMENTO');
    const levels = new Map(batch.map((f) => [userIds.get(f.person.curp)!, level(f.declaracionCompleta)]));
    await this.repo.upsertMemberships([...levels].map(([userId, l]) => ({ userId, level: l })));
    const rows = batch.map((f) => ({
      userId: userIds.get(f.person.curp)!,
      tipo: f.tipo,
      declaracionCompleta: f.declaracionCompleta,
      fechaTomaPosesion: f.fechaTomaPosesion,
      anioReportado: f.anioReportado,
      fechaConclusion: f.fechaConclusion,
      periodKey: periodKey(f),
      filedAt: new Date(f.filedAt),
    }));
    const ids = await this.repo.insertFiledDeclarations(rows);
    const institution = await this.facts.institution();
    const inputs = batch.map((f, i) => {
      const row = rows[i]!;
      const declaration: DeclarationRow = {
        id: ids[i]!,
        institutionId,
        ...row,
        actualizacionConflictoInteres: false,
        status: 'PRESENTADA',
        prefillFilingId: null,
        correctsFilingId: null,
        createdAt: row.filedAt,
        updatedAt: row.filedAt,
      };
      const sections = sectionsFor(f.tipo, f.declaracionCompleta);
      const input = {
        declaration,
        userId: row.userId,
        s1Id: randomBytes(12).toString('hex'),
        institution,
        sections,
        saved: savedSections(sections, f.declaracion),
        corrected: null,
        notaAclaratoria: null,
        checkedAt: row.filedAt,
        filedAt: row.filedAt,
      };
      const problems = this.writer.schemaProblems(input);
      if (problems.length) throw new Error(`generated filing ${i} of the batch does not validate: ${problems.slice(0, 3).map((p) => p.path).join(', ')}`);
      return input;
    });
    // Filed in time order within the batch, so folios and times agree as far as a batch goes.
    inputs.sort((a, b) => a.filedAt.getTime() - b.filedAt.getTime());
    // Folios are taken under the institution's audit chain lock, as signing reads them (FilingsRepository.peekFolio).
    await this.audit.lock();
    const written = await this.writer.writeMany(inputs);
    const first = written[0]!.folio;
    const last = written[written.length - 1]!.folio;
    await this.audit.record({ action: 'filings.generated', targetType: 'institution', targetId: institutionId, details: { filings: batch.length, first, last } });
  }
}

function periodKey(f: FilingToLoad): string {
  if (f.tipo === 'INICIAL') return `INICIAL:${f.fechaTomaPosesion}`;
  if (f.tipo === 'CONCLUSIÓN') return `CONCLUSIÓN:${f.fechaConclusion}`;
  return `MODIFICACIÓN:${f.anioReportado}`;
}

function savedSections(sections: SectionDef[], declaracion: Json): Map<string, { data: Json }> {
  const saved = new Map<string, { data: Json }>();
  for (const def of sections) {
    const data = (declaracion[def.group] as Json | undefined)?.[def.name];
    if (data && typeof data === 'object') saved.set(def.name, { data: data as Json });
  }
  return saved;
}
