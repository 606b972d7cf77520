export * from './engine';
export { ObligationsService, type RecomputeSummary } from './persistence/obligations.service';
export type { StoredObligation } from './persistence/obligations.repository';
export { OBLIGATIONS_RECOMPUTE_JOB, type ObligationsRecomputePayload } from './recompute.job';
export * from './obligations.module';
