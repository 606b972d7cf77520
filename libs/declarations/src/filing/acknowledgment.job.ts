import { defineJob, type JobPayload } from '@veraz/queue';

export interface AcknowledgmentPayload extends JobPayload {
  institutionId: string;
  filingId: string;
}

/**
 * Renders and signs the acuse of a filing. Enqueued in the filing's transaction; the renderer
 * that consumes the `documents` queue is part of the acknowledgment feature.
 */
export const ACKNOWLEDGMENT_JOB = defineJob<AcknowledgmentPayload>('documents', 'acknowledgment:render');
