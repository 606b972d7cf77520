export * from './s1-token-request';
export * from './s1-token.service';
