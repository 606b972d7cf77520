import { Module } from '@nestjs/common';
import { AccountsModule } from '@veraz/accounts';
import { AuditModule } from '@veraz/audit';
import { QueueModule } from '@veraz/queue';
import { TenancyModule } from '@veraz/tenancy';
import { RosterImportsRepository } from './imports/roster-imports.repository';
import { RosterImportsService } from './imports/roster-imports.service';
import { RosterInviteHandler } from './joining/roster-invite.handler';
import { RosterPeopleRepository } from './people/roster-people.repository';
import { RosterPeopleService } from './people/roster-people.service';
import { RosterWriter } from './people/roster-writer';

@Module({
  imports: [TenancyModule, AuditModule, QueueModule, AccountsModule],
  providers: [RosterImportsRepository, RosterPeopleRepository, RosterWriter, RosterImportsService, RosterPeopleService, RosterInviteHandler],
  exports: [RosterImportsService, RosterPeopleService],
})
export class RosterModule {}
