import type { EntityManager } from 'typeorm';

/**
 * Runs SQL and returns its rows. TypeORM answers UPDATE/DELETE with `[rows, affected]` instead
 * of the rows, which would silently break `UPDATE … RETURNING`.
 */
export async function sqlRows<T = Record<string, unknown>>(manager: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  const result: unknown = await manager.query(sql, params);
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0] as T[];
  return result as T[];
}

/**
 * One data-modifying statement that a repository contributes to a larger one written by another
 * (as a CTE): its SQL numbers its parameters from $1, and `withParts` renumbers them. Signing
 * writes its per-institution rows this way, in the one statement that holds the institution's
 * counters (so they are locked only for that statement and the COMMIT after it).
 */
export interface SqlPart {
  sql: string;
  params: unknown[];
  /** The CTE's name when a later part reads its RETURNING rows. */
  name?: string;
}

/**
 * `WITH p1 AS (part 1), p2 AS (part 2), … <main>`: every part runs even if nothing reads it
 * (PostgreSQL always executes data-modifying CTEs). `main` numbers its parameters from $1 too.
 */
export function withParts(parts: SqlPart[], main: SqlPart): SqlPart {
  const params: unknown[] = [...main.params];
  const shift = (sql: string) => {
    const offset = params.length;
    return sql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`);
  };
  const ctes = parts.map((part, i) => {
    const sql = shift(part.sql);
    params.push(...part.params);
    return `${part.name ?? `p${i + 1}`} AS (${sql})`;
  });
  return { sql: ctes.length ? `WITH ${ctes.join(',\n')}\n${main.sql}` : main.sql, params };
}
