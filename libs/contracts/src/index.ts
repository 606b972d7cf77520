export * from './roles';
export * from './api';
export * from './errors';
export * from './declarations';
export * from './declaration-text';
export * from './audit-actions';
export * from './text-input';
export * from './text-limits';
