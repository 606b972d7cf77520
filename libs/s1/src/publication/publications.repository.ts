import { Injectable } from '@nestjs/common';
import { col, CurrentTransaction, defineColumns, sqlRows, TenantContext, type SqlPart } from '@veraz/tenancy';
import type { PublicationColumns } from './publication-columns';

export interface PublicationInput {
  s1Id: string;
  filingId: string;
  publishedAt: Date;
  tipo: string;
  rulesVersion: number;
  document: unknown;
  columns: PublicationColumns;
}

/** A latest filing as a rebuild of the projection reads it. */
export interface FilingToPublish {
  filingId: string;
  s1Id: string;
  filedAt: Date;
  tipo: string;
  reserved: boolean;
  document: Record<string, unknown>;
}

const FILING_TO_PUBLISH = defineColumns<FilingToPublish>({
  filingId: col.text('f.id'),
  s1Id: col.text('f.s1_id'),
  filedAt: col.value('f.filed_at'),
  tipo: col.text('f.tipo'),
  reserved: col.bool('f.reserved'),
  document: col.value('f.document'),
});

/** The current institution's published declarations (tenant context). */
@Injectable()
export class PublicationsRepository {
  constructor(
    private readonly tx: CurrentTransaction,
    private readonly tenant: TenantContext,
  ) {}

  private query<T = Record<string, unknown>>(sql: string, params: unknown[]): Promise<T[]> {
    return sqlRows<T>(this.tx.manager(), sql, params);
  }

  /**
   * Inserts or replaces the publication of one declaration. A new declaration takes a free place in
   * the default order (see `allocate`); a new version keeps its place, so pages already read do not shift.
   */
  async upsert(p: PublicationInput): Promise<void> {
    const institutionId = this.tenant.institutionId();
    const existing = await this.query<{ seq: number }>(
      `SELECT seq FROM s1_publications WHERE institution_id = $1 AND s1_id = $2 FOR UPDATE`,
      [institutionId, p.s1Id],
    );
    const seq = existing[0]?.seq ?? (await this.allocate(1))[0];
    await this.query(
      `INSERT INTO s1_publications (${PUBLICATION_COLUMNS}) VALUES ${placeholders(1, PUBLICATION_PARAMS)}
       ON CONFLICT (institution_id, s1_id) DO UPDATE SET ${PUBLICATION_COLUMNS.split(', ')
         .filter((c) => c !== 'institution_id' && c !== 's1_id' && c !== 'seq')
         .map((c) => `${c} = EXCLUDED.${c}`)
         .join(', ')}`,
      publicationParams(institutionId, seq, p),
    );
  }

  /** Publishes declarations that have never been published (signing, bulk loads): one place each, rows in one statement. */
  async insertNew(list: PublicationInput[]): Promise<void> {
    if (!list.length) return;
    const institutionId = this.tenant.institutionId();
    const seqs = await this.allocate(list.length);
    await this.query(
      `INSERT INTO s1_publications (${PUBLICATION_COLUMNS}) VALUES ${placeholders(list.length, PUBLICATION_PARAMS)}`,
      list.flatMap((p, i) => publicationParams(institutionId, seqs[i], p)),
    );
  }

  /**
   * `insertNew` of one declaration (a hole first, like `allocate`) as parts of a caller's statement (signing's last one): the counter
   * is locked by that statement only, and its COMMIT right after it.
   */
  insertNewParts(p: PublicationInput): SqlPart[] {
    const institutionId = this.tenant.institutionId();
    const params = publicationParams(institutionId, 0, p);
    params.splice(SEQ_PARAM - 1, 1);
    // The row's place in the default order comes from the counter, not from a parameter.
    const values = Array.from({ length: PUBLICATION_PARAMS }, (_, i) =>
      i + 1 === SEQ_PARAM ? 'publication_seq.published' : `$${i + 1 < SEQ_PARAM ? i + 1 : i}${JSONB_PARAMS.has(i + 1) ? '::jsonb' : ''}`,
    );
    return [
      // One upsert locks the counter and takes the lowest hole or the place after the last; SET sees the
      // old row, so it records the place taken for RETURNING.
      {
        name: 'publication_seq',
        sql: `INSERT INTO s1_publication_counters (institution_id, published, last_taken) VALUES ($1, 1, 1)
              ON CONFLICT (institution_id) DO UPDATE SET published = s1_publication_counters.published + 1,
                holes = s1_publication_counters.holes[2:],
                last_taken = COALESCE(s1_publication_counters.holes[1], s1_publication_counters.published + cardinality(s1_publication_counters.holes) + 1)
              RETURNING last_taken AS published`,
        params: [institutionId],
      },
      {
        sql: `INSERT INTO s1_publications (${PUBLICATION_COLUMNS}) SELECT ${values.join(', ')} FROM publication_seq`,
        params,
      },
    ];
  }

  /**
   * Withdraws a publication (reserved). Its place becomes a hole instead of renumbering every later
   * one: a bulk scan running now would otherwise see rows slide between pages it has and has not read.
   */
  async remove(s1Id: string): Promise<boolean> {
    const institutionId = this.tenant.institutionId();
    const removed = await this.query<{ seq: number }>(`DELETE FROM s1_publications WHERE institution_id = $1 AND s1_id = $2 RETURNING seq`, [institutionId, s1Id]);
    if (!removed[0]) return false;
    // The last place simply ends the order; any other is kept sorted, so the lowest is taken first.
    await this.query(
      `UPDATE s1_publication_counters SET published = published - 1,
         holes = CASE WHEN $2 = published + cardinality(holes) THEN holes ELSE ARRAY(SELECT h FROM unnest(holes || $2::int) AS h ORDER BY h) END
       WHERE institution_id = $1`,
      [institutionId, removed[0].seq],
    );
    await this.query(`INSERT INTO s1_withdrawals (institution_id, s1_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [institutionId, s1Id]);
    return true;
  }

  /** Filings whose stored projection was made with older rules (or all), for a rebuild. */
  async latestFilings(options: { olderThanRules?: number }): Promise<FilingToPublish[]> {
    const rows = await this.query(
      `SELECT ${FILING_TO_PUBLISH.select}
         FROM filings f LEFT JOIN s1_publications p ON p.institution_id = f.institution_id AND p.s1_id = f.s1_id
        WHERE f.institution_id = $1 AND f.is_latest AND ($2::int IS NULL OR p.rules_version IS NULL OR p.rules_version < $2)
        ORDER BY f.filed_at, f.s1_id`,
      [this.tenant.institutionId(), options.olderThanRules ?? null],
    );
    return rows.map((r) => FILING_TO_PUBLISH.read(r));
  }

  /**
   * Places in the default order for `n` new publications, lowest holes first, then after the last
   * place. A new row in a hole cannot disturb a running scan: no row that was public moves. One
   * statement locks and advances the counter (all a signature costs when there are no holes).
   */
  private async allocate(n: number): Promise<number[]> {
    const institutionId = this.tenant.institutionId();
    const rows = await this.query<{ published: number; holes: number; reuse: number[] | null }>(
      `INSERT INTO s1_publication_counters (institution_id, published) VALUES ($1, $2)
       ON CONFLICT (institution_id) DO UPDATE SET published = s1_publication_counters.published + EXCLUDED.published
       RETURNING published, cardinality(holes) AS holes, holes[1:$2] AS reuse`,
      [institutionId, n],
    );
    const reuse = (rows[0].reuse ?? []).map(Number);
    // Places in use before this call: the published ones before it and every hole.
    const lastBefore = Number(rows[0].published) - n + Number(rows[0].holes);
    if (reuse.length) await this.query(`UPDATE s1_publication_counters SET holes = holes[$2 + 1:] WHERE institution_id = $1`, [institutionId, reuse.length]);
    return [...reuse, ...Array.from({ length: n - reuse.length }, (_, i) => lastBefore + i + 1)];
  }
}

const PUBLICATION_COLUMNS =
  'institution_id, s1_id, filing_id, seq, published_at, tipo, rules_version, document, nombres_norm, primer_apellido_norm, ' +
  'segundo_apellido_norm, escolaridad_niveles, escolaridad_min, escolaridad_max, ente_norm, empleo_norm, nivel_empleo_norm, ' +
  'nivel_orden_gobierno, entidad_federativa, municipio_alcaldia, total_ingresos_netos, inmuebles, sc_min, sc_max, st_min, st_max, ' +
  'va_min, va_max, fa_min, fa_max';
const PUBLICATION_PARAMS = 30;
const JSONB_PARAMS = new Set([8, 22]);
/** Where `seq` sits among the publication's parameters. */
const SEQ_PARAM = 4;

/** "($1, ..., $30), ($31, ...)" for `rows` rows of `width` parameters; the two JSON documents cast to jsonb. */
function placeholders(rows: number, width: number): string {
  return Array.from({ length: rows }, (_, r) =>
    `(${Array.from({ length: width }, (_, i) => `$${r * width + i + 1}${JSONB_PARAMS.has(i + 1) ? '::jsonb' : ''}`).join(', ')})`,
  ).join(', ');
}

function publicationParams(institutionId: string, seq: number, p: PublicationInput): unknown[] {
  const c = p.columns;
  return [
    institutionId, p.s1Id, p.filingId, seq, p.publishedAt, p.tipo, p.rulesVersion, JSON.stringify(p.document),
    c.nombresNorm, c.primerApellidoNorm, c.segundoApellidoNorm, c.escolaridadNiveles, c.escolaridadMin, c.escolaridadMax,
    c.enteNorm, c.empleoNorm, c.nivelEmpleoNorm, c.nivelOrdenGobierno, c.entidadFederativa, c.municipioAlcaldia,
    c.totalIngresosNetos, JSON.stringify(c.inmuebles), c.sc[0], c.sc[1], c.st[0], c.st[1], c.va[0], c.va[1], c.fa[0], c.fa[1],
  ];
}
