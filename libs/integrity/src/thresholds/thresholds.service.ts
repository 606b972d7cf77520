import { Injectable } from '@nestjs/common';
import { AuditLog } from '@veraz/audit';
import { ValidationError, type IntegrityThresholds, type IntegrityThresholdsView, type ThresholdVersionView } from '@veraz/contracts';
import { JobQueue } from '@veraz/queue';
import { TenantContext } from '@veraz/tenancy';
import { DEFAULT_THRESHOLDS } from '../engine/default-thresholds';
import { INTEGRITY_RESCORE_JOB } from '../jobs';
import { RescoreRunsRepository, runView } from '../rescore/rescore-runs.repository';
import { checkThresholds } from './thresholds-validation';
import { ThresholdsRepository } from './thresholds.repository';

const HISTORY = 100;

/**
 * The institution's risk thresholds, versioned: every change is a new version, recorded in the
 * bitácora, and starts a batch re-score under it (old versions' scores are kept).
 */
@Injectable()
export class ThresholdsService {
  constructor(
    private readonly versions: ThresholdsRepository,
    private readonly runs: RescoreRunsRepository,
    private readonly jobs: JobQueue,
    private readonly audit: AuditLog,
    private readonly tenant: TenantContext,
  ) {}

  /**
   * The version in force. On first use the institution gets version 1, Veraz's defaults, once
   * whoever asks first, and its filings are scored under it by a batch run.
   */
  async current(): Promise<ThresholdVersionView> {
    const latest = await this.versions.latest();
    if (latest) return latest;
    if (await this.versions.insertFirst(DEFAULT_THRESHOLDS)) await this.startRescore(1);
    const created = await this.versions.latest();
    if (!created) throw new Error('threshold version 1 was not written');
    return created;
  }

  async view(): Promise<IntegrityThresholdsView> {
    const current = await this.current();
    // One after another: queries of one transaction share its connection.
    const history = await this.versions.history(HISTORY);
    const run = await this.runs.latest();
    return { current, history, rescore: run ? runView(run) : null };
  }

  /** A new version from an admin's thresholds (checked field by field; 400 in Spanish), and its re-score. */
  async update(actorUserId: string, thresholds: IntegrityThresholds): Promise<IntegrityThresholdsView> {
    const checked = checkThresholds(thresholds);
    if (!checked.ok) throw new ValidationError(checked.errors, 'Revisa los umbrales de las señales de riesgo.');
    const before = await this.current();
    const version = await this.versions.insertNext(checked.thresholds, actorUserId);
    await this.audit.record({
      action: 'integrity.thresholds_changed',
      actorUserId,
      targetType: 'integrity_thresholds',
      targetId: String(version),
      details: { version, before: before.version, changed: changedKeys(before.thresholds, checked.thresholds) },
    });
    await this.startRescore(version);
    return this.view();
  }

  /** One run per version (a repeated start finds the first), its job enqueued with the version. */
  private async startRescore(version: number): Promise<void> {
    const { run, created } = await this.runs.createForVersion(version);
    if (!created) return;
    const institutionId = this.tenant.institutionId();
    await this.jobs.enqueue(INTEGRITY_RESCORE_JOB, { institutionId, runId: run.id }, { jobId: `integrity-rescore-${institutionId}-${version}` });
  }
}

function changedKeys(before: IntegrityThresholds, after: IntegrityThresholds): string[] {
  return (Object.keys(after) as Array<keyof IntegrityThresholds>).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
}
