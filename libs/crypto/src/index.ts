export * from './tokens';
export * from './sealing';
export * from './canonical-json';
