import { Injectable } from '@nestjs/common';
import { AuditLog } from '@veraz/audit';
import { NotFoundError, type FilingRiskView, type RescoreRunView } from '@veraz/contracts';
import { RescoreRunsRepository, runView } from '../rescore/rescore-runs.repository';
import { IntegrityReadRepository } from './integrity-read.repository';

/**
 * The reviewer's and admin's reading of the integrity scores: a filing's flags per threshold version
 * (opening them is recorded in the bitácora, like opening a filing) and the batch re-score's progress.
 */
@Injectable()
export class IntegrityReviewService {
  constructor(
    private readonly read: IntegrityReadRepository,
    private readonly runs: RescoreRunsRepository,
    private readonly audit: AuditLog,
  ) {}

  /** The filing's scores, the current threshold version first, then the older ones. */
  async riskOf(readerUserId: string, filingId: string): Promise<FilingRiskView[]> {
    const folio = await this.read.folioOf(filingId);
    if (folio === null) throw new NotFoundError('No se encontró la declaración presentada.');
    const current = await this.read.currentVersion();
    const scores = await this.read.scoresOf(filingId);
    await this.audit.record({ action: 'integrity.risk_opened', actorUserId: readerUserId, targetType: 'filing', targetId: filingId, details: { folio } });
    const views = scores.map((s) => ({
      filingId: s.filingId,
      score: s.score,
      thresholdVersion: s.thresholdVersion,
      current: s.thresholdVersion === current,
      scoredAt: s.scoredAt.toISOString(),
      flags: s.flags,
    }));
    // Newest version first already; a score under a version newer than current cannot exist.
    return [...views.filter((v) => v.current), ...views.filter((v) => !v.current)];
  }

  /** The institution's current threshold version (1 before any change): the scores lists and sorts show. */
  currentThresholdVersion(): Promise<number> {
    return this.read.currentVersion();
  }

  /** The latest batch re-score and its progress, or null before the first threshold change. */
  async latestRescore(): Promise<RescoreRunView | null> {
    const run = await this.runs.latest();
    return run && runView(run);
  }
}
