// The two passes bench/integrity-rescore-bench.js compares, on the app's own services (libs/integrity):
// a plain read with the re-score job's chunk reader, and the re-score job itself after a threshold change.
'use strict';
const { DEFAULT_THRESHOLDS, INTEGRITY_RESCORE_JOB, RESCORE_CHUNK_USERS, ThresholdsService } = require('@veraz/integrity');
// Not in the lib's index (internal to IntegrityModule): the job's handler and its chunk reader.
const { RescoreHandler } = require('@veraz/integrity/dist/rescore/rescore.job');
const { ScoringFactsRepository } = require('@veraz/integrity/dist/scoring/scoring-facts.repository');

/** `inBatch(fn)` runs fn in a short transaction of its own in the institution (the worker's runner). */
function rescoreApi(app, institutionId) {
  const facts = app.get(ScoringFactsRepository);
  return {
    /**
     * What the job reads, read as it reads it (RescoreService's chunk: ScoringFactsRepository's
     * filingsOfNextUsers and obligationsOfUsers, the same statements, columns and chunks of people, a
     * transaction per chunk), one chunk after another, and nothing else: no scoring, no writing, no run row.
     */
    async plainRead(inBatch) {
      let cursor = null;
      let filings = 0;
      let chunks = 0;
      for (;;) {
        const chunk = await inBatch(async () => {
          const read = await facts.filingsOfNextUsers(cursor, RESCORE_CHUNK_USERS);
          return { ...read, obligations: await facts.obligationsOfUsers(read.userIds) };
        });
        if (!chunk.userIds.length) return { filings, chunks };
        cursor = chunk.userIds[chunk.userIds.length - 1];
        filings += chunk.filings.length;
        chunks++;
      }
    },

    /**
     * An admin's threshold change (a new version and its PENDIENTE run, as PUT /api/integrity/thresholds
     * does), then the run's job handler to the end, with the runner the worker passes it.
     */
    async rescore(inBatch, actorUserId) {
      const thresholds = { ...DEFAULT_THRESHOLDS, crecimientoMesesDeIngreso: DEFAULT_THRESHOLDS.crecimientoMesesDeIngreso + 1 };
      const view = await inBatch(() => app.get(ThresholdsService).update(actorUserId, thresholds));
      const run = view.rescore;
      if (!run || run.thresholdVersion !== view.current.version) throw new Error('the threshold change started no re-score run');
      const outcome = await app.get(RescoreHandler).handle({ institutionId, runId: run.id }, { jobId: `bench-${run.id}`, attempt: 1, inBatch });
      if (outcome.state !== 'TERMINADA') throw new Error(`re-score run ended ${outcome.state}`);
      return { filings: outcome.scored, chunks: outcome.chunks, version: run.thresholdVersion, job: INTEGRITY_RESCORE_JOB.name };
    },
  };
}

module.exports = { rescoreApi };
