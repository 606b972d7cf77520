import { Injectable } from '@nestjs/common';
import { AuditLog, type ChainAnchor } from '@veraz/audit';
import { sha256Hex } from '@veraz/crypto';
import { verifyCms } from '@veraz/signing';
import { TenantContext } from '@veraz/tenancy';
import { CertificatesService } from '../certificates/certificates.service';
import { mexicoDateTime } from '../mexico-date-time';
import { AuditCheckpointsRepository, type AuditCheckpoint } from './audit-checkpoints.repository';

/** The bytes a checkpoint's signature covers: what it attests, in a fixed textual form. */
export function checkpointContent(institutionId: string, c: Pick<AuditCheckpoint, 'seq' | 'hash' | 'sealedAt'>): Buffer {
  return Buffer.from(`veraz-audit-checkpoint/1\ninstitution:${institutionId}\nseq:${c.seq}\nhash:${c.hash}\nsealed-at:${c.sealedAt.toISOString()}\n`);
}

export interface CheckpointCheck {
  /** The checkpoints whose seal is valid, as anchors the chain must hold. */
  anchors: ChainAnchor[];
  /** One Spanish sentence per checkpoint whose seal does not verify. */
  badSignatures: string[];
  total: number;
}

/** Why no checkpoint was sealed; 'truncada' and 'reescrita' mean the chain no longer holds the last checkpoint. */
export type SealSkipped = 'sin-entradas' | 'ya-sellado' | 'sin-certificado' | 'truncada' | 'reescrita';
export type SealResult = { sealed: AuditCheckpoint; skipped: null } | { sealed: null; skipped: SealSkipped };

/**
 * Seals the institution's audit chain head with its certificate (the one that seals the acuses,
 * the trial one included), so a truncated or rewritten chain no longer matches what was sealed.
 * A checkpoint writes no audit entry of its own: it would move the head it seals.
 */
@Injectable()
export class AuditCheckpointsService {
  constructor(
    private readonly checkpoints: AuditCheckpointsRepository,
    private readonly certificates: CertificatesService,
    private readonly audit: AuditLog,
    private readonly tenant: TenantContext,
  ) {}

  /**
   * Seals the current head. Skipped when the chain is empty, its head is already sealed, or the
   * institution has no certificate yet (creating the trial one here would add an audit entry and
   * move the head; the first acuse creates it). Never seals a head that contradicts the last
   * checkpoint (shorter chain, or another hash at the same entry): that is for `audit verify`.
   */
  async sealHead(): Promise<SealResult> {
    const head = await this.audit.head();
    if (!head) return { sealed: null, skipped: 'sin-entradas' };
    const latest = await this.checkpoints.latest();
    if (latest && latest.seq > head.seq) return { sealed: null, skipped: 'truncada' };
    if (latest && latest.seq === head.seq) return { sealed: null, skipped: latest.hash === head.hash ? 'ya-sellado' : 'reescrita' };
    const certificate = await this.certificates.current();
    if (!certificate) return { sealed: null, skipped: 'sin-certificado' };
    const signer = await this.certificates.signer();
    const sealedAt = new Date();
    const signature = await signer.sign(checkpointContent(this.tenant.institutionId(), { ...head, sealedAt }), sealedAt);
    const checkpoint: AuditCheckpoint = { ...head, sealedAt, signature, certificateFingerprint: certificate.fingerprintSha256, selfSigned: certificate.selfSigned };
    if (!(await this.checkpoints.insert(checkpoint))) return { sealed: null, skipped: 'ya-sellado' };
    return { sealed: checkpoint, skipped: null };
  }

  /** Every checkpoint, its seal checked: valid CMS over its content, by a certificate the institution has had. */
  async check(): Promise<CheckpointCheck> {
    const all = await this.checkpoints.all();
    const known = await this.certificates.fingerprints();
    const institutionId = this.tenant.institutionId();
    const result: CheckpointCheck = { anchors: [], badSignatures: [], total: all.length };
    for (const c of all) {
      const source = `el punto de control sellado el ${mexicoDateTime(c.sealedAt)}`;
      const cms = verifyCms(c.signature, checkpointContent(institutionId, c));
      const signerFingerprint = cms.certificateDer ? sha256Hex(cms.certificateDer) : null;
      if (!cms.valid || signerFingerprint !== c.certificateFingerprint || !known.has(c.certificateFingerprint)) {
        result.badSignatures.push(`el sello del punto de control de la entrada ${c.seq} (${mexicoDateTime(c.sealedAt)}) no es válido: fue alterado o no lo firmó un certificado de la institución`);
        continue;
      }
      result.anchors.push({ seq: c.seq, hash: c.hash, source });
    }
    return result;
  }
}
