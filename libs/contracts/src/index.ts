export * from './roles';
export * from './api';
export * from './errors';
