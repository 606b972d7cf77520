import { Injectable, Logger } from '@nestjs/common';
import type { IntegrityThresholds } from '@veraz/contracts';
import type { BatchRunner } from '@veraz/tenancy';
import type { RateTable } from '../engine/types';
import { FilingScoringService, scoreChunk } from '../scoring/filing-scoring.service';
import { ScoringFactsRepository, type FilingFactsRow, type UserObligation } from '../scoring/scoring-facts.repository';
import { ThresholdsRepository } from '../thresholds/thresholds.repository';
import { RescoreRunsRepository } from './rescore-runs.repository';

/** People per chunk: each chunk is read in one transaction and written (scores and cursor) in another. */
export const RESCORE_CHUNK_USERS = 400;

export interface RescoreOutcome {
  runId: string;
  chunks: number;
  scored: number;
  /** NO_EXISTE: no such run; CEDIDA: another worker moved the cursor meanwhile (a stalled job run twice) and goes on. */
  state: 'TERMINADA' | 'NO_EXISTE' | 'CEDIDA';
}

interface Chunk {
  userIds: string[];
  filings: FilingFactsRow[];
  obligations: UserObligation[];
}

type Setup = { version: number; thresholds: IntegrityThresholds; rates: RateTable; cursor: string | null };

/**
 * A batch re-score run: people in keyset order (user id), a chunk at a time. A chunk's scores and the
 * cursor past it commit together, after checking the cursor is where this worker left it: a restarted
 * job continues from the cursor, a finished run does nothing, and nothing is counted twice. To use both
 * cores, the next chunk is read while this one is scored, and a chunk is written while the next is scored.
 */
@Injectable()
export class RescoreService {
  private readonly logger = new Logger('IntegrityRescore');

  constructor(
    private readonly runs: RescoreRunsRepository,
    private readonly versions: ThresholdsRepository,
    private readonly facts: ScoringFactsRepository,
    private readonly scoring: FilingScoringService,
  ) {}

  async run(runId: string, inBatch: BatchRunner, options: { chunkUsers?: number } = {}): Promise<RescoreOutcome> {
    const chunkUsers = options.chunkUsers ?? RESCORE_CHUNK_USERS;
    const outcome: RescoreOutcome = { runId, chunks: 0, scored: 0, state: 'TERMINADA' };
    const read = (cursor: string | null) => handled(inBatch(() => this.readChunk(cursor, chunkUsers)));
    let next: Promise<Chunk> | null = null;
    // The chunk being written: how many filings it scored, or null when the cursor had moved (another worker).
    let writing: Promise<number | null> | null = null;
    const written = async (): Promise<boolean> => {
      if (!writing) return true;
      const scored = await writing;
      writing = null;
      if (scored === null) return false;
      outcome.chunks++;
      outcome.scored += scored;
      return true;
    };
    try {
      const setup = await inBatch(() => this.setup(runId));
      if (setup === 'NO_EXISTE' || setup === 'TERMINADA') return { ...outcome, state: setup };
      let cursor = setup.cursor;
      next = read(cursor);
      for (;;) {
        const chunk: Chunk = await next;
        if (!chunk.userIds.length) {
          if (!(await written())) return { ...outcome, state: 'CEDIDA' };
          const from = cursor;
          const finished = await inBatch(async () => {
            if ((await this.runs.lock(runId))?.cursorUserId !== from) return false;
            await this.runs.finish(runId);
            return true;
          });
          return finished ? outcome : { ...outcome, state: 'CEDIDA' };
        }
        const last = chunk.userIds[chunk.userIds.length - 1]!;
        next = read(last);
        const scored = scoreChunk(chunk.filings, chunk.obligations, setup.thresholds, setup.rates);
        if (!(await written())) return { ...outcome, state: 'CEDIDA' };
        const from = cursor;
        writing = handled(
          inBatch(async () => {
            const run = await this.runs.lock(runId);
            if (!run || run.state === 'TERMINADA' || run.cursorUserId !== from) return null;
            await this.scoring.write(setup.version, scored);
            await this.runs.advance(runId, last, scored.scores.length);
            return scored.scores.length;
          }),
        );
        cursor = last;
      }
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      this.logger.error(`recálculo ${runId}: ${message}`);
      // Recorded after the write in flight ends (it may be what failed).
      await Promise.allSettled([next, writing]);
      await inBatch(() => this.runs.fail(runId, message)).catch(() => undefined);
      throw err;
    } finally {
      // Nothing of this run goes on after it returns.
      await Promise.allSettled([next, writing]);
    }
  }

  private async setup(runId: string): Promise<Setup | 'NO_EXISTE' | 'TERMINADA'> {
    const run = await this.runs.lock(runId);
    if (!run) return 'NO_EXISTE';
    if (run.state === 'TERMINADA') return 'TERMINADA';
    const thresholds = await this.versions.thresholdsOf(run.thresholdVersion);
    if (!thresholds) throw new Error(`threshold version ${run.thresholdVersion} not found`);
    return { version: run.thresholdVersion, thresholds, rates: await this.scoring.rates(), cursor: run.cursorUserId };
  }

  private async readChunk(cursor: string | null, chunkUsers: number): Promise<Chunk> {
    const { userIds, filings } = await this.facts.filingsOfNextUsers(cursor, chunkUsers);
    return { userIds, filings, obligations: await this.facts.obligationsOfUsers(userIds) };
  }
}

/** A promise awaited later: marked handled now, so a rejection before that await does not end the process. */
function handled<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}
