// Issue 17, the generator-planted test at the scale: 20 000 generated officials over 3 years,
// every filing scored in memory by the engine (libs/integrity/src/testing/ranking.ts says how the input is
// built: previous filing, fecha per tipo, no obligations, default thresholds, the generator's own USD rate), people ranked by
// their riskiest filing. Reports whether the planted people (person.suspicious) rank in the top 5 %, the
// share of filings each rule flags, and the rules that flag more than 30 % of them (too noisy).
// `--officials N`, `--years N`, `--seed N` for other sizes. Needs `npm run build`; no database.
'use strict';
const { GENERATOR_USD_MXN, generateFilings } = require('@veraz/generator');
const { generatorRates, rankGenerated, reportLines, verdict } = require('@veraz/integrity/dist/testing');
const { record, machine } = require('./support/kit');

const arg = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const OFFICIALS = arg('officials', 20_000);
const YEARS = arg('years', 3);
const SEED = arg('seed', 2026);
const LAST_YEAR = 2025;

function main() {
  const t0 = performance.now();
  const filings = generateFilings({ seed: SEED, officials: OFFICIALS, years: YEARS, firstYear: LAST_YEAR - YEARS + 1, asOf: '2026-11-01', institutionName: 'Secretaría de Salud' });
  const result = rankGenerated(filings, generatorRates(GENERATOR_USD_MXN));
  const seconds = (performance.now() - t0) / 1000;
  const size = `${OFFICIALS.toLocaleString('en').replace(/,/g, ' ')} servidores × ${YEARS} años`;
  const v = verdict(result);
  const lines = [
    ...reportLines(result, `Ranking de riesgo sobre una institución generada (${size}, semilla ${SEED}, años ${LAST_YEAR - YEARS + 1}–${LAST_YEAR}), ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`),
    `  ${machine()}; generar y calificar: ${seconds.toFixed(1)} s`,
    `  sembradas en el top 5 %: ${v.plantedInTop ? 'sí' : 'NO'} (${v.inTop} de ${v.detectable}); reglas demasiado ruidosas: ${v.noisy.length ? v.noisy.join(', ') : 'ninguna'}`,
  ];
  console.log(lines.join('\n'));
  record(`Señales de riesgo: sembradas y ruido por regla (${size})`, lines);
}

main();
