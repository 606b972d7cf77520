import { Inject, Injectable } from '@nestjs/common';
import { VERAZ_CONFIG, type VerazConfig } from '@veraz/config';
import { ROLE_LABELS } from '@veraz/contracts';
import { unseal } from '@veraz/crypto';
import { InstitutionsService } from '@veraz/institutions';
import { MailService, renderMail } from '@veraz/mail';
import { JobHandler, type JobHandlerInstance, type JobRunInfo } from '@veraz/queue';
import { invitationStatus } from '../entities';
import { PasswordResetService } from '../passwords/password-reset.service';
import { InvitationsRepository, PasswordResetsRepository, UsersRepository } from '../repositories';
import { LINK_SEALING_KEY } from '../sealing-key';
import { ACCOUNT_EMAIL, type AccountEmailJob } from './account-email.job';

const FOOTER = 'Veraz · Declaraciones patrimoniales y de intereses. Si no esperabas este mensaje, ignóralo.';

/**
 * Sends invitation and reset e-mails. A reset job first creates its link when the address has an
 * account (PasswordResetService.issue). A link that was used, revoked or expired before the job ran
 * is not sent. The message id is the job id, so a retried job produces the same message.
 */
@Injectable()
@JobHandler(ACCOUNT_EMAIL)
export class AccountEmailHandler implements JobHandlerInstance<AccountEmailJob> {
  constructor(
    private readonly invitations: InvitationsRepository,
    private readonly resets: PasswordResetsRepository,
    private readonly users: UsersRepository,
    private readonly institutions: InstitutionsService,
    private readonly passwordResets: PasswordResetService,
    private readonly mail: MailService,
    @Inject(LINK_SEALING_KEY) private readonly sealingKey: Buffer,
    @Inject(VERAZ_CONFIG) private readonly config: VerazConfig,
  ) {}

  async handle(job: AccountEmailJob, info: JobRunInfo): Promise<{ sent: boolean }> {
    if (job.kind === 'invitation') return this.sendInvitation(job.invitationId, info);
    if (job.emailSealed && !(await this.passwordResets.issue(job.resetId, job.emailSealed))) return { sent: false };
    return this.sendReset(job.resetId, info);
  }

  private async sendInvitation(id: string, info: JobRunInfo): Promise<{ sent: boolean }> {
    const invitation = await this.invitations.findById(id);
    const sealed = invitation ? await this.invitations.findSealedToken(id) : null;
    if (!invitation || !sealed || invitationStatus(invitation) !== 'PENDIENTE') return { sent: false };
    const institution = await this.institutions.findById(invitation.institutionId);
    const token = unseal(this.sealingKey, sealed, `invitation:${id}`);
    const roles = invitation.roles.map((r) => ROLE_LABELS[r]).join(', ');
    const { text, html } = renderMail({
      title: `Te invitaron a ${institution?.name ?? 'una institución'} en Veraz`,
      paragraphs: [
        `Recibiste una invitación para unirte a ${institution?.name ?? 'la institución'} con el rol de ${roles}.`,
        'En Veraz presentarás tus declaraciones patrimoniales y de intereses y recibirás un acuse firmado.',
        `La invitación vence el ${invitation.expiresAt.toLocaleDateString('es-MX', { timeZone: 'America/Mexico_City', dateStyle: 'long' })}.`,
      ],
      action: { label: 'Aceptar la invitación', url: `${this.config.publicUrl}/invitacion/${token}` },
      footer: FOOTER,
    });
    await this.mail.send({ to: invitation.email, subject: `Invitación a ${institution?.name ?? 'Veraz'}`, text, html, idempotencyKey: info.jobId });
    return { sent: true };
  }

  private async sendReset(id: string, info: JobRunInfo): Promise<{ sent: boolean }> {
    const reset = await this.resets.findById(id);
    if (!reset?.tokenSealed || reset.usedAt || reset.expiresAt.getTime() <= Date.now()) return { sent: false };
    const user = await this.users.findById(reset.userId);
    if (!user) return { sent: false };
    const token = unseal(this.sealingKey, reset.tokenSealed, `password-reset:${id}`);
    const { text, html } = renderMail({
      title: 'Restablece tu contraseña de Veraz',
      paragraphs: [
        `Hola, ${user.nombre}. Recibimos una solicitud para restablecer la contraseña de tu cuenta.`,
        'El enlace funciona una sola vez y vence en una hora. Al usarlo se cerrarán tus sesiones abiertas.',
      ],
      action: { label: 'Elegir una nueva contraseña', url: `${this.config.publicUrl}/restablecer/${token}` },
      footer: FOOTER,
    });
    await this.mail.send({ to: user.email, subject: 'Restablece tu contraseña de Veraz', text, html, idempotencyKey: info.jobId });
    return { sent: true };
  }
}
