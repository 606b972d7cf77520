import { Injectable } from '@nestjs/common';
import { AuditLog } from '@veraz/audit';
import { Clock } from '@veraz/config';
import { JobQueue } from '@veraz/queue';
import { TenantContext } from '@veraz/tenancy';
import { REMINDER_EMAIL_JOB } from './reminder-jobs';
import { RemindersRepository, type ReminderCandidate } from './reminders.repository';

/**
 * The offset a reminder is due for today: the smallest configured offset that is at least the days
 * left, i.e. the last threshold the obligation crossed. A day the job did not run still sends that
 * reminder once later; thresholds passed earlier are not sent in a burst.
 */
export function dueOffset(offsets: number[], daysLeft: number): number | null {
  const reached = offsets.filter((o) => o >= daysLeft);
  return reached.length ? Math.min(...reached) : null;
}

/** Reminders for the current institution's pending obligations (tenant context). */
@Injectable()
export class RemindersService {
  constructor(
    private readonly repository: RemindersRepository,
    private readonly tenant: TenantContext,
    private readonly jobs: JobQueue,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  /**
   * Claims and enqueues each reminder due today, in this transaction: a reminder_sends row and its
   * e-mail job commit together, and the row's key lets only one run ever send an obligation+offset.
   * One audit entry per run that sent any (not one per person, which would flood the bitácora).
   */
  async run(): Promise<{ sent: number }> {
    const offsets = [...new Set(await this.repository.offsets())].filter((o) => o >= 0);
    if (offsets.length === 0) return { sent: 0 };
    const today = this.clock.today();
    const institutionId = this.tenant.institutionId();
    const byOffset = new Map<number, number>();
    for (const candidate of await this.repository.candidates(today, Math.max(...offsets))) {
      const offset = this.offsetToSend(offsets, candidate);
      if (offset === null || !candidate.email) continue;
      if (!(await this.repository.claim(candidate.obligationId, offset, candidate.email))) continue;
      await this.jobs.enqueue(
        REMINDER_EMAIL_JOB,
        { institutionId, obligationId: candidate.obligationId, offsetDays: offset },
        { jobId: `recordatorio-${candidate.obligationId}-${offset}` },
      );
      byOffset.set(offset, (byOffset.get(offset) ?? 0) + 1);
    }
    const sent = [...byOffset.values()].reduce((a, b) => a + b, 0);
    if (sent > 0) {
      await this.audit.record({
        action: 'reminder.sent',
        actorUserId: null,
        targetType: 'institution',
        targetId: institutionId,
        details: { fecha: today, enviados: sent, porPlazo: Object.fromEntries([...byOffset].map(([o, n]) => [`${o} días`, n])) },
      });
    }
    return { sent };
  }

  private offsetToSend(offsets: number[], c: ReminderCandidate): number | null {
    const offset = dueOffset(offsets, c.daysLeft);
    return offset === null || c.sentOffsets.map(Number).includes(offset) ? null : offset;
  }
}
