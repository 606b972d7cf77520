export * from './s1-secrets';
export * from './s1-credentials.service';
export * from './s1-credentials.module';
export type { S1ClientRow } from './s1-clients.repository';
// The token service lives next door and is provided by S1CredentialsModule.
export * from '../tokens';
