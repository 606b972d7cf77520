import { Inject, Injectable } from '@nestjs/common';
import { VERAZ_CONFIG, type VerazConfig } from '@veraz/config';
import { MailService, renderMail } from '@veraz/mail';
import { JobHandler, type JobHandlerInstance, type JobRunInfo } from '@veraz/queue';
import { describeObligation, longDate, personName } from '../obligation-text';
import { REMINDER_EMAIL_JOB, REMINDERS_JOB, type ReminderEmailPayload, type RemindersPayload } from './reminder-jobs';
import { RemindersRepository } from './reminders.repository';
import { RemindersService } from './reminders.service';

@Injectable()
@JobHandler(REMINDERS_JOB)
export class RemindersHandler implements JobHandlerInstance<RemindersPayload> {
  constructor(
    private readonly reminders: RemindersService,
    @Inject(VERAZ_CONFIG) private readonly config: VerazConfig,
  ) {}

  everyInstitutionEverySeconds(): number | null {
    return this.config.reminders.intervalSeconds || null;
  }

  handle(): Promise<{ sent: number }> {
    return this.reminders.run();
  }
}

@Injectable()
@JobHandler(REMINDER_EMAIL_JOB)
export class ReminderEmailHandler implements JobHandlerInstance<ReminderEmailPayload> {
  constructor(
    private readonly repository: RemindersRepository,
    private readonly mail: MailService,
    @Inject(VERAZ_CONFIG) private readonly config: VerazConfig,
  ) {}

  async handle(payload: ReminderEmailPayload, info: JobRunInfo): Promise<{ sent: boolean }> {
    const r = await this.repository.mail(payload.obligationId, payload.offsetDays);
    if (!r) return { sent: false };
    const obligation = describeObligation(r.kind, r.periodKey);
    const title = `Recordatorio: ${obligation} vence el ${longDate(r.dueDate)}`;
    const { text, html } = renderMail({
      title,
      paragraphs: [
        `${personName(r)}: tienes pendiente la obligación «${obligation}».`,
        `Puedes presentarla desde el ${longDate(r.windowStart)} y a más tardar el ${longDate(r.dueDate)}.`,
        'Si ya la presentaste, no tienes que hacer nada: este aviso se envió antes de que quedara registrada.',
      ],
      action: { label: 'Ir a mis declaraciones', url: `${this.config.publicUrl}/` },
      footer: 'Veraz · Declaraciones patrimoniales y de intereses.',
    });
    await this.mail.send({ to: r.sentTo, subject: title, text, html, idempotencyKey: info.jobId });
    return { sent: true };
  }
}
