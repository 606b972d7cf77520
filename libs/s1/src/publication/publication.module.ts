import { Module } from '@nestjs/common';
import { TenancyModule } from '@veraz/tenancy';
import { PublicationService } from './publication.service';
import { PublicationsRepository } from './publications.repository';

/** Kept apart from the endpoint so the filing code can publish without depending on HTTP concerns. */
@Module({
  imports: [TenancyModule],
  providers: [PublicationsRepository, PublicationService],
  exports: [PublicationService],
})
export class PublicationModule {}
