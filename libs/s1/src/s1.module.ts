import { Module } from '@nestjs/common';
import { TenancyModule } from '@veraz/tenancy';
import { PublicationModule } from './publication/publication.module';
import { S1OpenDataService } from './query/s1-open-data.service';
import { S1QueryRepository } from './query/s1-query.repository';
import { S1QueryService } from './query/s1-query.service';
import { S1CredentialsModule } from './s1-credentials.module';

@Module({
  imports: [TenancyModule, PublicationModule, S1CredentialsModule],
  providers: [S1QueryRepository, S1QueryService, S1OpenDataService],
  exports: [S1QueryService, S1OpenDataService, PublicationModule, S1CredentialsModule],
})
export class S1Module {}
