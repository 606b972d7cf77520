export * from './engine/types';
export * from './engine/money';
export * from './engine/score';
export * from './engine/default-thresholds';
export { wealthOf, wealthPoint, type WealthSummary, type SectionTotal, type IncomeFacts } from './engine/wealth';
export { interestCompanies, type InterestCompany } from './rules/interests';
