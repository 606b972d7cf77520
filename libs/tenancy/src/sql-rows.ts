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
