import { Module } from '@nestjs/common';
import { AuditModule } from '@veraz/audit';
import { DocumentsModule } from '@veraz/documents';
import { InstitutionsModule } from '@veraz/institutions';
import { MailModule } from '@veraz/mail';
import { QueueModule } from '@veraz/queue';
import { TenancyModule } from '@veraz/tenancy';
import { ReminderEmailHandler, RemindersHandler } from './reminders/reminder.handlers';
import { RemindersRepository } from './reminders/reminders.repository';
import { RemindersService } from './reminders/reminders.service';
import { RequerimientoEmailHandler } from './requerimientos/requerimiento-email.handler';
import { RequerimientosRepository } from './requerimientos/requerimientos.repository';
import { RequerimientosService } from './requerimientos/requerimientos.service';

/** Reminders before due dates and requerimientos for omisos (the OIC's side of deadlines). */
@Module({
  imports: [TenancyModule, AuditModule, QueueModule, MailModule, InstitutionsModule, DocumentsModule],
  providers: [
    RequerimientosRepository,
    RequerimientosService,
    RequerimientoEmailHandler,
    RemindersRepository,
    RemindersService,
    RemindersHandler,
    ReminderEmailHandler,
  ],
  exports: [RequerimientosService, RemindersService],
})
export class RequerimientosModule {}
