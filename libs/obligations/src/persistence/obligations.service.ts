import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '@veraz/config';
import { OBLIGATION_KIND_LABELS, OBLIGATION_STATE_LABELS, type FilerObligationsView } from '@veraz/contracts';
import { deriveObligations, type DerivedObligation } from '../engine';
import { ObligationsRepository, type StoredObligation } from './obligations.repository';

/** People per batch: one round of set-based reads and writes each. */
const BATCH = 1000;

export interface RecomputeSummary {
  people: number;
  written: number;
  deleted: number;
  /** People whose roster data the engine could not read, with the reasons (their obligations are cleared). */
  problems: { personId: string; problems: string[] }[];
}

/**
 * Keeps the `obligations` table equal to what the engine derives today (clock.today()) from the roster,
 * the filings, avisos and constancias. Runs in the caller's tenant context (request, job or CLI).
 */
@Injectable()
export class ObligationsService {
  private readonly logger = new Logger('Obligations');

  constructor(
    private readonly repository: ObligationsRepository,
    private readonly clock: Clock,
  ) {}

  async recomputeInstitution(): Promise<RecomputeSummary> {
    return this.recompute(await this.repository.allPersonIds());
  }

  /** After a filing, an aviso or a constancia: the people of these accounts (none when off the roster). */
  async recomputeUsers(userIds: string[]): Promise<RecomputeSummary> {
    return this.recompute(userIds.length ? await this.repository.personIdsOfUsers(userIds) : []);
  }

  async recompute(personIds: string[]): Promise<RecomputeSummary> {
    const summary: RecomputeSummary = { people: 0, written: 0, deleted: 0, problems: [] };
    const today = this.clock.today();
    const requiresTaxConstancia = await this.repository.requiresTaxConstancia();
    const unique = [...new Set(personIds)];
    for (let i = 0; i < unique.length; i += BATCH) {
      const batch = unique.slice(i, i + BATCH);
      const people = await this.repository.people(batch);
      const userIds = people.flatMap((p) => (p.userId ? [p.userId] : []));
      // One after another: these share the caller's transaction (one connection runs one query at a time).
      const elsewhere = await this.repository.movementsElsewhere(people.map((p) => p.curp));
      const filings = await this.repository.filings(userIds);
      const avisos = await this.repository.avisos(userIds);
      const constancias = await this.repository.constancias(userIds);
      const rows: { personId: string; obligation: DerivedObligation; isFiling: boolean }[] = [];
      for (const person of people) {
        const user = person.userId ?? '';
        const result = deriveObligations({
          movements: person.movements,
          otherEntes: elsewhere.get(person.curp) ?? [],
          filings: filings.get(user) ?? [],
          avisos: avisos.get(user) ?? [],
          constancias: constancias.get(user) ?? [],
          requiresTaxConstancia,
          today,
        });
        if (result.problems.length) summary.problems.push({ personId: person.personId, problems: result.problems });
        for (const obligation of result.obligations) {
          rows.push({ personId: person.personId, obligation, isFiling: ['INICIAL', 'MODIFICACIÓN', 'CONCLUSIÓN'].includes(obligation.kind) });
        }
      }
      const { written, deleted } = await this.repository.replace(batch, rows);
      summary.people += people.length;
      summary.written += written;
      summary.deleted += deleted;
    }
    if (summary.problems.length) this.logger.warn(`${summary.problems.length} personas con datos del padrón contradictorios; sin obligaciones hasta corregirlos`);
    return summary;
  }

  /** The signed-in filer's obligations here, as stored by the last recompute (the daily job keeps states current). */
  async ofFiler(userId: string): Promise<FilerObligationsView> {
    const personId = await this.repository.personOfUser(userId);
    if (!personId) return { onRoster: false, items: [] };
    const rows: StoredObligation[] = await this.repository.ofPerson(personId);
    return { onRoster: true, items: rows.map((o) => ({ ...o, kindLabel: OBLIGATION_KIND_LABELS[o.kind], stateLabel: OBLIGATION_STATE_LABELS[o.state] })) };
  }
}
