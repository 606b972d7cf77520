import { Injectable } from '@nestjs/common';
import { col, CurrentTransaction, defineColumns, MissingDbContextError, sqlRows } from '@veraz/tenancy';
import type { ParsedFxRate } from './fx-csv';

export interface FxRateRow extends ParsedFxRate {
  importedAt: Date;
}

const RATE = defineColumns<FxRateRow>({
  currency: col.text('currency'),
  year: col.number('year'),
  mxnPerUnit: col.number('mxn_per_unit'),
  observations: col.number('observations'),
  source: col.text('source'),
  importedAt: col.value('imported_at'),
});

/**
 * The platform's yearly exchange rates (`platform_fx_rates`). Every scope reads them (scoring runs in an
 * institution's); row security lets only the platform scope write them.
 */
@Injectable()
export class FxRatesRepository {
  constructor(private readonly tx: CurrentTransaction) {}

  async list(): Promise<FxRateRow[]> {
    const rows = await sqlRows(this.tx.manager(), `SELECT ${RATE.select} FROM platform_fx_rates ORDER BY currency, year`, []);
    return rows.map((r) => RATE.read(r));
  }

  /**
   * Inserts or replaces each (currency, year) in one statement. A row whose figures are the same is left
   * as it was (its import time too): importing the same file twice changes nothing. Returns the rows
   * actually written.
   */
  async upsert(rates: ParsedFxRate[], importedBy: string | null): Promise<FxRateRow[]> {
    if (this.tx.current()?.scope !== 'platform') throw new MissingDbContextError('platform context');
    if (!rates.length) return [];
    const rows = await sqlRows(
      this.tx.manager(),
      `INSERT INTO platform_fx_rates AS r (currency, year, mxn_per_unit, observations, source, imported_by)
       SELECT * FROM unnest($1::text[], $2::int[], $3::numeric[], $4::int[], $5::text[], $6::uuid[])
       ON CONFLICT (currency, year) DO UPDATE
          SET mxn_per_unit = EXCLUDED.mxn_per_unit, observations = EXCLUDED.observations, source = EXCLUDED.source,
              imported_by = EXCLUDED.imported_by, imported_at = now()
        WHERE (r.mxn_per_unit, r.observations, r.source) IS DISTINCT FROM (EXCLUDED.mxn_per_unit, EXCLUDED.observations, EXCLUDED.source)
       RETURNING ${RATE.select}`,
      [
        rates.map((r) => r.currency),
        rates.map((r) => r.year),
        rates.map((r) => r.mxnPerUnit.toFixed(6)),
        rates.map((r) => r.observations),
        rates.map((r) => r.source),
        rates.map(() => importedBy),
      ],
    );
    return rows.map((r) => RATE.read(r));
  }
}
