import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import { VERAZ_CONFIG, type VerazConfig } from '@veraz/config';

export interface OutgoingMail {
  /** One address, or several that all receive the same message. */
  to: string | string[];
  subject: string;
  text: string;
  html: string;
  /** Stable per logical message (the job id): a retried job rewrites the same file. */
  idempotencyKey: string;
  attachments?: Array<{ filename: string; content: Buffer; contentType: string }>;
}

/**
 * Sends mail through SMTP_URL, or, when it is unset, writes each message as an .eml file under
 * `<data>/mail/` so a developer can open it in any mail client.
 */
@Injectable()
export class MailService {
  private readonly logger = new Logger('Mail');
  private transporter: Transporter | null = null;

  constructor(@Inject(VERAZ_CONFIG) private readonly config: VerazConfig) {}

  get outboxDir(): string {
    return path.join(this.config.dataDir, 'mail');
  }

  async send(mail: OutgoingMail): Promise<{ delivered: 'smtp' | 'file'; location?: string }> {
    const message = {
      from: this.config.mail.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      messageId: `<${mail.idempotencyKey}@veraz>`,
      headers: { 'Content-Language': 'es-MX' },
      attachments: mail.attachments,
    };
    if (this.config.mail.smtpUrl) {
      this.transporter ??= nodemailer.createTransport(this.config.mail.smtpUrl);
      await this.transporter.sendMail(message);
      return { delivered: 'smtp' };
    }
    const raw = await nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' }).sendMail(message);
    await fs.mkdir(this.outboxDir, { recursive: true });
    const file = path.join(this.outboxDir, `${mail.idempotencyKey.replace(/[^A-Za-z0-9._-]/g, '_')}.eml`);
    // Written aside and renamed, so a reader never sees a half-written message.
    const partial = path.join(this.outboxDir, `.${randomUUID()}.part`);
    await fs.writeFile(partial, raw.message as Buffer, { mode: 0o600 });
    await fs.rename(partial, file);
    this.logger.log(`correo guardado en ${file}`);
    return { delivered: 'file', location: file };
  }
}
