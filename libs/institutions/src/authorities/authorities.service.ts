import { Injectable } from '@nestjs/common';
import { X509Certificate } from 'node:crypto';
import { AuditLog } from '@veraz/audit';
import { BY_OPERATOR, DomainError, type EfirmaAuthorityView } from '@veraz/contracts';
import { findCrlIssuer, readCrl, validateCertificateChain, type CertificateChainCheck } from '@veraz/signing';
import { AuthoritiesRepository, type AuthorityRow } from './authorities.repository';
import { AuthorityCrlsRepository, type AuthorityCrlRow } from './authority-crls.repository';

/** An authority's certificate as listed: never more than its public facts. */
export type AuthoritySummary = Omit<AuthorityRow, 'certificate'>;

/** A revocation list as listed, without its (possibly large) content. */
export type AuthorityCrlSummary = Omit<AuthorityCrlRow, 'crl'>;

export class InvalidAuthorityError extends DomainError {
  constructor(message: string) {
    super('VALIDACION', 400, message);
  }
}

/** Whether a signer's certificate chains to the authorities the institution registered. */
export interface AuthorityVerdict extends EfirmaAuthorityView {
  chain: CertificateChainCheck | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The certification authorities (for e.firma, the SAT's) an institution trusts, the revocation lists
 * it loaded for them, and the question asked of them: was this signer's certificate issued by one of
 * them, and not revoked when it signed? All methods run in the caller's tenant context.
 */
@Injectable()
export class AuthoritiesService {
  constructor(
    private readonly repository: AuthoritiesRepository,
    private readonly crls: AuthorityCrlsRepository,
    private readonly audit: AuditLog,
  ) {}

  /** Registers a CA certificate (DER or PEM). Throws InvalidAuthorityError for anything else, or one already registered. */
  async add(file: Buffer, actorUserId: string | null): Promise<AuthoritySummary> {
    let x509: X509Certificate;
    try {
      x509 = new X509Certificate(file);
    } catch {
      throw new InvalidAuthorityError('El archivo no es un certificado X.509 (.cer en DER o PEM).');
    }
    if (!x509.ca) throw new InvalidAuthorityError('El certificado no es de una autoridad certificadora (no puede emitir certificados).');
    const row = await this.repository.insert({
      certificate: x509.raw,
      subject: x509.subject.split('\n').join(', '),
      notBefore: new Date(x509.validFrom),
      notAfter: new Date(x509.validTo),
      fingerprintSha256: x509.fingerprint256.replace(/:/g, '').toLowerCase(),
    });
    if (!row) throw new InvalidAuthorityError('La institución ya tiene registrada esa autoridad.');
    await this.audit.record({ action: 'institution.authority_added', actorUserId, targetType: 'institution_authority', targetId: row.id, details: { huella: row.fingerprintSha256, ...BY_OPERATOR } });
    return summary(row);
  }

  async list(): Promise<AuthoritySummary[]> {
    return (await this.repository.list()).map(summary);
  }

  /** False when the institution has no authority with that id. */
  async remove(id: string, actorUserId: string | null): Promise<boolean> {
    const row = UUID.test(id) ? await this.repository.remove(id) : null;
    if (row) await this.audit.record({ action: 'institution.authority_removed', actorUserId, targetType: 'institution_authority', targetId: row.id, details: { huella: row.fingerprintSha256, ...BY_OPERATOR } });
    return row !== null;
  }

  /**
   * Stores a certificate revocation list (DER or PEM) signed by one of the registered authorities.
   * Throws InvalidAuthorityError for anything else, or one already loaded. A newer CRL of the same
   * authority is simply added: the chain check weighs them all.
   */
  async addCrl(file: Buffer, actorUserId: string | null): Promise<AuthorityCrlSummary> {
    const crl = readCrl(file);
    if (!crl) throw new InvalidAuthorityError('El archivo no es una lista de revocación de certificados (.crl en DER o PEM).');
    const authorities = await this.repository.list();
    const signer = await findCrlIssuer(crl.der, authorities.map((a) => a.certificate));
    const authority = signer && authorities.find((a) => a.certificate.equals(signer));
    if (!authority) throw new InvalidAuthorityError('La lista de revocación no está firmada por ninguna autoridad registrada de la institución.');
    const row = await this.crls.insert({ crl: crl.der, issuer: authority.subject, thisUpdate: crl.thisUpdate, nextUpdate: crl.nextUpdate, fingerprintSha256: crl.fingerprintSha256 });
    if (!row) throw new InvalidAuthorityError('La institución ya tiene cargada esa lista de revocación.');
    await this.audit.record({ action: 'institution.crl_added', actorUserId, targetType: 'institution_authority_crl', targetId: row.id, details: { huella: row.fingerprintSha256, ...BY_OPERATOR } });
    return crlSummary(row);
  }

  async listCrls(): Promise<AuthorityCrlSummary[]> {
    return (await this.crls.list()).map(crlSummary);
  }

  /** False when the institution has no CRL with that id. */
  async removeCrl(id: string, actorUserId: string | null): Promise<boolean> {
    const row = UUID.test(id) ? await this.crls.remove(id) : null;
    if (row) await this.audit.record({ action: 'institution.crl_removed', actorUserId, targetType: 'institution_authority_crl', targetId: row.id, details: { huella: row.fingerprintSha256, ...BY_OPERATOR } });
    return row !== null;
  }

  /** Chains `certificate` (DER) to the registered authorities as of `at`, the signing time, weighing the loaded CRLs. */
  async assess(input: { certificate: Buffer; intermediates?: Buffer[]; at: Date }): Promise<AuthorityVerdict> {
    const certificate = derOf(input.certificate);
    const authorities = (await this.repository.list()).map((a) => a.certificate);
    if (authorities.length === 0) return { estado: 'sin_autoridades', explicacion: 'La institución no ha registrado autoridades.', chain: null };
    const crls = (await this.crls.list()).map((c) => c.crl);
    const chain = await validateCertificateChain({ ...input, certificate, authorities, crls });
    if (chain.trusted) return { estado: 'registrada', explicacion: 'Emitido por una autoridad registrada.', chain };
    if (chain.chainsToAuthority) return { estado: 'vencido_o_revocado', explicacion: `Emitido por una autoridad registrada, pero ${lowerFirst(chain.reason)}`, chain };
    return { estado: 'no_registrada', explicacion: `No emitido por una autoridad registrada: ${lowerFirst(chain.reason)}`, chain };
  }
}

/** DER of a certificate given as DER or PEM (an e.firma .cer may be either); anything else as is, for the chain check to reject. */
function derOf(file: Buffer): Buffer {
  try {
    return new X509Certificate(file).raw;
  } catch {
    return file;
  }
}

function summary({ certificate: _certificate, ...rest }: AuthorityRow): AuthoritySummary {
  return rest;
}

function crlSummary({ crl: _crl, ...rest }: AuthorityCrlRow): AuthorityCrlSummary {
  return rest;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
