import { Injectable } from '@nestjs/common';
import { col, CurrentTransaction, defineColumns, sqlRows, TenantContext, withParts, type SqlPart } from '@veraz/tenancy';
import type { FilingPeriod, FilingRow, FilingSummaryRow } from '../declaration.types';

export type NewFiling = Pick<
  FilingRow,
  | 'declarationId' | 'userId' | 's1Id' | 'version' | 'supersedesFilingId' | 'notaAclaratoria' | 'folio' | 'tipo'
  | 'declaracionCompleta' | 'actualizacionConflictoInteres' | 'filedAt' | 'document' | 'canonicalJson' | 'sha256'
> & {
  /** Chosen by the caller when other rows must name the filing before it is written (the acuse job). */
  id?: string;
  folioYear: number;
  folioSeq: number;
  /** A correction of a reserved filing stays reserved (Normas, Vigésima). */
  reservedReason: string | null;
  extracted: ExtractedColumns;
};

/** Public fields copied out of the document at filing time, for S1 filters, sorting and red flags. */
export interface ExtractedColumns {
  nombres: string;
  primerApellido: string;
  segundoApellido: string | null;
  nombreEntePublico: string | null;
  empleoCargoComision: string | null;
  nivelEmpleoCargoComision: string | null;
  nivelOrdenGobierno: string | null;
  entidadFederativa: string | null;
  municipioAlcaldia: string | null;
  escolaridadNiveles: string[];
  totalIngresosNetos: number | null;
}

export const FILING_SUMMARY = defineColumns<FilingSummaryRow>({
  id: col.text('f.id'),
  institutionId: col.text('f.institution_id'),
  declarationId: col.text('f.declaration_id'),
  userId: col.text('f.user_id'),
  s1Id: col.text('f.s1_id'),
  version: col.number('f.version'),
  supersedesFilingId: col.textOrNull('f.supersedes_filing_id'),
  notaAclaratoria: col.textOrNull('f.nota_aclaratoria'),
  isLatest: col.bool('f.is_latest'),
  folio: col.text('f.folio'),
  tipo: col.value('f.tipo'),
  declaracionCompleta: col.bool('f.declaracion_completa'),
  actualizacionConflictoInteres: col.bool('f.actualizacion_conflicto_interes'),
  filedAt: col.value('f.filed_at'),
  sha256: col.text('f.sha256'),
  reserved: col.bool('f.reserved'),
  reservedReason: col.textOrNull('f.reserved_reason'),
  filerName: col.text(`concat_ws(' ', u.nombre, u.primer_apellido, u.segundo_apellido)`),
  fechaTomaPosesion: col.textOrNull(`to_char(d.fecha_toma_posesion, 'YYYY-MM-DD')`),
  anioReportado: col.numberOrNull('d.anio_reportado'),
  fechaConclusion: col.textOrNull(`to_char(d.fecha_conclusion, 'YYYY-MM-DD')`),
});

/** Every read of a filing names its filer and the period its declaration reports. */
const FILING_FROM = `filings f JOIN users u ON u.id = f.user_id JOIN declarations d ON d.id = f.declaration_id`;

/** Lower case without Spanish accents, so «munoz» finds «Muñoz» and «ANGEL» finds «Ángel». */
const FOLD = (sql: string) => `translate(lower(${sql}), 'áéíóúüñ', 'aeiouun')`;

const FILING = FILING_SUMMARY.extend<FilingRow>({ document: col.value('f.document'), canonicalJson: col.text('f.canonical_json') });

const FILING_PERIOD = defineColumns<FilingPeriod>({
  fechaTomaPosesion: col.textOrNull(`to_char(d.fecha_toma_posesion, 'YYYY-MM-DD')`),
  anioReportado: col.numberOrNull('d.anio_reportado'),
  fechaConclusion: col.textOrNull(`to_char(d.fecha_conclusion, 'YYYY-MM-DD')`),
  email: col.text('u.email'),
});

const FILING_VERSION = defineColumns<FilingVersion>({ id: col.text('id'), folio: col.text('folio'), version: col.number('version'), filedAt: col.value('filed_at') });

/** One version of a declaration's filings. */
export interface FilingVersion {
  id: string;
  folio: string;
  version: number;
  filedAt: Date;
}

/** Where an export by folio continues. */
export interface FolioCursor {
  year: number;
  seq: number;
}

@Injectable()
export class FilingsRepository {
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
      // reserved, reserved_reason and reserved_at all follow from the reason.
      return `(COALESCE(${p(30)}::uuid, gen_random_uuid()), ${Array.from({ length: 28 }, (_, i) => p(i + 1) + (i + 1 === 15 ? '::jsonb' : '')).join(', ')}, ${p(29)}::text IS NOT NULL, ${p(29)}::text, CASE WHEN ${p(29)}::text IS NULL THEN NULL ELSE now() END)`;
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
          JSON.stringify(f.document), f.canonicalJson, f.sha256, e.nombres, e.primerApellido, e.segundoApellido,
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

  /** The period a filing reports, as the filer declared it when starting. */
  async periodOf(filingId: string): Promise<FilingPeriod | null> {
    const rows = await this.query(
      `SELECT ${FILING_PERIOD.select}
         FROM filings f JOIN declarations d ON d.id = f.declaration_id JOIN users u ON u.id = f.user_id
        WHERE f.id = $1 AND f.institution_id = $2`,
      [filingId, this.tenant.institutionId()],
    );
    return FILING_PERIOD.readFirst(rows);
  }

  async markSuperseded(filingId: string): Promise<void> {
    await this.query(`UPDATE filings SET is_latest = false WHERE id = $1 AND institution_id = $2`, [filingId, this.tenant.institutionId()]);
  }

  async findById(id: string, options: { userId?: string } = {}): Promise<FilingRow | null> {
    const rows = await this.query(
      `SELECT ${FILING.select} FROM ${FILING_FROM}
        WHERE f.id = $1 AND f.institution_id = $2 AND ($3::uuid IS NULL OR f.user_id = $3)`,
      [id, this.tenant.institutionId(), options.userId ?? null],
    );
    return FILING.readFirst(rows);
  }

  /** The filing without its document and canonical JSON (the caller already holds the document). */
  async findSummaryById(id: string, options: { userId?: string } = {}): Promise<FilingSummaryRow | null> {
    const rows = await this.query(
      `SELECT ${FILING_SUMMARY.select} FROM ${FILING_FROM}
        WHERE f.id = $1 AND f.institution_id = $2 AND ($3::uuid IS NULL OR f.user_id = $3)`,
      [id, this.tenant.institutionId(), options.userId ?? null],
    );
    return FILING_SUMMARY.readFirst(rows);
  }

  async findByFolio(folio: string): Promise<FilingRow | null> {
    const rows = await this.query(
      `SELECT ${FILING.select} FROM ${FILING_FROM}
        WHERE f.folio = $1 AND f.institution_id = $2`,
      [folio, this.tenant.institutionId()],
    );
    return FILING.readFirst(rows);
  }

  async findByDeclaration(declarationId: string): Promise<FilingRow | null> {
    const rows = await this.query(
      `SELECT ${FILING.select} FROM ${FILING_FROM}
        WHERE f.declaration_id = $1 AND f.institution_id = $2`,
      [declarationId, this.tenant.institutionId()],
    );
    return FILING.readFirst(rows);
  }

  /** The filer's most recent filing (latest versions only): what a new declaration starts from. */
  async findLastOfUser(userId: string): Promise<FilingRow | null> {
    const rows = await this.query(
      `SELECT ${FILING.select} FROM ${FILING_FROM}
        WHERE f.institution_id = $1 AND f.user_id = $2 AND f.is_latest
        ORDER BY f.filed_at DESC, f.id DESC LIMIT 1`,
      [this.tenant.institutionId(), userId],
    );
    return FILING.readFirst(rows);
  }

  /**
   * Newest first. `search` narrows to a folio that starts with it or a filer whose name contains it,
   * ignoring case and accents (a scan of the institution's filings: a page for people, not for the PDN).
   */
  async list(options: { userId?: string; search?: string; limit: number; offset: number }): Promise<{ rows: FilingSummaryRow[]; total: number }> {
    const where = this.listWhere(options);
    const rows = await this.query(
      `SELECT ${FILING_SUMMARY.select}, count(*) OVER () AS total FROM ${FILING_FROM} WHERE ${where.sql}
        ORDER BY f.filed_at DESC, f.id DESC LIMIT $${where.params.length + 1} OFFSET $${where.params.length + 2}`,
      [...where.params, options.limit, options.offset],
    );
    return { rows: rows.map((r) => FILING_SUMMARY.read(r)), total: rows.length ? Number(rows[0].total) : 0 };
  }

  /**
   * The same filter by folio, newest first, a batch at a time after the last folio seen: an export of
   * any size without OFFSET (folios number each year's filings in the order they were filed).
   */
  async listAfterFolio(options: { search?: string; after: FolioCursor | null; limit: number }): Promise<{ rows: FilingSummaryRow[]; next: FolioCursor | null }> {
    const where = this.listWhere(options);
    const n = where.params.length;
    const rows = await this.query(
      `SELECT ${FILING_SUMMARY.select}, f.folio_year, f.folio_seq FROM ${FILING_FROM} WHERE ${where.sql}
          AND ($${n + 1}::int IS NULL OR (f.folio_year, f.folio_seq) < ($${n + 1}, $${n + 2}::int))
        ORDER BY f.folio_year DESC, f.folio_seq DESC LIMIT $${n + 3}`,
      [...where.params, options.after?.year ?? null, options.after?.seq ?? null, options.limit],
    );
    const last = rows[rows.length - 1];
    return { rows: rows.map((r) => FILING_SUMMARY.read(r)), next: rows.length === options.limit && last ? { year: Number(last.folio_year), seq: Number(last.folio_seq) } : null };
  }

  private listWhere(options: { userId?: string; search?: string }): { sql: string; params: unknown[] } {
    const search = options.search ? options.search.replace(/[\\%_]/g, (c) => `\\${c}`) : null;
    return {
      sql: `f.institution_id = $1 AND ($2::uuid IS NULL OR f.user_id = $2)
          AND ($3::text IS NULL OR upper(f.folio) LIKE upper($3) || '%'
               OR ${FOLD(`concat_ws(' ', u.nombre, u.primer_apellido, u.segundo_apellido)`)} LIKE '%' || ${FOLD('$3')} || '%')`,
      params: [this.tenant.institutionId(), options.userId ?? null, search],
    };
  }

  async versions(s1Id: string): Promise<FilingVersion[]> {
    const rows = await this.query(
      `SELECT ${FILING_VERSION.select} FROM filings WHERE institution_id = $1 AND s1_id = $2 ORDER BY version`,
      [this.tenant.institutionId(), s1Id],
    );
    return rows.map((r) => FILING_VERSION.read(r));
  }

  async setReserved(id: string, reserved: boolean, reason: string, actorUserId: string): Promise<void> {
    await this.query(
      `UPDATE filings SET reserved = $3, reserved_reason = $4, reserved_at = now(), reserved_by = $5
        WHERE id = $1 AND institution_id = $2`,
      [id, this.tenant.institutionId(), reserved, reason, actorUserId],
    );
  }
}

const FILING_PARAMS = 30;
