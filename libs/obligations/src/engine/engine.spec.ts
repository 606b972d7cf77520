import { deriveObligations } from './engine';
import type { EngineInput, FilingFact, Movement } from './types';

function run(movements: [Movement['kind'], string][], extra: Partial<EngineInput> = {}) {
  return deriveObligations({ movements: movements.map(([kind, date]) => ({ kind, date })), otherEntes: [], filings: [], avisos: [], constancias: [], requiresTaxConstancia: false, today: '2026-12-01', ...extra });
}
const filing = (id: string, tipo: FilingFact['tipo'], filedOn: string, anioReportado: number | null = null, actualizacionConflictoInteres = false): FilingFact => ({ id, tipo, filedOn, anioReportado, actualizacionConflictoInteres });
const of = (result: ReturnType<typeof run>, kind: string) => result.obligations.filter((o) => o.kind === kind);
const summary = (result: ReturnType<typeof run>) => result.obligations.map((o) => `${o.kind} ${o.periodKey} ${o.dueDate} ${o.state}`);

describe('INICIAL: sixty natural days after the toma de posesión, day 1 being the day after (Cuarta)', () => {
  it('an alta on 29 February of a leap year is due on 29 April', () => {
    const [inicial] = of(run([['ALTA', '2024-02-29']], { today: '2024-03-01' }), 'INICIAL');
    expect(inicial).toMatchObject({ periodKey: '2024-02-29', windowStart: '2024-02-29', dueDate: '2024-04-29', state: 'PENDIENTE' });
    expect(inicial.basis).toContain('Cuarta');
  });

  it('an alta on 31 January is due on 1 April (February has 28 days)', () => {
    expect(of(run([['ALTA', '2025-01-31']], { today: '2025-02-01' }), 'INICIAL')[0].dueDate).toBe('2025-04-01');
  });

  it('is in time on the due date, omisa the day after, extemporánea when filed late', () => {
    const movements: [Movement['kind'], string][] = [['ALTA', '2025-01-31']];
    expect(of(run(movements, { today: '2025-04-01' }), 'INICIAL')[0].state).toBe('PENDIENTE');
    expect(of(run(movements, { today: '2025-04-02' }), 'INICIAL')[0].state).toBe('OMISA');
    const inTime = of(run(movements, { today: '2025-06-01', filings: [filing('f1', 'INICIAL', '2025-04-01')] }), 'INICIAL')[0];
    expect(inTime).toMatchObject({ state: 'PRESENTADA_EN_TIEMPO', metBy: 'f1', metOn: '2025-04-01' });
    const late = of(run(movements, { today: '2025-06-01', filings: [filing('f1', 'INICIAL', '2025-04-02')] }), 'INICIAL')[0];
    expect(late).toMatchObject({ state: 'PRESENTADA_EXTEMPORANEA', metBy: 'f1' });
  });

  it('an alta dated after today creates nothing yet', () => {
    expect(run([['ALTA', '2027-01-15']]).obligations).toEqual([]);
  });
});

describe('Séptima I: when no INICIAL is due', () => {
  it('a re-entry on day 60 after the conclusión owes no INICIAL and excuses the CONCLUSIÓN (I b, III b)', () => {
    const result = run([['ALTA', '2020-01-10'], ['BAJA', '2026-03-01'], ['REINGRESO', '2026-04-30']], { today: '2026-05-02', filings: [filing('i', 'INICIAL', '2020-02-01')] });
    expect(of(result, 'INICIAL').map((o) => o.periodKey)).toEqual(['2020-01-10']);
    expect(of(result, 'CONCLUSIÓN')).toEqual([]);
    expect(result.exemptions.map((e) => e.basis)).toContain('Séptima, fracción I, inciso b): reingreso a los 60 días de la conclusión; no se presenta inicial.');
  });

  it('a re-entry on day 61 owes the CONCLUSIÓN and a new INICIAL', () => {
    const result = run([['ALTA', '2020-01-10'], ['BAJA', '2026-03-01'], ['REINGRESO', '2026-05-01']], { today: '2026-05-02', filings: [filing('i', 'INICIAL', '2020-02-01')] });
    expect(of(result, 'INICIAL').map((o) => `${o.periodKey} ${o.state}`)).toEqual(['2020-01-10 PRESENTADA_EN_TIEMPO', '2026-05-01 PENDIENTE']);
    expect(of(result, 'CONCLUSIÓN')[0]).toMatchObject({ periodKey: '2026-03-01', dueDate: '2026-04-30', state: 'OMISA' });
    expect(of(result, 'INICIAL')[1].basis).toContain('61 días');
  });

  it('a change of puesto or nivel owes neither INICIAL nor CONCLUSIÓN (I a, III a)', () => {
    const result = run([['ALTA', '2026-01-05'], ['CAMBIO', '2026-06-01']], { today: '2026-08-01' });
    expect(summary(result)).toEqual(['INICIAL 2026-01-05 2026-03-06 OMISA']);
    expect(result.exemptions[0].basis).toContain('fracciones I y III, inciso a)');
  });

  it('a return from licencia owes no INICIAL and the licencia itself no CONCLUSIÓN (I d, III c)', () => {
    const result = run([['ALTA', '2026-01-05'], ['LICENCIA', '2026-03-01'], ['REINGRESO', '2026-09-01']], { today: '2026-10-01' });
    expect(summary(result)).toEqual(['INICIAL 2026-01-05 2026-03-06 OMISA']);
    expect(result.exemptions.map((e) => e.basis).join(' ')).toContain('inciso d)');
  });

  it('a licencia that ends in a definitive baja owes the CONCLUSIÓN from the baja date', () => {
    const result = run([['ALTA', '2025-01-05'], ['LICENCIA', '2025-03-01'], ['BAJA', '2025-10-15']], { today: '2025-11-01' });
    const [conclusion] = of(result, 'CONCLUSIÓN');
    expect(conclusion).toMatchObject({ periodKey: '2025-10-15', dueDate: '2025-12-14', state: 'PENDIENTE' });
    expect(conclusion.basis).toContain('baja definitiva');
  });

  it('an open licencia (no baja) owes no CONCLUSIÓN', () => {
    const result = run([['ALTA', '2025-01-05'], ['LICENCIA', '2025-03-01']], { today: '2025-11-01' });
    expect(of(result, 'CONCLUSIÓN')).toEqual([]);
    expect(result.exemptions.map((e) => e.basis).join(' ')).toContain('fracción III, inciso c)');
  });
});

describe('Cambio de ente in the same orden de gobierno (Cuarta, Séptima I c and III b)', () => {
  it('starting here 60 days after ending elsewhere owes an aviso, not an INICIAL', () => {
    const result = run([['ALTA', '2026-04-30']], { otherEntes: [{ kind: 'ALTA', date: '2019-01-01' }, { kind: 'BAJA', date: '2026-03-01' }], today: '2026-05-10' });
    expect(of(result, 'INICIAL')).toEqual([]);
    expect(of(result, 'AVISO_CAMBIO_ENTE').map((o) => `${o.periodKey} ${o.dueDate} ${o.state}`)).toEqual(['2026-04-30 2026-06-29 PENDIENTE']);
    expect(of(result, 'AVISO_CAMBIO_ENTE')[0].basis).toContain('inciso c)');
  });

  it('an aviso filed meets it; 61 days apart it is a normal INICIAL', () => {
    const met = run([['ALTA', '2026-04-30']], { otherEntes: [{ kind: 'BAJA', date: '2026-03-01' }], avisos: [{ id: 'a1', filedOn: '2026-05-05' }], today: '2026-05-10' });
    expect(met.obligations[0]).toMatchObject({ kind: 'AVISO_CAMBIO_ENTE', state: 'PRESENTADA_EN_TIEMPO', metBy: 'a1' });
    const far = run([['ALTA', '2026-05-01']], { otherEntes: [{ kind: 'BAJA', date: '2026-03-01' }], today: '2026-05-10' });
    expect(summary(far)).toEqual(['INICIAL 2026-05-01 2026-06-30 PENDIENTE']);
  });

  it('ending here and starting in another ente within 60 days owes no CONCLUSIÓN', () => {
    const result = run([['ALTA', '2026-01-05'], ['BAJA', '2026-08-31']], { otherEntes: [{ kind: 'ALTA', date: '2026-09-15' }], filings: [filing('i', 'INICIAL', '2026-02-01')], today: '2026-09-20' });
    expect(of(result, 'CONCLUSIÓN')).toEqual([]);
    expect(result.exemptions.map((e) => e.basis).join(' ')).toContain('otro ente del mismo orden');
  });

  it('the service before the move counts as a year worked: the aviso ente asks for the MODIFICACIÓN', () => {
    const result = run([['ALTA', '2026-02-01']], { otherEntes: [{ kind: 'ALTA', date: '2018-01-01' }, { kind: 'BAJA', date: '2026-01-15' }], today: '2026-06-02' });
    expect(summary(result)).toEqual(['AVISO_CAMBIO_ENTE 2026-02-01 2026-04-02 OMISA', 'MODIFICACIÓN 2025 2026-05-31 OMISA']);
  });
});

describe('MODIFICACIÓN: 1–31 May for whoever worked a day of the previous year (Cuarta, Sexta)', () => {
  it('is owed for every year worked, reporting that year, and met by anioReportado', () => {
    const result = run([['ALTA', '2022-07-01']], {
      today: '2026-05-15',
      filings: [filing('i', 'INICIAL', '2022-08-01'), filing('m22', 'MODIFICACIÓN', '2023-05-10', 2022), filing('m23', 'MODIFICACIÓN', '2024-06-03', 2023)],
    });
    expect(of(result, 'MODIFICACIÓN').map((o) => `${o.periodKey} ${o.windowStart} ${o.dueDate} ${o.state}`)).toEqual([
      '2022 2023-05-01 2023-05-31 PRESENTADA_EN_TIEMPO',
      '2023 2024-05-01 2024-05-31 PRESENTADA_EXTEMPORANEA',
      '2024 2025-05-01 2025-05-31 OMISA',
      '2025 2026-05-01 2026-05-31 PENDIENTE',
    ]);
  });

  it('a filing on 31 May is in time, on 1 June late', () => {
    const at = (filedOn: string) => of(run([['ALTA', '2024-07-01']], { today: '2025-07-01', filings: [filing('m', 'MODIFICACIÓN', filedOn, 2024)] }), 'MODIFICACIÓN')[0].state;
    expect(at('2025-05-31')).toBe('PRESENTADA_EN_TIEMPO');
    expect(at('2025-06-01')).toBe('PRESENTADA_EXTEMPORANEA');
  });

  it('an interest-only update and a filing for another year meet nothing (Octava)', () => {
    const result = run([['ALTA', '2024-07-01']], { today: '2025-07-01', filings: [filing('u', 'MODIFICACIÓN', '2025-05-10', 2024, true), filing('x', 'MODIFICACIÓN', '2025-05-11', 2023)] });
    expect(of(result, 'MODIFICACIÓN')[0]).toMatchObject({ periodKey: '2024', state: 'OMISA', metBy: null });
  });

  it('nobody who worked no day of the previous year owes it', () => {
    expect(of(run([['ALTA', '2025-01-02']], { today: '2025-12-31' }), 'MODIFICACIÓN')).toEqual([]);
  });

  it('a year spent entirely on licencia is not a year worked', () => {
    const result = run([['ALTA', '2023-01-02'], ['LICENCIA', '2023-12-01'], ['REINGRESO', '2025-02-01']], { today: '2025-07-01', filings: [filing('i', 'INICIAL', '2023-01-20')] });
    expect(of(result, 'MODIFICACIÓN').map((o) => o.periodKey)).toEqual(['2023']);
  });

  it('a filer whose last MODIFICACIÓN reports 2023 sees 2024 and 2025 missing', () => {
    const result = run([['ALTA', '2019-03-01']], { today: '2026-06-10', filings: [filing('i', 'INICIAL', '2019-03-20'), ...[2019, 2020, 2021, 2022, 2023].map((y) => filing(`m${y}`, 'MODIFICACIÓN', `${y + 1}-05-20`, y))] });
    expect(of(result, 'MODIFICACIÓN').filter((o) => o.state === 'OMISA').map((o) => o.periodKey)).toEqual(['2024', '2025']);
  });

  it('whoever left before May owes no MODIFICACIÓN that May (only the CONCLUSIÓN)', () => {
    const result = run([['ALTA', '2020-01-06'], ['BAJA', '2026-03-31']], { today: '2026-07-01', filings: [filing('i', 'INICIAL', '2020-01-20'), ...[2020, 2021, 2022, 2023, 2024].map((y) => filing(`m${y}`, 'MODIFICACIÓN', `${y + 1}-05-02`, y))] });
    expect(of(result, 'MODIFICACIÓN').map((o) => o.periodKey)).toEqual(['2020', '2021', '2022', '2023', '2024']);
    expect(of(result, 'CONCLUSIÓN').map((o) => `${o.periodKey} ${o.dueDate} ${o.state}`)).toEqual(['2026-03-31 2026-05-30 OMISA']);
  });
});

describe('Séptima II: when no MODIFICACIÓN is due', () => {
  // Worked in 2025 here, left, and came back more than 60 days later in 2026: an INICIAL is due.
  const history: [Movement['kind'], string][] = [['ALTA', '2025-01-06'], ['BAJA', '2025-10-31'], ['REINGRESO', '2026-02-10']];
  const base = [filing('i1', 'INICIAL', '2025-01-20'), filing('c1', 'CONCLUSIÓN', '2025-11-10')];

  it('a) an INICIAL filed in March for a February alta excuses that May', () => {
    const result = run(history, { today: '2026-06-15', filings: [...base, filing('i2', 'INICIAL', '2026-03-10')] });
    expect(of(result, 'MODIFICACIÓN')).toEqual([]);
    expect(result.exemptions.map((e) => e.basis).join(' ')).toContain('fracción II, inciso a)');
  });

  it('a) an INICIAL filed in June (in time for an April alta) does not: the Normas ask for it within January–May', () => {
    const april: [Movement['kind'], string][] = [['ALTA', '2025-01-06'], ['BAJA', '2025-10-31'], ['REINGRESO', '2026-04-20']];
    const result = run(april, { today: '2026-06-15', filings: [...base, filing('i2', 'INICIAL', '2026-06-05')] });
    expect(summary(result)).toContain('INICIAL 2026-04-20 2026-06-19 PRESENTADA_EN_TIEMPO');
    expect(summary(result)).toContain('MODIFICACIÓN 2025 2026-05-31 OMISA');
  });

  it('b) a baja on 15 May with the CONCLUSIÓN filed on 20 May excuses the MODIFICACIÓN', () => {
    const result = run([['ALTA', '2020-01-06'], ['BAJA', '2026-05-15']], { today: '2026-07-20', filings: [filing('i', 'INICIAL', '2020-01-20'), ...[2020, 2021, 2022, 2023, 2024].map((y) => filing(`m${y}`, 'MODIFICACIÓN', `${y + 1}-05-02`, y)), filing('c', 'CONCLUSIÓN', '2026-05-20')] });
    expect(of(result, 'MODIFICACIÓN').map((o) => o.periodKey)).not.toContain('2025');
    expect(result.exemptions.map((e) => e.basis).join(' ')).toContain('fracción II, inciso b)');
  });

  it('b) the same baja with the CONCLUSIÓN filed on 2 June still owes the MODIFICACIÓN', () => {
    const result = run([['ALTA', '2020-01-06'], ['BAJA', '2026-05-15']], { today: '2026-07-20', filings: [filing('i', 'INICIAL', '2020-01-20'), filing('c', 'CONCLUSIÓN', '2026-06-02')] });
    expect(summary(result)).toContain('MODIFICACIÓN 2025 2026-05-31 OMISA');
    expect(summary(result)).toContain('CONCLUSIÓN 2026-05-15 2026-07-14 PRESENTADA_EN_TIEMPO');
  });
});

describe('roster corrections and bad data', () => {
  it('a baja moved backwards recomputes the CONCLUSIÓN and the filing already made keeps meeting it', () => {
    const filings = [filing('i', 'INICIAL', '2024-01-20'), filing('c', 'CONCLUSIÓN', '2025-07-05')];
    const before = of(run([['ALTA', '2024-01-08'], ['BAJA', '2025-06-30']], { today: '2025-08-01', filings }), 'CONCLUSIÓN');
    const after = of(run([['ALTA', '2024-01-08'], ['BAJA', '2025-07-20']], { today: '2025-08-01', filings }), 'CONCLUSIÓN');
    expect(before[0]).toMatchObject({ periodKey: '2025-06-30', metBy: 'c', state: 'PRESENTADA_EN_TIEMPO' });
    expect(after[0]).toMatchObject({ periodKey: '2025-07-20', dueDate: '2025-09-18', metBy: 'c', state: 'PRESENTADA_EN_TIEMPO' });
  });

  it('an alta moved later than the INICIAL already filed keeps it met', () => {
    const result = run([['ALTA', '2025-03-15']], { today: '2025-04-01', filings: [filing('i', 'INICIAL', '2025-03-10')] });
    expect(of(result, 'INICIAL')[0]).toMatchObject({ metBy: 'i', state: 'PRESENTADA_EN_TIEMPO' });
  });

  it('a second version of the same INICIAL cannot meet the next period', () => {
    const result = run([['ALTA', '2020-01-06'], ['BAJA', '2024-01-31'], ['REINGRESO', '2025-03-01']], { today: '2025-06-01', filings: [filing('i1', 'INICIAL', '2020-01-20'), filing('i2', 'INICIAL', '2020-02-01')] });
    expect(of(result, 'INICIAL').map((o) => `${o.periodKey} ${o.metBy} ${o.state}`)).toEqual(['2020-01-06 i1 PRESENTADA_EN_TIEMPO', '2025-03-01 null OMISA']);
  });

  it.each([
    [[['BAJA', '2025-01-01']], 'no estaba en funciones'],
    [[['ALTA', '2025-01-01'], ['ALTA', '2025-02-01']], 'ya estaba en funciones'],
    [[['ALTA', '2025-02-30']], 'fecha inválida'],
    [[['ALTA', '2025-01-01'], ['BAJA', '2025-02-01'], ['BAJA', '2025-03-01']], 'no estaba en funciones'],
    [[['ALTA', '2025-01-01'], ['BAJA', '2025-02-01'], ['LICENCIA', '2025-03-01']], 'solo puede salir de licencia'],
    [[], 'no tiene movimientos'],
  ] as [[Movement['kind'], string][], string][])('contradictory data gives a reason and no obligations (%j)', (movements, reason) => {
    const result = run(movements);
    expect(result.obligations).toEqual([]);
    expect(result.problems.join(' ')).toContain(reason);
  });
});

describe('constancia fiscal (LGRA art. 32), when the institution requires it', () => {
  it('is one more obligation per year, due with the MODIFICACIÓN, met by the fiscal year uploaded', () => {
    const result = run([['ALTA', '2023-07-01']], { today: '2025-06-05', requiresTaxConstancia: true, constancias: [{ id: 'k', fiscalYear: 2024, uploadedOn: '2025-04-30' }] });
    expect(of(result, 'CONSTANCIA_FISCAL').map((o) => `${o.periodKey} ${o.dueDate} ${o.state} ${o.metBy}`)).toEqual(['2023 2024-05-31 OMISA null', '2024 2025-05-31 PRESENTADA_EN_TIEMPO k']);
  });

  it('is not asked when the institution does not require it', () => {
    expect(of(run([['ALTA', '2023-07-01']], { today: '2025-06-05' }), 'CONSTANCIA_FISCAL')).toEqual([]);
  });
});
