import { Injectable } from '@nestjs/common';
import type { IntegrityThresholds, ThresholdVersionView } from '@veraz/contracts';
import { col, CurrentTransaction, defineColumns, sqlRows, TenantContext } from '@veraz/tenancy';
import { DEFAULT_THRESHOLDS } from '../engine/default-thresholds';

/**
 * A stored version with every threshold: one saved before a threshold existed ran with that figure fixed
 * at what is now its default, so the default is what that version meant.
 */
function complete(stored: Partial<IntegrityThresholds>): IntegrityThresholds {
  return { ...DEFAULT_THRESHOLDS, ...stored };
}

interface VersionRow {
  version: number;
  thresholds: IntegrityThresholds;
  createdAt: Date;
  createdBy: string | null;
  creatorName: string | null;
}

const VERSION = defineColumns<VersionRow>({
  version: col.number('v.version'),
  thresholds: col.value('v.thresholds'),
  createdAt: col.value('v.created_at'),
  createdBy: col.textOrNull('v.created_by'),
  creatorName: col.textOrNull(`CASE WHEN u.id IS NULL THEN NULL ELSE concat_ws(' ', u.nombre, u.primer_apellido, u.segundo_apellido) END`),
});

const FROM = `FROM integrity_threshold_versions v LEFT JOIN users u ON u.id = v.created_by WHERE v.institution_id = $1`;

export function versionView(row: VersionRow): ThresholdVersionView {
  return {
    version: row.version,
    thresholds: complete(row.thresholds),
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy ? { userId: row.createdBy, nombreCompleto: row.creatorName ?? '' } : null,
  };
}

/** The institution's threshold versions: append-only, numbered from 1 (Veraz's defaults). */
@Injectable()
export class ThresholdsRepository {
  constructor(
    private readonly tx: CurrentTransaction,
    private readonly tenant: TenantContext,
  ) {}

  private query<T = Record<string, unknown>>(sql: string, params: unknown[]): Promise<T[]> {
    return sqlRows<T>(this.tx.manager(), sql, params);
  }

  async latest(): Promise<ThresholdVersionView | null> {
    const rows = await this.query(`SELECT ${VERSION.select} ${FROM} ORDER BY v.version DESC LIMIT 1`, [this.tenant.institutionId()]);
    const row = VERSION.readFirst(rows);
    return row ? versionView(row) : null;
  }

  async history(limit: number): Promise<ThresholdVersionView[]> {
    const rows = await this.query(`SELECT ${VERSION.select} ${FROM} ORDER BY v.version DESC LIMIT $2`, [this.tenant.institutionId(), limit]);
    return rows.map((r) => versionView(VERSION.read(r)));
  }

  async thresholdsOf(version: number): Promise<IntegrityThresholds | null> {
    const rows = await this.query<{ thresholds: IntegrityThresholds }>(
      `SELECT thresholds FROM integrity_threshold_versions WHERE institution_id = $1 AND version = $2`,
      [this.tenant.institutionId(), version],
    );
    return rows[0] ? complete(rows[0].thresholds) : null;
  }

  /** Version 1 with the defaults; false when it exists already (another request wrote it first). */
  async insertFirst(thresholds: IntegrityThresholds): Promise<boolean> {
    const rows = await this.query(
      `INSERT INTO integrity_threshold_versions (institution_id, version, thresholds, created_by) VALUES ($1, 1, $2, NULL)
       ON CONFLICT (institution_id, version) DO NOTHING RETURNING version`,
      [this.tenant.institutionId(), JSON.stringify(thresholds)],
    );
    return rows.length === 1;
  }

  /** The next version, numbered under a lock on the institution's versions until the transaction ends. */
  async insertNext(thresholds: IntegrityThresholds, createdBy: string): Promise<number> {
    const institutionId = this.tenant.institutionId();
    await this.query(`SELECT pg_advisory_xact_lock(hashtextextended('integrity_threshold_versions:' || $1, 0))`, [institutionId]);
    const rows = await this.query<{ version: number }>(
      `INSERT INTO integrity_threshold_versions (institution_id, version, thresholds, created_by)
       SELECT $1, coalesce(max(version), 0) + 1, $2, $3 FROM integrity_threshold_versions WHERE institution_id = $1
       RETURNING version`,
      [institutionId, JSON.stringify(thresholds), createdBy],
    );
    return Number(rows[0]!.version);
  }
}
