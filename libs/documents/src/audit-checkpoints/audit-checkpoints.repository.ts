import { Injectable } from '@nestjs/common';
import { col, CurrentTransaction, defineColumns, sqlRows, TenantContext } from '@veraz/tenancy';

/** The institution's audit chain head at one moment, sealed with its certificate. */
export interface AuditCheckpoint {
  seq: number;
  hash: string;
  sealedAt: Date;
  /** Detached CMS (DER) over `checkpointContent(...)`. */
  signature: Buffer;
  certificateFingerprint: string;
  selfSigned: boolean;
}

const CHECKPOINT = defineColumns<AuditCheckpoint>({
  seq: col.number('seq'),
  hash: col.char('hash'),
  sealedAt: col.value('sealed_at'),
  signature: col.value('signature'),
  certificateFingerprint: col.char('certificate_fingerprint'),
  selfSigned: col.bool('self_signed'),
});

/** `audit_checkpoints` of the current institution: insert-only. */
@Injectable()
export class AuditCheckpointsRepository {
  constructor(
    private readonly tx: CurrentTransaction,
    private readonly tenant: TenantContext,
  ) {}

  /** False when a checkpoint of that seq already exists (two workers sealed the same head). */
  async insert(c: AuditCheckpoint): Promise<boolean> {
    const rows = await sqlRows(
      this.tx.manager(),
      `INSERT INTO audit_checkpoints (institution_id, seq, hash, sealed_at, signature, certificate_fingerprint, self_signed)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (institution_id, seq) DO NOTHING RETURNING seq`,
      [this.tenant.institutionId(), c.seq, c.hash, c.sealedAt, c.signature, c.certificateFingerprint, c.selfSigned],
    );
    return rows.length === 1;
  }

  async latest(): Promise<AuditCheckpoint | null> {
    const rows = await sqlRows(
      this.tx.manager(),
      `SELECT ${CHECKPOINT.select} FROM audit_checkpoints WHERE institution_id = $1 ORDER BY seq DESC LIMIT 1`,
      [this.tenant.institutionId()],
    );
    return CHECKPOINT.readFirst(rows);
  }

  /** Oldest first. */
  async all(): Promise<AuditCheckpoint[]> {
    const rows = await sqlRows(this.tx.manager(), `SELECT ${CHECKPOINT.select} FROM audit_checkpoints WHERE institution_id = $1 ORDER BY seq`, [
      this.tenant.institutionId(),
    ]);
    return rows.map((r) => CHECKPOINT.read(r));
  }
}
