import { Inject, Injectable } from '@nestjs/common';
import { VERAZ_CONFIG, type VerazConfig } from '@veraz/config';
import { MailService, renderMail } from '@veraz/mail';
import { JobHandler, type JobHandlerInstance, type JobRunInfo } from '@veraz/queue';
import { REQUERIMIENTO_DAYS } from '@veraz/contracts';
import { describeObligation, longDate, personName } from '../obligation-text';
import { REQUERIMIENTO_EMAIL_JOB, type RequerimientoEmailPayload } from './requerimiento-email.job';
import { RequerimientosService } from './requerimientos.service';

@Injectable()
@JobHandler(REQUERIMIENTO_EMAIL_JOB)
export class RequerimientoEmailHandler implements JobHandlerInstance<RequerimientoEmailPayload> {
  constructor(
    private readonly requerimientos: RequerimientosService,
    private readonly mail: MailService,
    @Inject(VERAZ_CONFIG) private readonly config: VerazConfig,
  ) {}

  async handle(payload: RequerimientoEmailPayload, info: JobRunInfo): Promise<{ sent: boolean; reason?: string }> {
    const r = await this.requerimientos.find(payload.requerimientoId);
    // Without an address the OIC notifies in person; the console shows it as not notified.
    if (!r.email) return { sent: false, reason: 'sin correo' };
    const { content } = await this.requerimientos.pdf(r.id);
    const obligation = describeObligation(r.kind, r.periodKey);
    const { text, html } = renderMail({
      title: `Requerimiento ${r.folio}: ${obligation}`,
      paragraphs: [
        `${personName(r)}: el órgano interno de control no tiene registro de que hayas cumplido con la obligación «${obligation}», cuyo plazo venció el ${longDate(r.dueDate)}.`,
        `Adjuntamos el requerimiento sellado. Tienes ${REQUERIMIENTO_DAYS} días naturales, contados a partir de esta notificación, para cumplir.`,
        `Puedes verificar el documento en ${this.config.publicUrl}/verificar/${encodeURIComponent(r.folio)}.`,
      ],
      action: { label: 'Presentar mi declaración', url: `${this.config.publicUrl}/` },
      footer: 'Veraz · Declaraciones patrimoniales y de intereses.',
    });
    await this.mail.send({
      to: r.email,
      subject: `Requerimiento ${r.folio}: ${obligation}`,
      text,
      html,
      idempotencyKey: info.jobId,
      attachments: [{ filename: `requerimiento-${r.folio}.pdf`, content, contentType: 'application/pdf' }],
    });
    await this.requerimientos.recordMailed(r.id, r.email);
    return { sent: true };
  }
}
