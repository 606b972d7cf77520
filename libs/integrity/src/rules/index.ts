import type { Rule } from '../engine/types';
import { missingRatesRule } from './missing-rates';
import { proportionsRule } from './proportions';
import { reconciliationRule } from './reconciliation';
import { wealthGrowthRule } from './wealth-growth';

/** Every rule of issue 17, in the order of its groups (1–8). */
export const RULES: readonly Rule[] = [
  // Groups 1–3: wealth, proportions, reconciliation (and the notice of a missing rate they need).
  wealthGrowthRule,
  missingRatesRule,
  proportionsRule,
  reconciliationRule,
];
