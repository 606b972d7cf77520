import type { Rule } from '../engine/types';
import { dataQualityRule } from './data-quality';
import { filingTimelinessRule } from './filing-timeliness';
import { incomeRule } from './income';
import { interestsRule } from './interests';
import { lifestyleRule } from './lifestyle';
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
  // Group 4: lifestyle signals.
  lifestyleRule,
  // Group 5: income signals.
  incomeRule,
  // Group 6: interests in the institution's sector.
  interestsRule,
  // Group 7: data quality (with help for the filer's self-check).
  dataQualityRule,
  // Group 8: late or omitted filings.
  filingTimelinessRule,
];
