import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { AuditModule } from '@veraz/audit';
import { deriveKey, SECRET_KEY } from '@veraz/config';
import { InstitutionsModule } from '@veraz/institutions';
import { MailModule } from '@veraz/mail';
import { QueueModule } from '@veraz/queue';
import { TenancyModule } from '@veraz/tenancy';
import { AccessTokens } from './auth/access-tokens';
import { AuthenticationService } from './auth/authentication.service';
import { LoginLockout } from './auth/login-lockout';
import { PrincipalResolver } from './auth/principal';
import { SessionViews } from './auth/session-views';
import { AccountEmailHandler } from './emails/account-email.handler';
import { PasswordHasher } from './identity/password-hasher';
import { InvitationAcceptanceService } from './invitations/invitation-acceptance.service';
import { InvitationsService } from './invitations/invitations.service';
import { MembersService } from './members/members.service';
import { PasswordResetService } from './passwords/password-reset.service';
import { AccountProvisioning } from './provisioning/account-provisioning.service';
import {
  InvitationsRepository,
  LoginAttemptsRepository,
  MembershipsRepository,
  RosterLinksRepository,
  PasswordResetsRepository,
  SessionsRepository,
  UsersRepository,
} from './repositories';
import { RateLimitCountersRepository } from './rate-limits/rate-limit-counters.repository';
import { SharedRateLimits } from './rate-limits/shared-rate-limits';
import { linkSealingKeyProvider } from './sealing-key';

@Module({
  imports: [
    TenancyModule,
    AuditModule,
    QueueModule,
    MailModule,
    InstitutionsModule,
    JwtModule.registerAsync({
      inject: [SECRET_KEY],
      useFactory: (secret: string) => ({
        // A KeyObject (same key bytes as the base64 string): given a string, jsonwebtoken tries to parse it
        // as a PEM key on every verify, which every authenticated request pays.
        secret: createSecretKey(Buffer.from(deriveKey(secret, 'access-token').toString('base64'), 'utf8')) as unknown as string,
        signOptions: { algorithm: 'HS256' },
      }),
    }),
  ],
  providers: [
    UsersRepository,
    MembershipsRepository,
    InvitationsRepository,
    SessionsRepository,
    PasswordResetsRepository,
    LoginAttemptsRepository,
    RosterLinksRepository,
    PasswordHasher,
    LoginLockout,
    AccessTokens,
    PrincipalResolver,
    SessionViews,
    AuthenticationService,
    PasswordResetService,
    InvitationsService,
    InvitationAcceptanceService,
    MembersService,
    AccountProvisioning,
    AccountEmailHandler,
    linkSealingKeyProvider,
    RateLimitCountersRepository,
    SharedRateLimits,
  ],
  exports: [
    AccessTokens,
    PrincipalResolver,
    AuthenticationService,
    PasswordResetService,
    InvitationsService,
    InvitationAcceptanceService,
    MembersService,
    AccountProvisioning,
    PasswordHasher,
    SharedRateLimits,
  ],
})
export class AccountsModule {}
