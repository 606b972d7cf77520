import { Injectable } from '@nestjs/common';
import { acuseRecipients } from '@veraz/contracts';
import { MailService, renderMail } from '@veraz/mail';
import { JobHandler, type JobHandlerInstance, type JobRunInfo } from '@veraz/queue';
import { mexicoDateTime } from '../mexico-date-time';
import { AVISO_EMAIL_JOB, type AvisoEmailPayload } from './aviso-email.job';
import { AvisosService } from './avisos.service';

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
