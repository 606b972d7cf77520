import { Injectable } from '@nestjs/common';
import { col, CurrentTransaction, defineColumns, sqlRows, TenantContext, type SqlPart } from '@veraz/tenancy';
import type { DeclarationRow, NewDeclaration, SectionRow } from '../declaration.types';

const DECLARATION = defineColumns<DeclarationRow>({
  id: col.text('id'),
  institutionId: col.text('institution_id'),
  userId: col.text('user_id'),
  tipo: col.value('tipo'),
  actualizacionConflictoInteres: col.bool('actualizacion_conflicto_interes'),
  declaracionCompleta: col.bool('declaracion_completa'),
  fechaTomaPosesion: col.textOrNull(`to_char(fecha_toma_posesion, 'YYYY-MM-DD')`),
  anioReportado: col.numberOrNull('anio_reportado'),
  fechaConclusion: col.textOrNull(`to_char(fecha_conclusion, 'YYYY-MM-DD')`),
  periodKey: col.text('period_key'),
  status: col.value('status'),
  prefillFilingId: col.textOrNull('prefill_filing_id'),
  correctsFilingId: col.textOrNull('corrects_filing_id'),
  createdAt: col.value('created_at'),
  updatedAt: col.value('updated_at'),
});

const SECTION = defineColumns<SectionRow>({
  section: col.text('section'),
  data: col.value('data'),
  status: col.value('status'),
  version: col.number('version'),
  updatedAt: col.value('updated_at'),
});

/** Drafts and their sections. Every query names the institution on top of row-level security. */
@Injectable()
export class DeclarationsRepository {
  constructor(
    private readonly tx: CurrentTransaction,
    private readonly tenant: TenantContext,
  ) {}

  private query<T = Record<string, unknown>>(sql: string, params: unknown[]): Promise<T[]> {
    return sqlRows<T>(this.tx.manager(), sql, params);
  }

  /** Inserts unless the filer already has an open draft for the same period; null then. */
  async insert(input: NewDeclaration): Promise<DeclarationRow | null> {
    const rows = await this.query(
      `INSERT INTO declarations (institution_id, user_id, tipo, actualizacion_conflicto_interes, declaracion_completa,
         fecha_toma_posesion, anio_reportado, fecha_conclusion, period_key, prefill_filing_id, corrects_filing_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (institution_id, user_id, period_key) WHERE status = 'BORRADOR' DO NOTHING
       RETURNING ${DECLARATION.select}`,
      [
        this.tenant.institutionId(),
        input.userId,
        input.tipo,
        input.actualizacionConflictoInteres,
        input.declaracionCompleta,
        input.fechaTomaPosesion,
        input.anioReportado,
        input.fechaConclusion,
        input.periodKey,
        input.prefillFilingId,
        input.correctsFilingId,
      ],
    );
    return DECLARATION.readFirst(rows);
  }

  async findOpenByPeriod(userId: string, periodKey: string): Promise<DeclarationRow | null> {
    const rows = await this.query(
      `SELECT ${DECLARATION.select} FROM declarations
        WHERE institution_id = $1 AND user_id = $2 AND period_key = $3 AND status = 'BORRADOR'`,
      [this.tenant.institutionId(), userId, periodKey],
    );
    return DECLARATION.readFirst(rows);
  }

  /** A filer's own declaration; `lock` serialises concurrent signing of the same draft. */
  async findOwn(id: string, userId: string, options: { lock?: boolean } = {}): Promise<DeclarationRow | null> {
    const rows = await this.query(
      `SELECT ${DECLARATION.select} FROM declarations
        WHERE id = $1 AND institution_id = $2 AND user_id = $3 ${options.lock ? 'FOR UPDATE' : ''}`,
      [id, this.tenant.institutionId(), userId],
    );
    return DECLARATION.readFirst(rows);
  }

  /**
   * The filer's own declaration locked for signing (a double submit waits for the first and then sees
   * it filed), with the institution it is filed with, in one round trip.
   */
  async findOwnToSign(id: string, userId: string): Promise<{ declaration: DeclarationRow; institution: { name: string; slug: string } } | null> {
    const rows = await this.query<Record<string, unknown> & { institution_name: string; institution_slug: string }>(
      `SELECT d.*, i.name AS institution_name, i.slug AS institution_slug
         FROM (SELECT ${DECLARATION.select} FROM declarations WHERE id = $1 AND institution_id = $2 AND user_id = $3 FOR UPDATE) d
         JOIN institutions i ON i.id = $2::uuid`,
      [id, this.tenant.institutionId(), userId],
    );
    const row = rows[0];
    return row ? { declaration: DECLARATION.read(row), institution: { name: row.institution_name, slug: row.institution_slug } } : null;
  }

  async listOwn(userId: string): Promise<DeclarationRow[]> {
    const rows = await this.query(
      `SELECT ${DECLARATION.select} FROM declarations
        WHERE institution_id = $1 AND user_id = $2 ORDER BY created_at DESC, id`,
      [this.tenant.institutionId(), userId],
    );
    return rows.map((r) => DECLARATION.read(r));
  }

  /** The status change, as part of the filing's own statement (FilingWritesRepository.insertNumbered). */
  markFiledPart(id: string): SqlPart {
    return { sql: `UPDATE declarations SET status = 'PRESENTADA', updated_at = now() WHERE id = $1 AND institution_id = $2`, params: [id, this.tenant.institutionId()] };
  }

  async touch(id: string): Promise<void> {
    await this.query(`UPDATE declarations SET updated_at = now() WHERE id = $1 AND institution_id = $2`, [id, this.tenant.institutionId()]);
  }

  async sections(declarationId: string): Promise<SectionRow[]> {
    const rows = await this.query(
      `SELECT ${SECTION.select} FROM declaration_sections
        WHERE declaration_id = $1 AND institution_id = $2`,
      [declarationId, this.tenant.institutionId()],
    );
    return rows.map((r) => SECTION.read(r));
  }

  /**
   * Optimistic concurrency: writes only when the stored version is still `expectedVersion`
   * (0 = not saved yet). Returns the new row, or null when someone saved in between.
   */
  async saveSection(declarationId: string, section: string, data: unknown, status: SectionRow['status'], expectedVersion: number): Promise<SectionRow | null> {
    const params = [declarationId, this.tenant.institutionId(), section, JSON.stringify(data), status];
    const rows =
      expectedVersion === 0
        ? await this.query(
            `INSERT INTO declaration_sections (declaration_id, institution_id, section, data, status, version)
             VALUES ($1, $2, $3, $4::jsonb, $5, 1)
             ON CONFLICT (declaration_id, section, institution_id) DO NOTHING
             RETURNING ${SECTION.select}`,
            params,
          )
        : await this.query(
            `UPDATE declaration_sections SET data = $4::jsonb, status = $5, version = version + 1, updated_at = now()
              WHERE declaration_id = $1 AND institution_id = $2 AND section = $3 AND version = $6
              RETURNING ${SECTION.select}`,
            [...params, expectedVersion],
          );
    return SECTION.readFirst(rows);
  }

  /** Prefill writes: sections copied from a previous filing, version 1. */
  async insertSections(declarationId: string, sections: Array<{ section: string; data: unknown; status: SectionRow['status'] }>): Promise<void> {
    for (const s of sections) {
      await this.query(
        `INSERT INTO declaration_sections (declaration_id, institution_id, section, data, status, version)
         VALUES ($1, $2, $3, $4::jsonb, $5, 1)`,
        [declarationId, this.tenant.institutionId(), s.section, JSON.stringify(s.data), s.status],
      );
    }
  }
}
