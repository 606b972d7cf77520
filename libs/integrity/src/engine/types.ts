import type { DeclarationTipo, IntegrityThresholds, ObligationKind, ObligationState, RiskFlag, RiskRuleCode, SelfCheckHint } from '@veraz/contracts';

/**
 * The scoring engine's input: pure data, no database. The persistence side reads it (the filing, the
 * same person's previous filing, the obligations) and the engine returns flags with their explanations.
 */

/** One filing as the rules read it. */
export interface FilingFacts {
  id: string;
  folio: string;
  tipo: DeclarationTipo;
  declaracionCompleta: boolean;
  /** The date the filing reports on (YYYY-MM-DD): toma de posesión (INICIAL), 31 December of the
   * reported year (MODIFICACIÓN) or the conclusión (CONCLUSIÓN). */
  fecha: string;
  /** UTC ISO instant it was filed (or now, for a draft in the self-check). */
  filedAt: string;
  /** The S1 `declaracion` object: `{ situacionPatrimonial: {...}, interes?: {...} }`. */
  declaracion: Record<string, unknown>;
}

/** The obligation facts rule 8 reads (from the console's obligations). */
export interface ObligationFacts {
  kind: ObligationKind;
  /** YYYY-MM-DD trigger date, or YYYY for MODIFICACIÓN. */
  periodKey: string;
  dueDate: string;
  state: ObligationState;
  /** The filing that met it, if any. */
  metByFilingId: string | null;
  metOn: string | null;
}

/** Pesos per unit for a currency in a year; null when the operator has not loaded it. */
export interface RateTable {
  mxnPerUnit(currency: string, year: number): number | null;
}

export interface ScoringInput {
  filing: FilingFacts;
  /** The same person's previous filing (another declaration's latest version, filed before), or null. */
  previous: FilingFacts | null;
  /** The person's obligations in this institution; empty in the self-check. */
  obligations: ObligationFacts[];
  /** True when no later filing of the person exists (an omission after it shows on this one). */
  isLatestOfPerson: boolean;
  thresholds: IntegrityThresholds;
  rates: RateTable;
}

/** A rule: a pure function of the input. Its flags carry the explanation and the figures behind it. */
export interface Rule {
  /** The codes this rule can emit (a rule may emit several, e.g. the four of group 3). */
  codes: readonly RiskRuleCode[];
  evaluate(input: ScoringInput): RuleResult[];
}

/** A flag plus, for groups 3 and 7, the same finding worded as help for the filer. */
export interface RuleResult extends RiskFlag {
  help?: Omit<SelfCheckHint, 'code'>;
}

export interface Scored {
  score: number;
  flags: RiskFlag[];
}

export type { SelfCheckHint };
