export * from './engine/types';
export * from './engine/money';
export * from './engine/score';
export * from './engine/default-thresholds';
export * from './fx-rates';
