import type { ChainEntry } from './audit-event.entity';
import { GENESIS_HASH, HASH_VERSION, keyedChainHash, legacyChainHash, type ChainedFields } from './audit-hash';

/** A head recorded outside the chain (a sealed checkpoint, an acuse): the chain must still hold it. */
export interface ChainAnchor {
  seq: number;
  hash: string;
  /** What recorded it, in Spanish, for the report: "el punto de control del …", "el acuse del folio …". */
  source: string;
}

export type ChainProblemKind = 'alterada' | 'reescrita' | 'truncada';

export interface ChainProblem {
  kind: ChainProblemKind;
  seq: number;
  /** In Spanish, for the operator. */
  message: string;
}

export interface ChainVerification {
  ok: boolean;
  entries: number;
  /** Entries hashed without a key (written before the chain was keyed). */
  legacyEntries: number;
  /** Sequence number of the first entry whose hash or link does not match. */
  brokenAt: number | null;
  /** The newest entry, as stored. */
  head: { seq: number; hash: string } | null;
  anchorsChecked: number;
  problems: ChainProblem[];
}

/**
 * Recomputes a chain (oldest first) and compares it with its outside anchors. Rows after
 * `legacyHead` must be keyed: a legacy hash there is a rewrite with the public algorithm.
 */
export function verifyChain(rows: ChainEntry[], key: Buffer, legacyHead: number, anchors: ChainAnchor[]): ChainVerification {
  const problems: ChainProblem[] = [];
  let prev = GENESIS_HASH;
  let legacyEntries = 0;
  let brokenAt: number | null = null;
  for (const [index, row] of rows.entries()) {
    const seq = Number(row.seq);
    const problem = checkRow(row, index + 1, prev, key, legacyHead);
    if (problem) {
      problems.push(problem);
      brokenAt = seq;
      break;
    }
    if (row.hashVersion === HASH_VERSION.legacy) legacyEntries++;
    prev = row.hash;
  }
  const last = rows.at(-1);
  const lastSeq = last ? Number(last.seq) : 0;
  const bySeq = new Map(rows.map((r) => [Number(r.seq), r.hash]));
  // Reported in chain order, whatever recorded them.
  for (const anchor of [...anchors].sort((a, b) => a.seq - b.seq)) {
    const stored = bySeq.get(anchor.seq);
    if (stored === undefined) {
      problems.push({
        kind: 'truncada',
        seq: anchor.seq,
        message:
          anchor.seq > lastSeq
            ? `falta la entrada ${anchor.seq} que registra ${anchor.source}: la bitácora termina en la entrada ${lastSeq}; se borraron las entradas más recientes`
            : `falta la entrada ${anchor.seq} que registra ${anchor.source}`,
      });
    } else if (stored !== anchor.hash) {
      problems.push({ kind: 'reescrita', seq: anchor.seq, message: `la entrada ${anchor.seq} no coincide con ${anchor.source}: la bitácora fue reescrita` });
    }
  }
  return {
    ok: problems.length === 0,
    entries: rows.length,
    legacyEntries,
    brokenAt,
    head: last ? { seq: lastSeq, hash: last.hash } : null,
    anchorsChecked: anchors.length,
    problems,
  };
}

function checkRow(row: ChainEntry, expectedSeq: number, prev: string, key: Buffer, legacyHead: number): ChainProblem | null {
  const seq = Number(row.seq);
  if (seq !== expectedSeq) return { kind: 'alterada', seq, message: `faltan entradas antes de la ${seq}: se borraron de en medio de la bitácora` };
  if (row.prevHash !== prev) return { kind: 'alterada', seq, message: `la entrada ${seq} no enlaza con la anterior: se borraron o cambiaron entradas` };
  const fields: ChainedFields = {
    institutionId: row.institutionId,
    seq,
    occurredAt: row.occurredAt.toISOString(),
    actorUserId: row.actorUserId,
    action: row.action,
    targetType: row.targetType,
    targetId: row.targetId,
    details: row.details,
  };
  if (row.hashVersion === HASH_VERSION.keyed) {
    if (row.hash === keyedChainHash(key, prev, fields)) return null;
    return { kind: 'reescrita', seq, message: `la entrada ${seq} no corresponde a su HMAC: fue modificada o reescrita sin la llave de esta instalación` };
  }
  if (seq > legacyHead) {
    return {
      kind: 'reescrita',
      seq,
      message: `la entrada ${seq} usa el hash público sin llave, pero la bitácora usa la llave después de la entrada ${legacyHead}: fue reescrita`,
    };
  }
  if (row.hash === legacyChainHash(prev, fields)) return null;
  return { kind: 'alterada', seq, message: `la entrada ${seq} (anterior a la llave) no corresponde a su hash: fue modificada` };
}
