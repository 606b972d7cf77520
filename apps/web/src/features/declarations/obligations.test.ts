import { describe, expect, it } from 'vitest';
import { pendingObligations, startPathFor } from './obligations';
import { declarationSummary, filingSummary } from './testData';

const MAY_2026 = new Date('2026-05-10T18:00:00.000Z');
const JUNE_2026 = new Date('2026-06-01T18:00:00.000Z');

describe('pendingObligations', () => {
  it('asks a new filer for the initial declaration', () => {
    expect(pendingObligations({ declarations: [], filings: [], now: MAY_2026 })).toEqual([
      { tipo: 'INICIAL', title: 'Declaración inicial', startPath: '/declaraciones/nueva?tipo=INICIAL' },
    ]);
  });

  it('does not ask for the initial declaration once it is in progress or anything was filed', () => {
    const draft = declarationSummary({ tipo: 'INICIAL', anioReportado: null, fechaTomaPosesion: '2026-04-01' });
    expect(pendingObligations({ declarations: [draft], filings: [], now: MAY_2026 })).toEqual([]);
    // A filing made this year (the initial itself) does not call for a modification yet.
    const filed = filingSummary({ filedAt: '2026-02-01T17:00:00.000Z' });
    expect(pendingObligations({ declarations: [], filings: [filed], now: MAY_2026 })).toEqual([]);
  });

  it('asks from January to May for the modification of the previous year after filing before this year', () => {
    const filings = [filingSummary({ filedAt: '2025-03-10T17:45:00.000Z' })];
    const result = pendingObligations({ declarations: [], filings, now: MAY_2026 });
    expect(result).toEqual([
      {
        tipo: 'MODIFICACIÓN',
        title: 'Declaración de modificación (año 2025), plazo: 31 de mayo de 2026',
        anioReportado: 2025,
        deadline: '2026-05-31',
        startPath: startPathFor('MODIFICACIÓN', 2025),
      },
    ]);
    expect(result[0]!.startPath).toBe('/declaraciones/nueva?tipo=MODIFICACI%C3%93N&anioReportado=2025');
    expect(pendingObligations({ declarations: [], filings, now: new Date('2026-01-02T18:00:00.000Z') })).toHaveLength(1);
  });

  it('stops asking after May, and when the modification was started or filed', () => {
    const filings = [filingSummary({ filedAt: '2025-03-10T17:45:00.000Z' })];
    expect(pendingObligations({ declarations: [], filings, now: JUNE_2026 })).toEqual([]);
    const draft = declarationSummary({ tipo: 'MODIFICACIÓN', anioReportado: 2025 });
    expect(pendingObligations({ declarations: [draft], filings, now: MAY_2026 })).toEqual([]);
    const older = declarationSummary({ tipo: 'MODIFICACIÓN', anioReportado: 2024, status: 'PRESENTADA' });
    expect(pendingObligations({ declarations: [older], filings, now: MAY_2026 })).toHaveLength(1);
  });

  it('does not count an interest-only update as the annual modification', () => {
    const filings = [filingSummary({ filedAt: '2025-03-10T17:45:00.000Z' })];
    const interest = declarationSummary({ tipo: 'MODIFICACIÓN', actualizacionConflictoInteres: true, anioReportado: null, status: 'PRESENTADA' });
    expect(pendingObligations({ declarations: [interest], filings, now: MAY_2026 }).map((o) => o.tipo)).toEqual(['MODIFICACIÓN']);
  });

  it('does not ask for a modification after a conclusion', () => {
    const filings = [
      filingSummary({ id: 'f2', tipo: 'CONCLUSIÓN', filedAt: '2025-09-01T17:00:00.000Z' }),
      filingSummary({ id: 'f1', tipo: 'INICIAL', filedAt: '2024-03-01T17:00:00.000Z' }),
    ];
    expect(pendingObligations({ declarations: [], filings, now: MAY_2026 })).toEqual([]);
  });

  it('reads the year in Mexico City time', () => {
    // 31 Dec 2025 at 20:00 in Mexico City is already 2026 in UTC: it is still a filing made before 2026.
    const filings = [filingSummary({ filedAt: '2026-01-01T02:00:00.000Z' })];
    expect(pendingObligations({ declarations: [], filings, now: MAY_2026 }).map((o) => o.anioReportado)).toEqual([2025]);
    // And 31 May at 20:00 in Mexico City (1 June in UTC) is still within the period.
    expect(pendingObligations({ declarations: [], filings, now: new Date('2026-06-01T02:00:00.000Z') })).toHaveLength(1);
  });
});
