import type { Request } from 'express';

/** Reading past this much of an oversized body is not worth it: the connection is dropped instead. */
const DRAIN_CAP_BYTES = 32 * 1024 * 1024;

/**
 * Answers after reading (and discarding) what is left of the request body. A 413 sent while the
 * client is still uploading makes the socket close under it, and the client sees a connection reset
 * instead of the answer; draining first lets it read the 413.
 */
export function answerAfterDraining(req: Request, answer: () => void): void {
  if (req.complete || req.readableEnded || req.destroyed) return answer();
  let seen = 0;
  const finish = () => {
    req.off('data', onData);
    req.off('end', finish);
    req.off('error', finish);
    answer();
  };
  const onData = (chunk: Buffer) => {
    seen += chunk.length;
    if (seen > DRAIN_CAP_BYTES) {
      req.off('data', onData);
      req.destroy();
    }
  };
  req.on('data', onData);
  req.once('end', finish);
  req.once('error', finish);
  req.resume();
}
