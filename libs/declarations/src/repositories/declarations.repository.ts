import { Injectable } from '@nestjs/common';
import { Db, sqlRows, TenantContext } from '@veraz/tenancy';
import type { DeclarationRow, NewDeclaration, SectionRow } from '../declaration.types';

const DECLARATION_COLUMNS = `id, institution_id, user_id, tipo, actualizacion_conflicto_interes, declaracion_completa,
  to_char(fecha_toma_posesion, 'YYYY-MM-DD') AS fecha_toma_posesion, anio_reportado,
  to_char(fecha_conclusion, 'YYYY-MM-DD') AS fecha_conclusion, period_key, status, prefill_filing_id,
  corrects_filing_id, created_at, updated_at`;

/** Drafts and their sections. Every query names the institution on top of row-level security. */
@Injectable()
export class DeclarationsRepository {
  constructor(
    private readonly db: Db,
    private readonly tenant: TenantContext,
  ) {}

  private query<T = Record<string, unknown>>(sql: string, params: unknown[]): Promise<T[]> {
    return sqlRows<T>(this.db.manager(), sql, params);
  }

  /** Inserts unless the filer already has an open draft for the same period; null then. */
  async insert(input: NewDeclaration): Promise<DeclarationRow | null> {
    const rows = await this.query(
      `INSERT INTO declarations (institution_id, user_id, tipo, actualizacion_conflicto_interes, declaracion_completa,
         fecha_toma_posesion, anio_reportado, fecha_conclusion, period_key, prefill_filing_id, corrects_filing_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (institution_id, user_id, period_key) WHERE status = 'BORRADOR' DO NOTHING
       RETURNING ${DECLARATION_COLUMNS}`,
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
    return rows[0] ? toDeclaration(rows[0]) : null;
  }

  async findOpenByPeriod(userId: string, periodKey: string): Promise<DeclarationRow | null> {
    const rows = await this.query(
      `SELECT ${DECLARATION_COLUMNS} FROM declarations
        WHERE institution_id = $1 AND user_id = $2 AND period_key = $3 AND status = 'BORRADOR'`,
      [this.tenant.institutionId(), userId, periodKey],
    );
    return rows[0] ? toDeclaration(rows[0]) : null;
  }

  /** A filer's own declaration; `lock` serialises concurrent signing of the same draft. */
  async findOwn(id: string, userId: string, options: { lock?: boolean } = {}): Promise<DeclarationRow | null> {
    const rows = await this.query(
      `SELECT ${DECLARATION_COLUMNS} FROM declarations
        WHERE id = $1 AND institution_id = $2 AND user_id = $3 ${options.lock ? 'FOR UPDATE' : ''}`,
      [id, this.tenant.institutionId(), userId],
    );
    return rows[0] ? toDeclaration(rows[0]) : null;
  }

  async listOwn(userId: string): Promise<DeclarationRow[]> {
    const rows = await this.query(
      `SELECT ${DECLARATION_COLUMNS} FROM declarations
        WHERE institution_id = $1 AND user_id = $2 ORDER BY created_at DESC, id`,
      [this.tenant.institutionId(), userId],
    );
    return rows.map(toDeclaration);
  }

  async markFiled(id: string): Promise<void> {
    await this.query(`UPDATE declarations SET status = 'PRESENTADA', updated_at = now() WHERE id = $1 AND institution_id = $2`, [
      id,
      this.tenant.institutionId(),
    ]);
  }

  async touch(id: string): Promise<void> {
    await this.query(`UPDATE declarations SET updated_at = now() WHERE id = $1 AND institution_id = $2`, [id, this.tenant.institutionId()]);
  }

  async sections(declarationId: string): Promise<SectionRow[]> {
    const rows = await this.query(
      `SELECT section, data, status, version, updated_at FROM declaration_sections
        WHERE declaration_id = $1 AND institution_id = $2`,
      [declarationId, this.tenant.institutionId()],
    );
    return rows.map(toSection);
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
             ON CONFLICT (declaration_id, section) DO NOTHING
             RETURNING section, data, status, version, updated_at`,
            params,
          )
        : await this.query(
            `UPDATE declaration_sections SET data = $4::jsonb, status = $5, version = version + 1, updated_at = now()
              WHERE declaration_id = $1 AND institution_id = $2 AND section = $3 AND version = $6
              RETURNING section, data, status, version, updated_at`,
            [...params, expectedVersion],
          );
    return rows[0] ? toSection(rows[0]) : null;
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

function toDeclaration(r: Record<string, unknown>): DeclarationRow {
  return {
    id: String(r.id),
    institutionId: String(r.institution_id),
    userId: String(r.user_id),
    tipo: r.tipo as DeclarationRow['tipo'],
    actualizacionConflictoInteres: Boolean(r.actualizacion_conflicto_interes),
    declaracionCompleta: Boolean(r.declaracion_completa),
    fechaTomaPosesion: (r.fecha_toma_posesion as string | null) ?? null,
    anioReportado: r.anio_reportado === null ? null : Number(r.anio_reportado),
    fechaConclusion: (r.fecha_conclusion as string | null) ?? null,
    periodKey: String(r.period_key),
    status: r.status as DeclarationRow['status'],
    prefillFilingId: (r.prefill_filing_id as string | null) ?? null,
    correctsFilingId: (r.corrects_filing_id as string | null) ?? null,
    createdAt: r.created_at as Date,
    updatedAt: r.updated_at as Date,
  };
}

function toSection(r: Record<string, unknown>): SectionRow {
  return {
    section: String(r.section),
    data: r.data as Record<string, unknown>,
    status: r.status as SectionRow['status'],
    version: Number(r.version),
    updatedAt: r.updated_at as Date,
  };
}
