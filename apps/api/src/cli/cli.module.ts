import { Module, type DynamicModule } from '@nestjs/common';
import { AccountsModule } from '@veraz/accounts';
import { AuditModule } from '@veraz/audit';
import type { VerazConfig } from '@veraz/config';
import { DeclarationsModule } from '@veraz/declarations';
import { InstitutionsModule } from '@veraz/institutions';
import { FxRatesModule } from '@veraz/integrity';
import { CorePlatformModule } from '@veraz/platform';
import { RosterModule } from '@veraz/roster';
import { S1CredentialsModule } from '@veraz/s1';
import { TenancyModule } from '@veraz/tenancy';

/** The domain modules without HTTP: what operator commands need. */
@Module({})
export class CliModule {
  static forRoot(config: VerazConfig, databaseUrl: string): DynamicModule {
    return {
      module: CliModule,
      imports: [
        CorePlatformModule.forRoot({ config, databaseUrl, processJobs: false, applicationName: 'veraz-cli' }),
        TenancyModule,
        AuditModule,
        InstitutionsModule,
        AccountsModule,
        DeclarationsModule,
        S1CredentialsModule,
        RosterModule,
        FxRatesModule,
      ],
    };
  }
}
