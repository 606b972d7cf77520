import { Injectable } from '@nestjs/common';
import { CurrentTransaction, sqlRows, TenantContext, withParts, type SqlPart } from '@veraz/tenancy';
import type { NewFiling } from './filing-columns';

/**
 * Writing filings: the folio counters, the rows (one signature's, numbered in its last statement, or
 * a bulk load's) and the later changes of a filing's state (superseded, reserved).
 */
@Injectable()
export class FilingWritesRepository {
  constructor(
    private readonly tx: CurrentTransaction,
    private readonly tenant: TenantContext,
  ) {}

  private query<T = Record<string, unknown>>(sql: string, params: unknown[]): Promise<T[]> {
    return sqlRows<T>(this.tx.manager(), sql, params);
  }

  /**
   * The folio counter of a year as it stands, without locking it: the last number given and the latest
   * time of filing that took one (0 and null before the first). Exact only while the caller holds the
   * institution's audit chain lock, which every writer of filings takes before numbering.
   */
  async peekFolio(year: number): Promise<{ lastSeq: number; lastFiledAt: Date | null }> {
    const rows = await this.query<{ last_seq: number; last_filed_at: Date | null }>(
      `SELECT last_seq, last_filed_at FROM folio_counters WHERE institution_id = $1 AND year = $2`,
      [this.tenant.institutionId(), year],
    );
    return { lastSeq: rows[0] ? Number(rows[0].last_seq) : 0, lastFiledAt: rows[0]?.last_filed_at ?? null };
  }

  /**
   * Writes one filing numbered `f.folioSeq` and the rows that go with it (`parts`) in one statement,
   * the last of the transaction: it advances the folio counter, which stays locked only for this
   * statement and the COMMIT. The folio was read with peekFolio under the audit chain lock; if the
   * counter moved anyway, this throws and the transaction rolls back (numbers stay gapless).
   */
  async insertNumbered(f: NewFiling, parts: SqlPart[]): Promise<void> {
    const counter: SqlPart = {
      name: 'folio_seq',
      sql: `INSERT INTO folio_counters (institution_id, year, last_seq, last_filed_at) VALUES ($1, $2, 1, $3)
            ON CONFLICT (institution_id, year) DO UPDATE
              SET last_seq = folio_counters.last_seq + 1, last_filed_at = greatest(folio_counters.last_filed_at, EXCLUDED.last_filed_at)
            RETURNING last_seq`,
      params: [this.tenant.institutionId(), f.folioYear, f.filedAt],
    };
    const statement = withParts([counter, this.insertPart([f]), ...parts], { sql: 'SELECT last_seq FROM folio_seq', params: [] });
    const rows = await this.query<{ last_seq: number }>(statement.sql, statement.params);
    if (Number(rows[0]?.last_seq) !== f.folioSeq) throw new Error(`folio counter moved outside the audit chain lock (expected ${f.folioSeq}, got ${rows[0]?.last_seq})`);
  }

  /** Several filings in one statement (bulk loads); ids in input order. */
  async insertMany(list: NewFiling[]): Promise<string[]> {
    if (!list.length) return [];
    const { sql, params } = this.insertPart(list);
    const rows = await this.query<{ id: string; s1_id: string; version: number }>(`${sql} RETURNING id, s1_id, version`, params);
    // A declaration's versions share the s1_id; with the version it names one row of this statement.
    const ids = new Map(rows.map((r) => [`${r.s1_id}|${r.version}`, r.id]));
    return list.map((f) => ids.get(`${f.s1Id}|${f.version}`)!);
  }

  private insertPart(list: NewFiling[]): SqlPart {
    const institutionId = this.tenant.institutionId();
    const width = FILING_PARAMS;
    const values = list.map((_, r) => {
      const p = (i: number) => `$${r * width + i}`;
      const plain = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => p(from + i)).join(', ');
      // The document is sent once, as its canonical text (the same jsonb as JSON.stringify would give);
      // reserved, reserved_reason and reserved_at all follow from the reason.
      return `(COALESCE(${p(29)}::uuid, gen_random_uuid()), ${plain(1, 14)}, ${p(15)}::text::jsonb, ${p(15)}::text, ${plain(16, 27)}, ${p(28)}::text IS NOT NULL, ${p(28)}::text, CASE WHEN ${p(28)}::text IS NULL THEN NULL ELSE now() END)`;
    });
    return {
      sql: `INSERT INTO filings (id, institution_id, declaration_id, user_id, s1_id, version, supersedes_filing_id, nota_aclaratoria,
         folio, folio_year, folio_seq, tipo, declaracion_completa, actualizacion_conflicto_interes, filed_at, document,
         canonical_json, sha256, nombres, primer_apellido, segundo_apellido, nombre_ente_publico, empleo_cargo_comision,
         nivel_empleo_cargo_comision, nivel_orden_gobierno, entidad_federativa, municipio_alcaldia, escolaridad_niveles,
         total_ingresos_netos, reserved, reserved_reason, reserved_at)
       VALUES ${values.join(', ')}`,
      params: list.flatMap((f) => {
        const e = f.extracted;
        return [
          institutionId, f.declarationId, f.userId, f.s1Id, f.version, f.supersedesFilingId, f.notaAclaratoria,
          f.folio, f.folioYear, f.folioSeq, f.tipo, f.declaracionCompleta, f.actualizacionConflictoInteres, f.filedAt,
          f.canonicalJson, f.sha256, e.nombres, e.primerApellido, e.segundoApellido,
          e.nombreEntePublico, e.empleoCargoComision, e.nivelEmpleoCargoComision, e.nivelOrdenGobierno, e.entidadFederativa,
          e.municipioAlcaldia, e.escolaridadNiveles, e.totalIngresosNetos, f.reservedReason, f.id ?? null,
        ];
      }),
    };
  }

  /**
   * Reserves `count` consecutive folio numbers of a year (bulk loads); returns the first. The counter
   * stays locked until the transaction ends, so numbers stay gapless; the caller holds the audit
   * chain lock first (see peekFolio).
   */
  async reserveFolios(year: number, count: number): Promise<number> {
    const rows = await this.query<{ last_seq: number }>(
      `INSERT INTO folio_counters (institution_id, year, last_seq) VALUES ($1, $2, $3)
       ON CONFLICT (institution_id, year) DO UPDATE SET last_seq = folio_counters.last_seq + $3
       RETURNING last_seq`,
      [this.tenant.institutionId(), year, count],
    );
    return Number(rows[0].last_seq) - count + 1;
  }

  async markSuperseded(filingId: string): Promise<void> {
    await this.query(`UPDATE filings SET is_latest = false WHERE id = $1 AND institution_id = $2`, [filingId, this.tenant.institutionId()]);
  }

  async setReserved(id: string, reserved: boolean, reason: string, actorUserId: string): Promise<void> {
    await this.query(
      `UPDATE filings SET reserved = $3, reserved_reason = $4, reserved_at = now(), reserved_by = $5
        WHERE id = $1 AND institution_id = $2`,
      [id, this.tenant.institutionId(), reserved, reason, actorUserId],
    );
  }
}

const FILING_PARAMS = 29;
