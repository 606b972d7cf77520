import { Injectable } from '@nestjs/common';
import { acuseRecipients } from '@veraz/contracts';
import { ACKNOWLEDGMENT_JOB, FilingReadService, type AcknowledgmentPayload } from '@veraz/declarations';
import { MailService, renderMail } from '@veraz/mail';
import { JobHandler, type JobHandlerInstance, type JobRunInfo } from '@veraz/queue';
import { DocumentsRepository } from '../storage/documents.repository';
import { ACUSE_EMAIL_JOB, type AcuseEmailPayload } from './acuse-email.job';
import { mexicoDateTime } from '../mexico-date-time';
import { AcuseService } from './acuse.service';

@Injectable()
@JobHandler(ACKNOWLEDGMENT_JOB)
export class AcuseHandler implements JobHandlerInstance<AcknowledgmentPayload> {
  constructor(private readonly acuses: AcuseService) {}

  async handle(payload: AcknowledgmentPayload): Promise<{ sha256: string; created: boolean }> {
    const { document, created } = await this.acuses.produce(payload.filingId);
    return { sha256: document.sha256, created };
  }
}

@Injectable()
@JobHandler(ACUSE_EMAIL_JOB)
export class AcuseEmailHandler implements JobHandlerInstance<AcuseEmailPayload> {
  constructor(
    private readonly filings: FilingReadService,
    private readonly documents: DocumentsRepository,
    private readonly acuses: AcuseService,
    private readonly mail: MailService,
  ) {}

  async handle(payload: AcuseEmailPayload, info: JobRunInfo): Promise<{ sent: boolean }> {
    const filing = await this.filings.findById(payload.filingId);
    const period = filing ? await this.filings.periodOf(payload.filingId) : null;
    const document = await this.documents.find(payload.filingId, 'acuse');
    if (!filing || !period || !document) return { sent: false };
    const { text, html } = renderMail({
      title: `Acuse de tu declaración ${filing.folio}`,
      paragraphs: [
        `Recibimos tu declaración ${filing.tipo} (${filing.declaracionCompleta ? 'completa' : 'simplificada'}) el ${mexicoDateTime(filing.filedAt)}.`,
        `Folio: ${filing.folio}. Huella SHA-256: ${filing.sha256}.`,
        'Adjuntamos el acuse sellado por tu institución. Por tu seguridad, este correo no incluye el contenido de tu declaración.',
      ],
      footer: 'Veraz · Declaraciones patrimoniales y de intereses.',
    });
    // The account's address and the personal e-mail the filer wrote in the filed datos generales.
    const declaracion = filing.document.declaracion as { situacionPatrimonial?: { datosGenerales?: unknown } } | undefined;
    await this.mail.send({
      to: acuseRecipients(period.email, declaracion?.situacionPatrimonial?.datosGenerales),
      subject: `Acuse de tu declaración ${filing.folio}`,
      text,
      html,
      idempotencyKey: info.jobId,
      attachments: [{ filename: `acuse-${filing.folio}.pdf`, content: await this.acuses.bytes(document), contentType: 'application/pdf' }],
    });
    return { sent: true };
  }
}
