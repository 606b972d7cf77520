/**
 * @veraz/generator: deterministic synthetic S1 v2 declarations (INICIAL, MODIFICACIÓN, CONCLUSIÓN) for
 * load tests and benchmarks. Pure: no database, no Nest; the same seed always yields the same filings.
 */
export { generateFilings } from './history';
/** The one MXN-per-USD figure the synthetic world uses in every year (not a real rate). */
export { USD_MXN as GENERATOR_USD_MXN } from './holdings';
export { createRandom, Random } from './random';
export type { GeneratedPerson, GeneratedFiling, GenerateOptions } from './types';
