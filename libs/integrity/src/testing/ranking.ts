import type { DeclarationTipo, IntegrityThresholds, RiskRuleCode, RiskSeverity } from '@veraz/contracts';
import { DEFAULT_THRESHOLDS } from '../engine/default-thresholds';
import { NO_RATES } from '../engine/money';
import { reportDate } from '../engine/report-date';
import { scoreFiling } from '../engine/score';
import type { FilingFacts, RateTable, ScoringInput } from '../engine/types';

/**
 * The engine over a generated institution, all in memory (no database): every filing scored with the
 * same person's previous filing, people ranked by risk, and where the generator's planted people
 * (`person.suspicious`) land. Used by ranking.spec.ts and by `npm run bench` (bench/integrity-ranking.js).
 *
 * Choices, so that the figures can be read:
 * - previous: the same person's previous generated filing (the generator has no corrections, so each
 *   filing is its declaration's only version); isLatestOfPerson: the person's last filing.
 * - fecha: fechaTomaPosesion (INICIAL), 31 December of anioReportado (MODIFICACIÓN), fechaConclusion (CONCLUSIÓN).
 * - obligations: empty. The generator has no roster, so there are no console obligations to read, and
 *   every generated filing is filed inside its legal window anyway: rule 8 is not exercised here.
 * - thresholds DEFAULT_THRESHOLDS; rates as given: the test and the bench pass generatorRates() (the
 *   generator's own fixed USD figure); with none, every amount in another currency yields
 *   TIPO_DE_CAMBIO_FALTANTE and is left out, as on a server whose operator has loaded no rate.
 * - a person's risk is their highest filing score, then the sum of their filing scores. Ties are counted
 *   against the planted people: a person's rank is the number of people whose risk is at least theirs,
 *   so a block of equal scores never lets a planted person in by the order of generation.
 */

/** The fields of a @veraz/generator GeneratedFiling the ranking reads (structural: no dependency). */
export interface GeneratedFilingLike {
  person: { curp: string; suspicious: boolean };
  tipo: DeclarationTipo;
  declaracionCompleta: boolean;
  fechaTomaPosesion: string | null;
  anioReportado: number | null;
  fechaConclusion: string | null;
  filedAt: string;
  declaracion: Record<string, unknown>;
}

export interface RankingOptions {
  thresholds?: IntegrityThresholds;
  rates?: RateTable;
  /** What `rates` is, for the report (default: no rates loaded). */
  ratesNote?: string;
}

/**
 * The generator's own exchange rates: it writes foreign amounts by dividing pesos by one fixed figure
 * (GENERATOR_USD_MXN) in every year. Synthetic, like the rest of its world — never a real rate; a server
 * converts with the rates its operator loads from Banco de México.
 */
export function generatorRates(usdMxn: number): RankingOptions {
  return { rates: { mxnPerUnit: (currency) => (currency === 'USD' ? usdMxn : null) }, ratesNote: `tipo de cambio del propio generador (${usdMxn} pesos por dólar en todos los años; sintético)` };
}

/** The date a generated filing reports on; the generator always writes it. */
function fechaOf(f: GeneratedFilingLike): string {
  const fecha = reportDate(f.tipo, f);
  if (fecha === null) throw new Error(`declaración ${f.tipo} generada sin su fecha`);
  return fecha;
}

/** The generator yields each person's filings together and in order: one group per person. */
function* byPerson(filings: Iterable<GeneratedFilingLike>): Generator<GeneratedFilingLike[]> {
  let group: GeneratedFilingLike[] = [];
  for (const f of filings) {
    if (group.length && group[0]!.person.curp !== f.person.curp) {
      yield group;
      group = [];
    }
    group.push(f);
  }
  if (group.length) yield group;
}

/** One person's filings as the engine's inputs, oldest first. */
export function personInputs(person: number, group: GeneratedFilingLike[], options: RankingOptions = {}): ScoringInput[] {
  const facts: FilingFacts[] = group.map((f, n) => ({
    id: `gen-${person}-${n}`,
    folio: `GEN-${person}-${n + 1}`,
    tipo: f.tipo,
    declaracionCompleta: f.declaracionCompleta,
    fecha: fechaOf(f),
    filedAt: f.filedAt,
    declaracion: f.declaracion,
  }));
  return facts.map((filing, n) => ({
    filing,
    previous: n > 0 ? facts[n - 1]! : null,
    obligations: [],
    isLatestOfPerson: n === facts.length - 1,
    thresholds: options.thresholds ?? DEFAULT_THRESHOLDS,
    rates: options.rates ?? NO_RATES,
  }));
}

export interface FilingSummary {
  folio: string;
  tipo: DeclarationTipo;
  score: number;
  codes: RiskRuleCode[];
}

export interface PersonRisk {
  /** Position in the generator's output (0-based). */
  person: number;
  planted: boolean;
  filings: FilingSummary[];
  maxScore: number;
  totalScore: number;
  /** 1 = riskiest; ties counted against the person (see above). */
  rank: number;
}

export interface RuleShare {
  code: RiskRuleCode;
  severities: RiskSeverity[];
  /** Filings with at least one flag of this code. */
  filings: number;
  /** Among them, complete-format filings (the only ones that declare the patrimonio). */
  completeFilings: number;
  /** An example explanation, for the report. */
  example: string;
}

export interface RankingResult {
  people: number;
  filings: number;
  completeFilings: number;
  /** Ranks 1..topCut are the top 5 %. */
  topCut: number;
  /** The lowest risk still inside the top 5 % (max filing score). */
  cutScore: number;
  /** People with at least one filing scoring above 0. */
  scoredPeople: number;
  /** Every planted person, with their filings' scores and flags. */
  planted: PersonRisk[];
  /** Rules in the order of their share of filings, largest first. */
  rules: RuleShare[];
  /** Seconds spent in scoreFiling (without generating). */
  scoringSeconds: number;
  ratesNote: string;
}

export const TOP_SHARE = 0.05;

/** Scores every filing and ranks people by risk (see the choices above). */
export function rankGenerated(filings: Iterable<GeneratedFilingLike>, options: RankingOptions = {}): RankingResult {
  const people: PersonRisk[] = [];
  const rules = new Map<RiskRuleCode, RuleShare>();
  let total = 0;
  let complete = 0;
  let scoring = 0;
  for (const group of byPerson(filings)) {
    const index = people.length;
    const planted = group[0]!.person.suspicious;
    const summaries: FilingSummary[] = [];
    for (const input of personInputs(index, group, options)) {
      const t0 = performance.now();
      const { score, flags } = scoreFiling(input);
      scoring += performance.now() - t0;
      total++;
      if (input.filing.declaracionCompleta) complete++;
      const codes = [...new Set(flags.map((f) => f.code))];
      for (const code of codes) {
        const flag = flags.find((f) => f.code === code)!;
        const share = rules.get(code) ?? { code, severities: [], filings: 0, completeFilings: 0, example: flag.explanation };
        for (const f of flags) if (f.code === code && !share.severities.includes(f.severity)) share.severities.push(f.severity);
        share.filings++;
        if (input.filing.declaracionCompleta) share.completeFilings++;
        rules.set(code, share);
      }
      summaries.push({ folio: input.filing.folio, tipo: input.filing.tipo, score, codes });
    }
    const scores = summaries.map((s) => s.score);
    people.push({ person: index, planted, filings: planted ? summaries : [], maxScore: Math.max(...scores), totalScore: scores.reduce((a, b) => a + b, 0), rank: 0 });
  }
  assignRanks(people);
  const topCut = Math.ceil(people.length * TOP_SHARE);
  const byRank = [...people].sort((a, b) => a.rank - b.rank);
  return {
    people: people.length,
    filings: total,
    completeFilings: complete,
    topCut,
    cutScore: byRank[topCut - 1]?.maxScore ?? 0,
    scoredPeople: people.filter((p) => p.maxScore > 0).length,
    planted: people.filter((p) => p.planted),
    rules: [...rules.values()].sort((a, b) => b.filings - a.filings || a.code.localeCompare(b.code)),
    scoringSeconds: scoring / 1000,
    ratesNote: options.ratesNote ?? (options.rates ? 'tipos de cambio dados' : 'sin tipos de cambio (NO_RATES): los montos en otra moneda dan TIPO_DE_CAMBIO_FALTANTE y quedan fuera de las sumas'),
  };
}

/** Rank = how many people have a risk at least as high (max score, then total score). */
function assignRanks(people: PersonRisk[]): void {
  const sorted = [...people].sort((a, b) => b.maxScore - a.maxScore || b.totalScore - a.totalScore);
  let end = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (i >= end) {
      end = i + 1;
      while (end < sorted.length && sorted[end]!.maxScore === sorted[i]!.maxScore && sorted[end]!.totalScore === sorted[i]!.totalScore) end++;
    }
    sorted[i]!.rank = end;
  }
}

/** Planted people with a filing after their INICIAL: the planted growth happens between filings. */
export function detectable(result: RankingResult): PersonRisk[] {
  return result.planted.filter((p) => p.filings.length > 1);
}
