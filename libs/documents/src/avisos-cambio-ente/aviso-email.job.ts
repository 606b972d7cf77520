import { Injectable } from '@nestjs/common';
import { acuseRecipients } from '@veraz/contracts';
import { MailService, renderMail } from '@veraz/mail';
import { defineJob, JobHandler, type JobHandlerInstance, type JobPayload, type JobRunInfo } from '@veraz/queue';
import { mexicoDateTime } from '../mexico-date-time';
import { AvisosService } from './avisos.service';

export interface AvisoEmailPayload extends JobPayload {
  institutionId: string;
  avisoId: string;
}

/** Sends the filer the sealed acuse of their aviso, like a filing's acuse. */
export const AVISO_EMAIL_JOB = defineJob<AvisoEmailPayload>('mail', 'mail:aviso-acuse');

@Injectable()
@JobHandler(AVISO_EMAIL_JOB)
export class AvisoEmailHandler implements JobHandlerInstance<AvisoEmailPayload> {
  constructor(
    private readonly avisos: AvisosService,
    private readonly mail: MailService,
  ) {}

  async handle(payload: AvisoEmailPayload, info: JobRunInfo): Promise<{ sent: boolean }> {
    const found = await this.avisos.acuseForMail(payload.avisoId);
    if (!found) return { sent: false };
    const { aviso, content } = found;
    const g = aviso.data.datosGenerales;
    const { text, html } = renderMail({
      title: `Acuse de tu aviso ${aviso.folio}`,
      paragraphs: [
        `Recibimos tu aviso por cambio de ente público el ${mexicoDateTime(aviso.filedAt)}.`,
        `Folio: ${aviso.folio}. Huella SHA-256: ${aviso.sha256}.`,
        'Adjuntamos el acuse sellado por tu institución.',
      ],
      footer: 'Veraz · Declaraciones patrimoniales y de intereses.',
    });
    await this.mail.send({
      to: acuseRecipients(g.correoInstitucional, { correoElectronico: { personal: g.correoPersonal } }),
      subject: `Acuse de tu aviso ${aviso.folio}`,
      text,
      html,
      idempotencyKey: info.jobId,
      attachments: [{ filename: `acuse-${aviso.folio}.pdf`, content, contentType: 'application/pdf' }],
    });
    return { sent: true };
  }
}
