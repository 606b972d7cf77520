import { Injectable } from '@nestjs/common';
import { AuditLog } from '@veraz/audit';
import { NotFoundError, type PersonEvolutionView } from '@veraz/contracts';
import { wealthPoint } from '../engine/wealth';
import { FxRatesService } from '../fx-rates/fx-rates.service';
import { ScoringFactsRepository, type FilingFactsRow } from '../scoring/scoring-facts.repository';
import { filingFacts } from '../scoring/scoring-inputs';
import { IntegrityReadRepository } from './integrity-read.repository';

/** A person's wealth across their filings in the institution, for the reviewer's chart (audited). */
@Injectable()
export class PersonEvolutionService {
  constructor(
    private readonly read: IntegrityReadRepository,
    private readonly facts: ScoringFactsRepository,
    private readonly fx: FxRatesService,
    private readonly audit: AuditLog,
  ) {}

  /** One point per declaration of the person (its latest version), oldest first, with its flags now. */
  async evolutionOf(readerUserId: string, userId: string): Promise<PersonEvolutionView> {
    // The same facts scoring reads, so the chart's figures are the ones the rules used.
    const filings = (await this.facts.filingsOfUsers([userId])).filter((f) => f.isLatest).sort(chronological);
    if (!filings.length) throw new NotFoundError('Esta persona no tiene declaraciones presentadas en la institución.');
    const nombreCompleto = (await this.read.personName(userId)) ?? '';
    const version = await this.read.currentVersion();
    const scores = new Map((await this.read.scoresAt(filings.map((f) => f.id), version)).map((s) => [s.filingId, s]));
    const rates = await this.fx.table();
    await this.audit.record({
      action: 'integrity.evolution_opened',
      actorUserId: readerUserId,
      targetType: 'user',
      targetId: userId,
      details: { declaraciones: filings.length },
    });
    const points = filings.map((f) => {
      const score = scores.get(f.id);
      return wealthPoint(filingFacts(f), rates, { flags: score?.ruleCodes ?? [], score: score?.score ?? null });
    });
    return { userId, nombreCompleto, thresholdVersion: version, points };
  }
}

/** By the date each filing reports on, then by when it was filed. */
function chronological(a: FilingFactsRow, b: FilingFactsRow): number {
  return a.fecha.localeCompare(b.fecha) || a.filedAt.getTime() - b.filedAt.getTime() || a.id.localeCompare(b.id);
}
