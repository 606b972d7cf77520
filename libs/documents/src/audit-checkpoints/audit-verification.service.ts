import { Injectable } from '@nestjs/common';
import { AuditLog, type ChainAnchor, type ChainVerification } from '@veraz/audit';
import { FilingReadService } from '@veraz/declarations';
import { AuditCheckpointsService } from './audit-checkpoints.service';

export interface AuditReport {
  chain: ChainVerification;
  checkpoints: number;
  /** Spanish sentences: checkpoints whose seal does not verify. */
  badCheckpoints: string[];
  filingAnchors: number;
  ok: boolean;
}

/**
 * `audit verify` for one institution: the chain recomputed with its key, and held against every
 * sealed checkpoint and every acuse's anchor, which live outside it. Deleting the newest entries
 * leaves an anchor without its entry; recomputing the hashes without the key breaks the HMAC.
 */
@Injectable()
export class AuditVerificationService {
  constructor(
    private readonly audit: AuditLog,
    private readonly checkpoints: AuditCheckpointsService,
    private readonly filings: FilingReadService,
  ) {}

  async verifyInstitution(): Promise<AuditReport> {
    const checked = await this.checkpoints.check();
    const filingAnchors: ChainAnchor[] = (await this.filings.auditAnchors()).map((a) => ({
      seq: a.auditSeq,
      hash: a.auditHash,
      source: `el acuse del folio ${a.folio}`,
    }));
    const chain = await this.audit.verify([...checked.anchors, ...filingAnchors]);
    return {
      chain,
      checkpoints: checked.total,
      badCheckpoints: checked.badSignatures,
      filingAnchors: filingAnchors.length,
      ok: chain.ok && checked.badSignatures.length === 0,
    };
  }
}
