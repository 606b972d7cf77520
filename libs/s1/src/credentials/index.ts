export * from './s1-secrets';
export * from './s1-credentials.service';
export type { S1ClientRow } from './s1-clients.repository';
