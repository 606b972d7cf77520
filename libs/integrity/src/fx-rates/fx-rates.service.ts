import { Injectable } from '@nestjs/common';
import { AuditLog } from '@veraz/audit';
import type { FxRateView } from '@veraz/contracts';
import { rateTable } from '../engine/money';
import type { RateTable } from '../engine/types';
import { parseFxFile, type FxImportOptions } from './fx-csv';
import { FxRatesRepository, type FxRateRow } from './fx-rates.repository';

/** POST /api/platform/fx-rates (and `veraz fx import`): every yearly rate the file gave, as now stored. */
export interface FxImportResult {
  imported: FxRateView[];
}

const toView = (r: FxRateRow): FxRateView => ({
  year: r.year,
  currency: r.currency,
  mxnPerUnit: r.mxnPerUnit,
  observations: r.observations,
  source: r.source,
  importedAt: r.importedAt.toISOString(),
});

/**
 * The yearly exchange rates the rules convert foreign amounts with. Operators import them (platform
 * context, recorded in the platform bitácora); scoring and the self-check read them in any context.
 * Veraz ships none: a rule that needs a missing rate says so.
 */
@Injectable()
export class FxRatesService {
  constructor(
    private readonly rates: FxRatesRepository,
    private readonly audit: AuditLog,
  ) {}

  async list(): Promise<FxRateView[]> {
    return (await this.rates.list()).map(toView);
  }

  /** The engine's rate table over every stored rate (a few rows per currency and year). */
  async table(): Promise<RateTable> {
    return rateTable(await this.rates.list());
  }

  /** Parses the whole file first (400 with every bad line, nothing saved), then upserts its years. */
  async import(content: Buffer | string, options: FxImportOptions, actorUserId: string | null): Promise<FxImportResult> {
    const parsed = parseFxFile(content, options);
    const written = await this.rates.upsert(parsed, actorUserId);
    const keys = new Set(parsed.map((r) => `${r.currency} ${r.year}`));
    const stored = (await this.rates.list()).filter((r) => keys.has(`${r.currency} ${r.year}`));
    await this.audit.record({
      action: 'fx_rates.imported',
      actorUserId,
      targetType: null,
      details: {
        monedas: [...new Set(parsed.map((r) => r.currency))],
        anios: parsed.map((r) => `${r.currency} ${r.year}`),
        escritos: written.map((r) => `${r.currency} ${r.year}`),
        sinCambios: parsed.length - written.length,
      },
    });
    return { imported: stored.map(toView) };
  }
}
