import { RISK_RULES, type RiskRuleCode, type RiskSource } from '@veraz/contracts';
import { INCOME_TOTALS } from '@veraz/standards';
import { filingLabel, sourceOf } from '../engine/explain';
import { WEALTH_SECTIONS } from '../engine/items';
import type { Rule, RuleResult, ScoringInput } from '../engine/types';
import { wealthOf } from '../engine/wealth';
import { proportionNeeds } from './proportions';
import { growthMissing } from './wealth-growth';

/**
 * One TIPO_DE_CAMBIO_FALTANTE per filing for the wealth rules (groups 1 and 2): which rates are missing
 * and which rules could therefore not be evaluated. INFORMATIVA: it adds nothing to the score.
 */
export const missingRatesRule: Rule = {
  codes: ['TIPO_DE_CAMBIO_FALTANTE'],
  evaluate(input: ScoringInput): RuleResult[] {
    const blocked: RiskRuleCode[] = [];
    const missing = new Set<string>();
    // When only the household's figures lack a rate, the pareja's or dependientes' items are the sources too.
    const growth = growthMissing(input);
    if (growth.missing.length > 0) {
      blocked.push('CRECIMIENTO_NO_EXPLICADO');
      for (const m of growth.missing) missing.add(m);
    }
    for (const need of proportionNeeds(input)) {
      if (need.missing.length === 0) continue;
      blocked.push(need.code);
      for (const m of need.missing) missing.add(m);
    }
    if (blocked.length === 0) return [];
    const rates = [...missing].sort();
    const titles = blocked.map((code) => `«${RISK_RULES[code].title}»`).join(', ');
    return [
      {
        code: 'TIPO_DE_CAMBIO_FALTANTE',
        severity: 'INFORMATIVA',
        explanation:
          `${rates.length > 1 ? 'Faltan los tipos de cambio' : 'Falta el tipo de cambio'} ${rates.join(', ')} para convertir a pesos importes de esta declaración ` +
          `(${filingLabel(input.filing)})${input.previous ? ' o de la anterior' : ''}. No se pudo evaluar: ${titles}. ` +
          'Veraz no estima tipos de cambio: cuando el operador cargue el FIX de Banco de México de ese año, ' +
          'la siguiente recalificación evaluará estas reglas.',
        figures: rates.map((rate) => ({ label: 'Tipo de cambio faltante', value: rate })),
        sources: missingSources(input, growth.householdOnly),
      },
    ];
  },
};

/** The items (and income) whose amount could not be converted, in this filing and the previous one. */
function missingSources(input: ScoringInput, household: boolean): RiskSource[] {
  const sources: RiskSource[] = [];
  for (const filing of input.previous ? [input.previous, input.filing] : [input.filing]) {
    const summary = wealthOf(filing, input.rates);
    for (const section of WEALTH_SECTIONS) {
      const seen = new Set<number>();
      for (const item of [...summary.sections[section].missingItems, ...(household ? summary.household.sections[section].missingItems : [])]) {
        if (seen.has(item.index)) continue;
        seen.add(item.index);
        sources.push(sourceOf(filing, section, item.index, item.field));
      }
    }
    if (filing !== input.filing) continue;
    if (summary.incomeMissing.length > 0) sources.push(sourceOf(filing, 'ingresos', null, INCOME_TOTALS[filing.tipo].filer));
    if (household && summary.household.incomeMissing.length > 0) sources.push(sourceOf(filing, 'ingresos', null, INCOME_TOTALS[filing.tipo].total));
  }
  return sources;
}
