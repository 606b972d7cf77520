import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { AuditModule } from '@veraz/audit';
import { deriveKey, SECRET_KEY } from '@veraz/config';
import { InstitutionsModule } from '@veraz/institutions';
import { TenancyModule } from '@veraz/tenancy';
import { S1ClientsRepository } from './credentials/s1-clients.repository';
import { S1CredentialsService } from './credentials/s1-credentials.service';
import { S1Revocations } from './credentials/s1-revocations';
import { S1_TOKEN_KEY_PURPOSE } from './s1-token.constants';
import { S1TokenService } from './tokens/s1-token.service';

/**
 * PDN credentials (management) and the S1 OAuth token service (grant and verify). The JWT key is
 * derived for S1 tokens only, so a session token never opens the S1 endpoint and vice versa.
 */
@Module({
  imports: [
    TenancyModule,
    AuditModule,
    InstitutionsModule,
    JwtModule.registerAsync({
      inject: [SECRET_KEY],
      useFactory: (secret: string) => ({
        // A KeyObject, not a string: given a string, jsonwebtoken first tries to parse it as a PEM key on
        // every sign and verify (a measurable share of the token endpoint's CPU). Same key bytes as before.
        secret: createSecretKey(Buffer.from(deriveKey(secret, S1_TOKEN_KEY_PURPOSE).toString('base64'), 'utf8')) as unknown as string,
        signOptions: { algorithm: 'HS256' },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
  ],
  providers: [S1ClientsRepository, S1Revocations, S1CredentialsService, S1TokenService],
  exports: [S1CredentialsService, S1TokenService],
})
export class S1CredentialsModule {}
