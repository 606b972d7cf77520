export { deriveObligations } from './engine';
export * from './types';
export { addDays, daysBetween, isValidDate } from './dates';
