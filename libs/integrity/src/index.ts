export * from './engine/types';
export * from './engine/money';
export * from './engine/score';
export * from './engine/default-thresholds';
export * from './review/integrity-review.module';
export * from './review/integrity-review.service';
export * from './review/person-evolution.service';
