import { SetMetadata } from '@nestjs/common';
import type { JobDefinition, JobPayload } from './job';

export const JOB_HANDLER_METADATA = 'veraz:job-handler';

/** Marks a provider as the handler of one job definition; the worker host discovers it. */
export const JobHandler = <P extends JobPayload>(definition: JobDefinition<P>) =>
  SetMetadata(JOB_HANDLER_METADATA, definition);
