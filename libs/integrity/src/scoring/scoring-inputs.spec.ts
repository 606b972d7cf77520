import { DEFAULT_THRESHOLDS } from '../engine/default-thresholds';
import { NO_RATES } from '../engine/money';
import type { FilingFactsRow, UserObligation } from './scoring-facts.repository';
import { scoringInputs } from './scoring-inputs';

function row(id: string, userId: string, s1Id: string, filedAt: string, isLatest = true): FilingFactsRow {
  return { id, userId, s1Id, isLatest, folio: `F-${id}`, tipo: 'MODIFICACIÓN', declaracionCompleta: true, fecha: filedAt.slice(0, 10), filedAt: new Date(filedAt), declaracion: {} };
}

const omission: UserObligation = { userId: 'ana', kind: 'MODIFICACIÓN', periodKey: '2025', dueDate: '2026-05-31', state: 'OMISA', metByFilingId: null, metOn: null };

describe('the engine input of each filing row', () => {
  // Ana: 2023 and 2024 filings; the 2024 one corrected (v2, filed later); Luis: one filing.
  const rows = [
    row('a23', 'ana', 'S23', '2023-05-10T18:00:00Z'),
    row('a24v1', 'ana', 'S24', '2024-05-10T18:00:00Z', false),
    row('a24v2', 'ana', 'S24', '2024-09-01T18:00:00Z'),
    row('l24', 'luis', 'L24', '2024-05-12T18:00:00Z'),
  ];
  const inputs = new Map(scoringInputs(rows, [omission], DEFAULT_THRESHOLDS, NO_RATES).map((i) => [i.filing.id, i]));

  it('compares each filing with the person\'s latest version of another declaration filed before it', () => {
    expect(inputs.get('a23')!.previous).toBeNull();
    expect(inputs.get('a24v1')!.previous?.id).toBe('a23');
    expect(inputs.get('a24v2')!.previous?.id).toBe('a23');
    expect(inputs.get('l24')!.previous).toBeNull();
  });

  it('only the newest declaration\'s latest version is the person\'s latest (where omissions after it show)', () => {
    expect([...inputs.values()].filter((i) => i.isLatestOfPerson).map((i) => i.filing.id).sort()).toEqual(['a24v2', 'l24']);
  });

  it('gives each person only their own obligations', () => {
    expect(inputs.get('a24v2')!.obligations).toEqual([{ kind: 'MODIFICACIÓN', periodKey: '2025', dueDate: '2026-05-31', state: 'OMISA', metByFilingId: null, metOn: null }]);
    expect(inputs.get('l24')!.obligations).toEqual([]);
  });

  it('passes the facts the rules read, with the instant of filing in UTC', () => {
    expect(inputs.get('l24')!.filing).toEqual({
      id: 'l24',
      folio: 'F-l24',
      tipo: 'MODIFICACIÓN',
      declaracionCompleta: true,
      fecha: '2024-05-12',
      filedAt: '2024-05-12T18:00:00.000Z',
      declaracion: {},
    });
  });
});
