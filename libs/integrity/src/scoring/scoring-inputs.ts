import type { IntegrityThresholds } from '@veraz/contracts';
import type { FilingFacts, ObligationFacts, RateTable, ScoringInput } from '../engine/types';
import type { FilingFactsRow, UserObligation } from './scoring-facts.repository';

/** The engine's facts of a stored filing row. */
export function filingFacts(row: FilingFactsRow): FilingFacts {
  return {
    id: row.id,
    folio: row.folio,
    tipo: row.tipo,
    declaracionCompleta: row.declaracionCompleta,
    fecha: row.fecha,
    filedAt: row.filedAt.toISOString(),
    declaracion: row.declaracion,
  };
}

/** Filed strictly before, with the id breaking a tie of instants (the workbench's order). */
function before(a: FilingFactsRow, b: FilingFactsRow): boolean {
  const diff = a.filedAt.getTime() - b.filedAt.getTime();
  return diff < 0 || (diff === 0 && a.id < b.id);
}

/**
 * The engine's input for every filing row of these people (every version of a corrected filing too).
 * A filing's previous one is the person's latest version of another declaration filed before it (as the
 * reviewer's «cambios» compares); it is the person's latest when it is a latest version and no latest
 * version of another declaration was filed after it (rule 8 then shows later omissions on it).
 */
export function scoringInputs(
  filings: FilingFactsRow[],
  obligations: UserObligation[],
  thresholds: IntegrityThresholds,
  rates: RateTable,
): ScoringInput[] {
  const byUser = new Map<string, FilingFactsRow[]>();
  for (const f of filings) {
    const list = byUser.get(f.userId);
    if (list) list.push(f);
    else byUser.set(f.userId, [f]);
  }
  const obligationsByUser = new Map<string, ObligationFacts[]>();
  for (const { userId, ...o } of obligations) {
    const list = obligationsByUser.get(userId);
    if (list) list.push(o);
    else obligationsByUser.set(userId, [o]);
  }
  const inputs: ScoringInput[] = [];
  for (const [userId, own] of byUser) {
    const latest = own.filter((f) => f.isLatest);
    const asFacts = new Map(own.map((f) => [f.id, filingFacts(f)]));
    const personObligations = obligationsByUser.get(userId) ?? [];
    for (const filing of own) {
      let previous: FilingFactsRow | null = null;
      let laterExists = false;
      for (const other of latest) {
        if (other.s1Id === filing.s1Id) continue;
        if (before(other, filing)) {
          if (!previous || before(previous, other)) previous = other;
        } else {
          laterExists = true;
        }
      }
      inputs.push({
        filing: asFacts.get(filing.id)!,
        previous: previous ? asFacts.get(previous.id)! : null,
        obligations: personObligations,
        isLatestOfPerson: filing.isLatest && !laterExists,
        thresholds,
        rates,
      });
    }
  }
  return inputs;
}
