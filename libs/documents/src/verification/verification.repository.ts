import { Injectable } from '@nestjs/common';
import { col, CurrentTransaction, defineColumns, sqlRows, TenantContext } from '@veraz/tenancy';

/** What public verification may say about a filing: never who filed it nor anything declared. */
export interface VerifiableFiling {
  id: string;
  folio: string;
  /** The institution's name as written in the filed document. */
  institucion: string;
  tipo: string;
  declaracionCompleta: boolean;
  actualizacionConflictoInteres: boolean;
  filedAt: Date;
  version: number;
  isLatest: boolean;
  sha256: string;
  /**
   * Whether the acuse was sealed with the self-signed trial certificate: the certificate active when
   * the acuse was stored (trial certificates are the only self-signed ones). Null before the acuse exists.
   */
  sealedWithTrial: boolean | null;
  /** The audit entry that recorded the filing (printed on its acuse), and whether the chain still holds it unchanged. */
  auditAnchor: { seq: number; hash: string; kept: boolean } | null;
}

const VERIFIABLE = defineColumns<VerifiableFiling>({
  id: col.text('f.id'),
  folio: col.text('f.folio'),
  institucion: col.text(`coalesce(f.document -> 'metadata' ->> 'institucion', i.name)`),
  tipo: col.text('f.tipo'),
  declaracionCompleta: col.bool('f.declaracion_completa'),
  actualizacionConflictoInteres: col.bool('f.actualizacion_conflicto_interes'),
  filedAt: col.value('f.filed_at'),
  version: col.number('f.version'),
  isLatest: col.bool('f.is_latest'),
  sha256: col.char('f.sha256'),
  sealedWithTrial: col.valueOrNull<boolean>(
    `(SELECT c.self_signed FROM documents d
       JOIN institution_certificates c ON c.institution_id = d.institution_id AND c.created_at <= d.created_at
      WHERE d.filing_id = f.id AND d.kind = 'acuse' ORDER BY c.created_at DESC LIMIT 1)`,
  ),
  auditAnchor: col.valueOrNull<{ seq: number; hash: string; kept: boolean }>(
    `(SELECT json_build_object('seq', a.audit_seq, 'hash', a.audit_hash, 'kept',
             EXISTS (SELECT 1 FROM audit_events e WHERE e.institution_id = a.institution_id AND e.seq = a.audit_seq AND e.hash = a.audit_hash))
        FROM filing_audit_anchors a WHERE a.filing_id = f.id)`,
  ),
});

/** What public verification may say about a requerimiento: never whom it names. */
export interface VerifiableRequerimiento {
  id: string;
  folio: string;
  institucion: string;
  obligationKind: string;
  periodKey: string;
  issuedAt: Date;
  sha256: string | null;
  sealedWithTrial: boolean | null;
}

const VERIFIABLE_REQUERIMIENTO = defineColumns<VerifiableRequerimiento>({
  id: col.text('r.id'),
  folio: col.text('r.folio'),
  institucion: col.text('i.name'),
  obligationKind: col.text('o.kind'),
  periodKey: col.text('o.period_key'),
  issuedAt: col.value('r.issued_at'),
  sha256: col.valueOrNull<string>('r.sha256'),
  sealedWithTrial: col.valueOrNull<boolean>(
    `(SELECT c.self_signed FROM institution_certificates c WHERE c.institution_id = r.institution_id AND c.created_at <= r.issued_at ORDER BY c.created_at DESC LIMIT 1)`,
  ),
});

/** What public verification may say about an aviso: its folio, institution, date and hashes, nothing it declares. */
export interface VerifiableAviso {
  id: string;
  folio: string;
  institucion: string;
  filedAt: Date;
  sha256: string;
  /** As for filings: the certificate active when the aviso (and its acuse) was stored is the trial one. */
  sealedWithTrial: boolean | null;
}

const VERIFIABLE_AVISO = defineColumns<VerifiableAviso>({
  id: col.text('a.id'),
  folio: col.text('a.folio'),
  institucion: col.text(`coalesce(a.data -> 'encargoNuevo' ->> 'nombreEntePublico', i.name)`),
  filedAt: col.value('a.filed_at'),
  sha256: col.char('a.sha256'),
  sealedWithTrial: col.valueOrNull<boolean>(
    `(SELECT c.self_signed FROM institution_certificates c
      WHERE c.institution_id = a.institution_id AND c.created_at <= a.filed_at + interval '1 minute' ORDER BY c.created_at DESC LIMIT 1)`,
  ),
});

/** Reads filings for verification inside one institution's tenant context (the caller opens it). */
@Injectable()
export class VerificationRepository {
  constructor(
    private readonly tx: CurrentTransaction,
    private readonly tenant: TenantContext,
  ) {}

  byFolio(folio: string): Promise<VerifiableFiling | null> {
    return this.findBy('folio', folio);
  }

  byId(id: string): Promise<VerifiableFiling | null> {
    return this.findBy('id', id);
  }

  async requerimiento(column: 'folio' | 'id', value: string): Promise<VerifiableRequerimiento | null> {
    const rows = await sqlRows(
      this.tx.manager(),
      `SELECT ${VERIFIABLE_REQUERIMIENTO.select} FROM requerimientos r
         JOIN obligations o ON o.id = r.obligation_id AND o.institution_id = r.institution_id
         JOIN institutions i ON i.id = r.institution_id
        WHERE r.institution_id = $1 AND r.${column} = $2`,
      [this.tenant.institutionId(), value],
    );
    return VERIFIABLE_REQUERIMIENTO.readFirst(rows);
  }

  async avisoBy(column: 'folio' | 'id', value: string): Promise<VerifiableAviso | null> {
    const rows = await sqlRows(
      this.tx.manager(),
      `SELECT ${VERIFIABLE_AVISO.select} FROM avisos_cambio_ente a JOIN institutions i ON i.id = a.institution_id
        WHERE a.institution_id = $1 AND a.${column === 'folio' ? 'folio' : 'id'} = $2 AND a.acuse_sha256 IS NOT NULL`,
      [this.tenant.institutionId(), value],
    );
    return VERIFIABLE_AVISO.readFirst(rows);
  }

  /** Whether the certificate with this SHA-256 fingerprint is the institution's trial one; null if not its certificate. */
  async isTrialCertificate(fingerprintSha256: string): Promise<boolean | null> {
    const rows = await sqlRows<{ self_signed: boolean }>(
      this.tx.manager(),
      `SELECT self_signed FROM institution_certificates WHERE institution_id = $1 AND fingerprint_sha256 = $2 LIMIT 1`,
      [this.tenant.institutionId(), fingerprintSha256],
    );
    return rows[0] ? Boolean(rows[0].self_signed) : null;
  }

  private async findBy(column: 'folio' | 'id', value: string): Promise<VerifiableFiling | null> {
    const rows = await sqlRows(
      this.tx.manager(),
      `SELECT ${VERIFIABLE.select} FROM filings f JOIN institutions i ON i.id = f.institution_id WHERE f.institution_id = $1 AND f.${column} = $2`,
      [this.tenant.institutionId(), value],
    );
    return VERIFIABLE.readFirst(rows);
  }
}
