import { Injectable } from '@nestjs/common';
import { QueueConnection } from './queue-connection';

export interface FailedJobView {
  queue: string;
  id: string;
  name: string;
  institutionId: string | null;
  attemptsMade: number;
  failedReason: string;
  finishedOn: Date | null;
}

/** Operator views of the queues: health, failed jobs, retry. */
@Injectable()
export class QueueAdmin {
  constructor(private readonly connection: QueueConnection) {}

  async ping(queue = 'mail', timeoutMs = 3000): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('la cola no respondió a tiempo')), timeoutMs);
    });
    try {
      await Promise.race([this.connection.queue(queue).getJobCounts('waiting'), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  async failed(queues: string[]): Promise<FailedJobView[]> {
    const out: FailedJobView[] = [];
    for (const name of queues) {
      for (const job of await this.connection.queue(name).getFailed()) {
        out.push({
          queue: name,
          id: String(job.id),
          name: job.name,
          institutionId: (job.data as { institutionId?: string | null })?.institutionId ?? null,
          attemptsMade: job.attemptsMade,
          failedReason: job.failedReason,
          finishedOn: job.finishedOn ? new Date(job.finishedOn) : null,
        });
      }
    }
    return out;
  }

  async retry(queue: string, jobId: string): Promise<boolean> {
    const job = await this.connection.queue(queue).getJob(jobId);
    if (!job || !(await job.isFailed())) return false;
    await job.retry('failed');
    return true;
  }
}
