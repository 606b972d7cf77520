import { GENERATOR_USD_MXN, generateFilings } from '@veraz/generator';
import { detectable, generatorRates, rankGenerated } from './ranking';
import { reportLines, verdict } from './ranking-report';

/**
 * Issue 17: the generator plants suspicious people (about 2 %, their investments multiply and they buy
 * cash while their salary stays modest); the engine must rank them in the top 5 % by risk. The bench
 * (bench/integrity-ranking.js) runs the same on 20 000 officials × 3 years; this is 3 000 × 3.
 */
describe('planted people in a generated institution', () => {
  const result = rankGenerated(generateFilings({ seed: 2026, officials: 3_000, years: 3, firstYear: 2023, asOf: '2026-11-01', institutionName: 'Secretaría de Salud' }), generatorRates(GENERATOR_USD_MXN));

  it('the generator planted people whose growth spans two filings', () => {
    expect(result.people).toBe(3_000);
    expect(detectable(result).length).toBeGreaterThan(result.people * 0.01);
  });

  it('ranks every planted person in the top 5 % by risk', () => {
    const v = verdict(result);
    const report = reportLines(result, 'Ranking de 3 000 servidores × 3 años (semilla 2026)').join('\n');
    // On failure the report says which planted people missed, with each filing's score and flags.
    expect(v.plantedInTop ? 'todas las sembradas en el top 5 %' : report).toBe('todas las sembradas en el top 5 %');
  });

  it('no rule flags more than 30 % of the filings (too noisy to guide a reviewer)', () => {
    const shares = Object.fromEntries(result.rules.map((r) => [r.code, `${((r.filings / result.filings) * 100).toFixed(1)} %`]));
    expect({ noisy: verdict(result).noisy, shares }).toEqual({ noisy: [], shares });
  });
});
