import { RISK_RULE_CODES, RISK_RULES } from '@veraz/contracts';
import { RULES } from '../rules';
import { detectable, TOP_SHARE, type PersonRisk, type RankingResult } from './ranking';

/** A rule that flags more than this share of all filings is called out as too noisy (issue 17). */
export const NOISY_SHARE = 0.3;

const pct = (n: number, of: number) => (of ? `${((n / of) * 100).toFixed(1)} %` : '—');

export interface RankingVerdict {
  detectable: number;
  inTop: number;
  /** Every detectable planted person is in the top 5 % (and there is at least one). */
  plantedInTop: boolean;
  noisy: string[];
}

export function verdict(result: RankingResult): RankingVerdict {
  const planted = detectable(result);
  const inTop = planted.filter((p) => p.rank <= result.topCut).length;
  return {
    detectable: planted.length,
    inTop,
    plantedInTop: planted.length > 0 && inTop === planted.length,
    noisy: result.rules.filter((r) => r.filings > result.filings * NOISY_SHARE).map((r) => r.code),
  };
}

/** "GEN-7-2 MODIFICACIÓN 15 [ACTIVOS_VS_INGRESO]; …": why a planted person ranks where they do. */
export function describePerson(p: PersonRisk): string {
  const filings = p.filings.map((f) => `${f.folio} ${f.tipo} ${f.score} [${f.codes.join(', ')}]`).join('; ');
  return `persona #${p.person}, lugar ${p.rank}, máximo ${p.maxScore} puntos (suma ${p.totalScore}): ${filings}`;
}

/** The planted people outside the top, by the reason their filings show. */
export function missReasons(misses: PersonRisk[]): string {
  const foreign = misses.filter((p) => p.filings.some((f) => f.codes.includes('TIPO_DE_CAMBIO_FALTANTE')));
  const rest = misses.filter((p) => !foreign.includes(p));
  const none = rest.filter((p) => p.maxScore === 0).length;
  return [
    `${foreign.length} con montos en otra moneda sin tipo de cambio (las reglas que los suman no se evalúan)`,
    `${none} sin ninguna señal con puntos`,
    `${rest.length - none} con señales, pero con un riesgo que empata o queda bajo el corte`,
  ].join('; ');
}

/** The report, in Spanish, for BENCHMARKS.md and the test's failure message. */
export function reportLines(result: RankingResult, heading: string): string[] {
  const v = verdict(result);
  const planted = detectable(result);
  const ranks = planted.map((p) => p.rank).sort((a, b) => a - b);
  const median = ranks.length ? ranks[Math.floor((ranks.length - 1) / 2)] : null;
  const misses = planted.filter((p) => p.rank > result.topCut).sort((a, b) => b.rank - a.rank);
  const registered = new Set(RULES.flatMap((r) => r.codes));
  const unregistered = RISK_RULE_CODES.filter((c) => !registered.has(c));
  const silent = RISK_RULE_CODES.filter((c) => registered.has(c) && !result.rules.some((r) => r.code === c));
  const lines = [
    heading,
    `  ${result.people.toLocaleString('en')} personas, ${result.filings.toLocaleString('en')} declaraciones (${result.completeFilings.toLocaleString('en')} en formato completo, las únicas que declaran el patrimonio)`,
    `  motor: ${RULES.length} reglas registradas (${registered.size} de ${RISK_RULE_CODES.length} códigos)${unregistered.length ? `; códigos sin regla todavía: ${unregistered.join(', ')}` : ''}`,
    `  umbrales por omisión; ${result.ratesNote}; obligaciones vacías: la regla 8 no se ejerce`,
    `  riesgo de una persona: su declaración de mayor puntaje, luego la suma; empates contados en contra de las sembradas (lugar = personas con riesgo ≥ el suyo)`,
    `  scoreFiling: ${result.scoringSeconds.toFixed(1)} s, ${Math.round(result.filings / Math.max(result.scoringSeconds, 1e-9)).toLocaleString('en')} declaraciones/s en un núcleo (sin generar)`,
    `  personas sembradas (person.suspicious): ${result.planted.length}; con una declaración posterior a la inicial (el crecimiento se siembra entre declaraciones): ${planted.length}`,
    `  personas con puntos (alguna declaración > 0): ${result.scoredPeople.toLocaleString('en')} (${pct(result.scoredPeople, result.people)})`,
    `  top ${TOP_SHARE * 100} %: lugares 1–${result.topCut} (${result.cutScore > 0 ? `riesgo ≥ ${result.cutScore} puntos` : 'menos personas que eso tienen puntos: las de 0 puntos quedan todas en el último lugar'}); sembradas dentro: ${v.inTop} de ${planted.length} (${pct(v.inTop, planted.length)}) — ${v.plantedInTop ? 'sí, todas' : 'NO'}`,
    `  lugar de las sembradas: mediana ${median ?? '—'}, peor ${ranks.at(-1) ?? '—'} de ${result.people}`,
    ...(misses.length ? [`    por qué (${misses.length} fuera): ${missReasons(misses)}`] : []),
    ...misses.slice(0, 8).map((p) => `    fuera del top: ${describePerson(p)}`),
    ...(misses.length > 8 ? [`    … y ${misses.length - 8} sembradas más fuera del top`] : []),
    `  declaraciones señaladas por regla (de todas; entre paréntesis, de las completas):`,
    ...result.rules.map((r) => {
      const noisy = r.filings > result.filings * NOISY_SHARE ? `  DEMASIADO RUIDOSA (> ${NOISY_SHARE * 100} %)` : '';
      return `    ${r.code.padEnd(28)} g${RISK_RULES[r.code].group} ${r.severities.join('/').padEnd(12)} ${String(r.filings).padStart(7)}  ${pct(r.filings, result.filings).padStart(7)}  (${pct(r.completeFilings, result.completeFilings)})${noisy}`;
    }),
    ...(silent.length ? [`    sin señalar ninguna: ${silent.join(', ')}`] : []),
    `  reglas que señalan más del ${NOISY_SHARE * 100} % de las declaraciones: ${v.noisy.length ? v.noisy.join(', ') : 'ninguna'}`,
    ...result.rules.filter((r) => v.noisy.includes(r.code)).map((r) => `    ejemplo de ${r.code}: ${r.example.slice(0, 300)}`),
  ];
  return lines;
}
