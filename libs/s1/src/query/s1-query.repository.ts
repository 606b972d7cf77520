import { Injectable } from '@nestjs/common';
import { col, CurrentTransaction, defineColumns, sqlRows } from '@veraz/tenancy';
import { column, escapeLike, FULL_NAME_FACET, FULL_NAME_PARTS, hasInmueble, inScope, namePattern, rangeClauses } from './s1-query.fragments';
import type { RangeFilter, S1Request } from './s1-request';

/** More distinct full names than this and a name search checks its pattern row by row instead of looking names up. */
const NAME_LIST_CAP = 1000;
/** A single name matching more rows than this is searched along the page's order, without looking its names up. */
const NAME_LOOKUP_MAX_ROWS = 20_000;

/** `$n` placeholders that append their values to `params`. */
function param(params: unknown[]): (value: unknown) => string {
  return (value) => {
    params.push(value);
    return `$${params.length}`;
  };
}

/** Whose publications a query reads: one institution (tenant context) or every opted-in one. */
export type S1Scope = { kind: 'institution'; institutionId: string } | { kind: 'shared' };


const CHANGE = defineColumns<{ publishedAt: Date; s1Id: string; document: unknown }>({
  publishedAt: col.value('published_at'),
  s1Id: col.text('s1_id'),
  document: col.value('document'),
});
const WITHDRAWAL = defineColumns<{ s1Id: string; withdrawnAt: Date }>({ s1Id: col.text('s1_id'), withdrawnAt: col.value('withdrawn_at') });
const BATCH_ENTRY = defineColumns<{ seq: number; document: unknown }>({ seq: col.number('seq'), document: col.value('document') });
// `places`: the places of the default order in use, holes left by withdrawals included.
const COUNTER = defineColumns<{ institutionId: string; published: number; places: number }>({
  institutionId: col.text('c.institution_id'),
  published: col.number('c.published'),
  places: col.number('c.published + cardinality(c.holes)'),
});

interface Built {
  where: string;
  params: unknown[];
  /** Anything beyond the scope: without it the total is the publication counter. */
  filtered: boolean;
}

/**
 * Reads publications only: every column here comes from the public projection. Query pages carry
 * each document as the JSON text PostgreSQL holds, spliced into the answer unparsed (a page of 200
 * is most of a megabyte: parsing it only to serialise it again cost time and garbage). The caller
 * opens the database context (the institution's tenant, or the shared public scope), and every
 * query names its institutions too: s1_search_keys is readable without a row filter.
 */
@Injectable()
export class S1QueryRepository {
  constructor(private readonly tx: CurrentTransaction) {}

  private query<T = Record<string, unknown>>(sql: string, params: unknown[]): Promise<T[]> {
    return sqlRows<T>(this.tx.manager(), sql, params);
  }

  isPlainScan(r: S1Request): boolean {
    return !r.id && !r.text.length && !r.exact.length && !r.escolaridadNivel && !r.totalIngresosNetos && !hasInmueble(r) && !r.sort.length;
  }

  /**
   * Filtered or sorted searches: count, then one page in the requested order with `id` last. Both
   * run on s1_search_keys, whose indexes the tenant policy does not disable (see its migration);
   * the page's documents are then read from s1_publications under that policy.
   */
  async search(scope: S1Scope, r: S1Request): Promise<{ total: number; documents: string[] }> {
    const nameConditions = r.text.filter((t) => FULL_NAME_PARTS.includes(t.column));
    const pattern = r.id ? null : namePattern(nameConditions);
    // Rows the name conditions match alone, when known: one name's comes from its column's counts, and
    // a common one (dense rows, found at once along the page's order) is not worth looking names up.
    let nameTotal = pattern && nameConditions.length === 1 ? await this.textCount(scope, nameConditions[0]!) : null;
    const names = pattern && (nameTotal === null || nameTotal <= NAME_LOOKUP_MAX_ROWS) ? await this.fullNames(scope, pattern) : null;
    if (names) nameTotal = names.total;
    const built = this.where(scope, r, pattern ? { pattern, names: names?.names ?? null } : null);
    const onlyNames = nameConditions.length === r.text.length && !r.exact.length && !r.escolaridadNivel && !r.totalIngresosNetos && !hasInmueble(r);
    const total = !built.filtered
      ? (await this.counts(scope)).reduce((sum, c) => sum + c.published, 0)
      : onlyNames && nameTotal !== null
        ? nameTotal
        : ((await this.facetCount(scope, r)) ??
          Number((await this.query<{ total: string }>(`SELECT count(*) AS total FROM s1_search_keys p WHERE ${built.where}`, built.params))[0]!.total));
    const order = r.sort.length
      ? r.sort.map(({ key, dir }) => `${column(key, dir)} ${dir.toUpperCase()} NULLS LAST`).concat('p.s1_id ASC').join(', ')
      : scope.kind === 'institution'
        ? 'p.seq'
        : '(SELECT slug FROM institutions i WHERE i.id = p.institution_id), p.seq';
    const params = [...built.params, r.pageSize, (r.page - 1) * r.pageSize];
    const page = await this.query<{ institution_id: string; s1_id: string }>(
      `SELECT p.institution_id, p.s1_id FROM s1_search_keys p WHERE ${built.where} ORDER BY ${order}
        LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    if (!page.length) return { total, documents: [] };
    const rows = await this.query<{ document: string }>(
      `SELECT p.document::text AS document FROM unnest($1::uuid[], $2::text[]) WITH ORDINALITY AS k(institution_id, s1_id, ord)
         JOIN s1_publications p ON p.institution_id = k.institution_id AND p.s1_id = k.s1_id
        ORDER BY k.ord`,
      [page.map((row) => row.institution_id), page.map((row) => row.s1_id)],
    );
    return { total, documents: rows.map((row) => row.document) };
  }

  /**
   * The default order is by place (`seq`), so page N is a range scan on (institution, seq) however
   * deep it is: the PDN's bulk download stays fast. A withdrawal leaves a hole instead of moving
   * later rows, so a page can hold fewer rows than pageSize; the last page (as `totalRows` counts
   * them) takes every place after it, so nothing falls past it. Why: SCALING.md («Páginas estables»).
   */
  async scan(scope: S1Scope, page: number, pageSize: number): Promise<{ total: number; documents: string[] }> {
    const counts = await this.counts(scope);
    const total = counts.reduce((sum, c) => sum + c.published, 0);
    const last = page === Math.ceil(total / pageSize);
    let skip = (page - 1) * pageSize;
    let want = last ? Infinity : pageSize;
    const documents: string[] = [];
    for (const c of counts) {
      if (want <= 0) break;
      if (skip >= c.places) {
        skip -= c.places;
        continue;
      }
      const upTo = Math.min(c.places, skip + want);
      const rows = await this.query<{ document: string }>(
        `SELECT document::text AS document FROM s1_publications WHERE institution_id = $1 AND seq > $2 AND seq <= $3 ORDER BY seq`,
        [c.institutionId, skip, upTo],
      );
      documents.push(...rows.map((row) => row.document));
      want -= upTo - skip;
      skip = 0;
    }
    return { total, documents };
  }

  /** Publications changed after a point, oldest first, for the change feed. */
  async changedSince(institutionId: string, since: Date, afterId: string, limit: number): Promise<Array<{ publishedAt: Date; s1Id: string; document: unknown }>> {
    const rows = await this.query(
      `SELECT ${CHANGE.select} FROM s1_publications
        WHERE institution_id = $1 AND (published_at, s1_id) > ($2, $3)
        ORDER BY published_at, s1_id LIMIT $4`,
      [institutionId, since, afterId, limit],
    );
    return rows.map((r) => CHANGE.read(r));
  }

  /** Declarations withdrawn from publication after a point (reserved), oldest first. */
  async withdrawnSince(institutionId: string, since: Date, limit: number): Promise<Array<{ s1Id: string; withdrawnAt: Date }>> {
    const rows = await this.query(
      `SELECT ${WITHDRAWAL.select} FROM s1_withdrawals WHERE institution_id = $1 AND withdrawn_at > $2 ORDER BY withdrawn_at, s1_id LIMIT $3`,
      [institutionId, since, limit],
    );
    return rows.map((r) => WITHDRAWAL.read(r));
  }

  /** One batch of the whole projection in publication order (bulk export). */
  async batchAfter(institutionId: string, afterSeq: number, limit: number): Promise<Array<{ seq: number; document: unknown }>> {
    const rows = await this.query(
      `SELECT ${BATCH_ENTRY.select} FROM s1_publications WHERE institution_id = $1 AND seq > $2 ORDER BY seq LIMIT $3`,
      [institutionId, afterSeq, limit],
    );
    return rows.map((r) => BATCH_ENTRY.read(r));
  }

  /**
   * The distinct full names a name search matches, from the full-name counts (a trigram index over a
   * few hundred thousand short values), with how many publications hold them; null when more than
   * NAME_LIST_CAP match (a broad name: its rows are dense, so the page's ordered scan finds them fast).
   */
  private async fullNames(scope: S1Scope, pattern: string): Promise<{ names: string[]; total: number } | null> {
    const params: unknown[] = [];
    const p = param(params);
    const rows = await this.query<{ value: string; n: number }>(
      `SELECT c.value, c.n FROM s1_search_counts c
        WHERE ${inScope(scope, 'c', p)} AND c.facet = '${FULL_NAME_FACET}' AND c.value LIKE ${p(pattern)} AND c.n > 0
        LIMIT ${NAME_LIST_CAP + 1}`,
      params,
    );
    if (rows.length > NAME_LIST_CAP) return null;
    return { names: [...new Set(rows.map((row) => row.value))], total: rows.reduce((sum, row) => sum + Number(row.n), 0) };
  }

  /** Publications whose column contains the value, from that column's counts (one row per distinct value). */
  private async textCount(scope: S1Scope, t: S1Request['text'][number]): Promise<number> {
    const params: unknown[] = [];
    const p = param(params);
    const rows = await this.query<{ n: string }>(
      `SELECT coalesce(sum(c.n), 0) AS n FROM s1_search_counts c WHERE ${inScope(scope, 'c', p)} AND c.facet = ${p(t.column)} AND c.value LIKE ${p(`%${escapeLike(t.value)}%`)}`,
      params,
    );
    return Number(rows[0]!.n);
  }

  private async counts(scope: S1Scope): Promise<Array<{ institutionId: string; published: number; places: number }>> {
    const rows =
      scope.kind === 'institution'
        ? await this.query(`SELECT ${COUNTER.select} FROM s1_publication_counters c WHERE c.institution_id = $1`, [scope.institutionId])
        : await this.query(
            `SELECT ${COUNTER.select} FROM s1_publication_counters c JOIN institutions i ON i.id = c.institution_id
              WHERE i.s1_shared ORDER BY i.slug`,
            [],
          );
    return rows.map((r) => COUNTER.read(r));
  }

  /**
   * The exact total of a one-condition search from s1_search_counts (migration 1764754000000), so a
   * broad filter costs what a narrow one does: a text filter sums the counts of the distinct values
   * it contains, an equality reads one count, a range sums the amount buckets inside it and counts
   * only its two edge buckets row by row; several name conditions sum the counts of the full names
   * that match them all. Null when the search has another shape: those count rows.
   */
  private async facetCount(scope: S1Scope, r: S1Request): Promise<number | null> {
    const onlyVa = !!r.inmueble.va && !r.inmueble.sc && !r.inmueble.st && !r.inmueble.fa;
    const conditions = r.text.length + r.exact.length + (r.escolaridadNivel ? 1 : 0) + (r.totalIngresosNetos ? 1 : 0) + (hasInmueble(r) ? 1 : 0);
    const fullName = conditions > 1 && conditions === r.text.length && r.text.every((t) => FULL_NAME_PARTS.includes(t.column)) ? namePattern(r.text) : null;
    if (r.id || (conditions !== 1 && !fullName) || (hasInmueble(r) && !onlyVa)) return null;
    const params: unknown[] = [];
    const p = param(params);
    const scoped = (alias: string) => inScope(scope, alias, p);
    const sum = (facet: string, condition: string) =>
      `(SELECT coalesce(sum(c.n), 0) FROM s1_search_counts c WHERE ${scoped('c')} AND c.facet = ${p(facet)} AND ${condition})`;
    /** Rows whose `column` lies in the range: the buckets strictly inside it, plus the rows of its edge buckets. */
    const inRange = (column: string, { min, max }: RangeFilter) => {
      const inside = [
        ...(min !== null ? [`c.value > s1_amount_bucket_key(${p(min)}::numeric)`] : []),
        ...(max !== null ? [`c.value < s1_amount_bucket_key(${p(max)}::numeric)`] : []),
      ];
      const edge = (bound: number, extra: string[]) =>
        `(SELECT count(*) FROM s1_search_keys k WHERE ${scoped('k')} AND s1_amount_bucket(k.${column}) = s1_amount_bucket(${p(bound)}::numeric)
           AND ${[...rangeClauses(`k.${column}`, { min, max }, p), ...extra].join(' AND ')})`;
      const parts = [sum(column, inside.join(' AND '))];
      if (min !== null) parts.push(edge(min, []));
      // Both bounds in one bucket: the first edge already counted it.
      if (max !== null) parts.push(edge(max, min !== null ? [`s1_amount_bucket(${p(min)}::numeric) <> s1_amount_bucket(${p(max)}::numeric)`] : []));
      return parts.join(' + ');
    };
    let total: string;
    // The full-name facet's partial trigram index needs its facet spelled out, not a parameter.
    if (fullName) total = `(SELECT coalesce(sum(c.n), 0) FROM s1_search_counts c WHERE ${scoped('c')} AND c.facet = '${FULL_NAME_FACET}' AND c.value LIKE ${p(fullName)})`;
    else if (r.text.length) total = sum(r.text[0]!.column, `c.value LIKE ${p(`%${escapeLike(r.text[0]!.value)}%`)}`);
    else if (r.exact.length) total = sum(r.exact[0]!.column, `c.value = ${p(r.exact[0]!.value)}`);
    else if (r.escolaridadNivel) total = sum('escolaridad_niveles', `c.value = ${p(r.escolaridadNivel)}`);
    else if (r.totalIngresosNetos) total = inRange('total_ingresos_netos', r.totalIngresosNetos);
    else {
      // Some inmueble's value in [min, max]: its smallest value is in it, or the smallest is below min
      // and another is in it, which is one step of its values crossing min (s1_search_va_steps).
      const { min, max } = r.inmueble.va!;
      total = inRange('va_min', { min, max });
      if (min !== null) {
        total += ` + (SELECT count(*) FROM s1_search_va_steps s WHERE ${scoped('s')} AND ${rangeClauses('s.value', { min, max }, p).join(' AND ')} AND s.below < ${p(min)})`;
      }
    }
    return Number((await this.query<{ total: string }>(`SELECT ${total} AS total`, params))[0]!.total);
  }

  /**
   * `name`: the name conditions' pattern, with the full names it matches when few enough to look up
   * one by one (see fullNames); null without name conditions.
   */
  private where(scope: S1Scope, r: S1Request, name: { pattern: string; names: string[] | null } | null): Built {
    const params: unknown[] = [];
    const p = param(params);
    const clauses = [inScope(scope, 'p', p)];
    // The standard: with an id, the rest of the query is ignored.
    if (r.id) return { where: [...clauses, `p.s1_id = ${p(r.id)}`].join(' AND '), params, filtered: true };
    // Name conditions together, over the full name: the few names they match are looked up in
    // s1_search_keys_full_name_idx, which also holds each row's place and id (no heap read); a broad
    // pattern is checked row by row along the page's order instead. Other text columns have their own index.
    const fullName = 's1_full_name(p.nombres_norm, p.primer_apellido_norm, p.segundo_apellido_norm)';
    if (name) clauses.push(name.names ? `${fullName} = ANY(${p(name.names)}::text[])` : `${fullName} LIKE ${p(name.pattern)}`);
    for (const t of r.text.filter((t) => !FULL_NAME_PARTS.includes(t.column))) clauses.push(`p.${t.column} LIKE ${p(`%${escapeLike(t.value)}%`)}`);
    for (const e of r.exact) clauses.push(`p.${e.column} = ${p(e.value)}`);
    if (r.escolaridadNivel) clauses.push(`p.escolaridad_niveles @> ARRAY[${p(r.escolaridadNivel)}]::text[]`);
    if (r.totalIngresosNetos) clauses.push(...rangeClauses('p.total_ingresos_netos', r.totalIngresosNetos, p));
    if (hasInmueble(r)) {
      // One single inmueble must satisfy every inmueble condition (elemMatch semantics).
      const inner = [
        ...(r.inmueble.sc ? rangeClauses('i.sc', r.inmueble.sc, p) : []),
        ...(r.inmueble.st ? rangeClauses('i.st', r.inmueble.st, p) : []),
        ...(r.inmueble.va ? rangeClauses('i.va', r.inmueble.va, p) : []),
        ...(r.inmueble.fa ? [`i.fa = ${p(r.inmueble.fa)}`] : []),
      ];
      // A necessary condition on the per-declaration extremes first, so an index narrows the rows to check.
      if (r.inmueble.va?.min != null) clauses.push(`p.va_max >= ${p(r.inmueble.va.min)}`);
      if (r.inmueble.va?.max != null) clauses.push(`p.va_min <= ${p(r.inmueble.va.max)}`);
      clauses.push(`EXISTS (SELECT 1 FROM jsonb_to_recordset(p.inmuebles) AS i(sc numeric, st numeric, va numeric, fa text) WHERE ${inner.join(' AND ')})`);
    }
    return { where: clauses.join(' AND '), params, filtered: clauses.length > 1 };
  }
}

