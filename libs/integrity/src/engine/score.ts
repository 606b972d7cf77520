import { RISK_RULES, RISK_SEVERITY_POINTS, SELF_CHECK_GROUPS, type RiskFlag } from '@veraz/contracts';
import { RULES } from '../rules';
import type { Scored, ScoringInput, SelfCheckHint } from './types';

/** Every rule over one filing: its flags and the score that orders the reviewer's queue. */
export function scoreFiling(input: ScoringInput): Scored {
  const flags: RiskFlag[] = [];
  for (const rule of RULES) {
    for (const { help: _help, ...flag } of rule.evaluate(input)) flags.push(flag);
  }
  const score = flags.reduce((sum, flag) => sum + RISK_SEVERITY_POINTS[flag.severity], 0);
  return { score, flags };
}

/** The filer's self-check: only groups 3 and 7, worded as help, never blocking. */
export function selfCheck(input: ScoringInput): SelfCheckHint[] {
  const hints: SelfCheckHint[] = [];
  for (const rule of RULES) {
    if (!rule.codes.some((code) => SELF_CHECK_GROUPS.includes(RISK_RULES[code].group))) continue;
    for (const result of rule.evaluate(input)) {
      if (result.help && SELF_CHECK_GROUPS.includes(RISK_RULES[result.code].group)) hints.push({ code: result.code, ...result.help });
    }
  }
  return hints;
}
