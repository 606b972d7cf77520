export * from './roles';
export * from './api';
export * from './errors';
export * from './declarations';
