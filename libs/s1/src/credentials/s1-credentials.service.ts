import { Inject, Injectable } from '@nestjs/common';
import { AuditLog } from '@veraz/audit';
import { deriveKey, SECRET_KEY, VERAZ_CONFIG, type VerazConfig } from '@veraz/config';
import { NotFoundError, ValidationError, type S1ClientCreated, type S1ClientView } from '@veraz/contracts';
import { InstitutionsService } from '@veraz/institutions';
import { CurrentTransaction, MissingDbContextError } from '@veraz/tenancy';
import { S1_CREDENTIALS_KEY_PURPOSE } from '../s1-token.constants';
import { S1ClientsRepository, type S1ClientRow } from './s1-clients.repository';
import { S1Revocations } from './s1-revocations';
import { randomBase62, s1CredentialMac } from './s1-secrets';

// Shapes shared with the web page «Credenciales S1»; they live in @veraz/contracts.
export type { S1ClientCreated, S1ClientView } from '@veraz/contracts';

export const DEFAULT_S1_CLIENT_LABEL = 'Plataforma Digital Nacional';
const LABEL_MAX = 100;

/**
 * Credentials the PDN uses to call an institution's S1 endpoint (institutionId) or the
 * platform-wide one (null). Secrets are generated here, handed over once and stored only as
 * HMACs. Institution credentials are managed in that institution's tenant context, platform-wide
 * ones in the platform context (opened by the caller's runner: member or operator route, CLI);
 * each change is recorded in that context's audit chain.
 */
@Injectable()
export class S1CredentialsService {
  private readonly macKey: Buffer;

  constructor(
    private readonly tx: CurrentTransaction,
    private readonly clients: S1ClientsRepository,
    private readonly institutions: InstitutionsService,
    private readonly audit: AuditLog,
    private readonly revocations: S1Revocations,
    @Inject(VERAZ_CONFIG) private readonly config: VerazConfig,
    @Inject(SECRET_KEY) secret: string,
  ) {
    this.macKey = deriveKey(secret, S1_CREDENTIALS_KEY_PURPOSE);
  }

  async create(input: { institutionId: string | null; label?: string | null; actorUserId: string | null }): Promise<S1ClientCreated> {
    const label = normalizeLabel(input.label);
    return this.inOwner(input.institutionId, async () => {
      const slug = await this.slugOf(input.institutionId);
      const clientId = `${slug ?? 'plataforma'}-${randomBase62(20)}`;
      const clientSecret = randomBase62(43);
      const username = `pdn-${randomBase62(12)}`;
      const password = randomBase62(40);
      const row = await this.clients.insert({
        label,
        clientId,
        clientSecretMac: s1CredentialMac(this.macKey, 'client_secret', clientId, clientSecret),
        username,
        passwordMac: s1CredentialMac(this.macKey, 'password', clientId, password),
        createdBy: input.actorUserId,
      });
      await this.audit.record({
        action: 's1_client.created',
        actorUserId: input.actorUserId,
        targetType: 's1_client',
        targetId: row.id,
        details: { label, client_id: clientId, platform_wide: input.institutionId === null },
      });
      const urls = this.urls(slug);
      return { id: row.id, label, token_url: urls.token_url, url: urls.url, client_id: clientId, client_secret: clientSecret, username, password };
    });
  }

  list(institutionId: string | null): Promise<S1ClientView[]> {
    return this.inOwner(institutionId, async () => {
      const urls = this.urls(await this.slugOf(institutionId));
      return (await this.clients.list()).map((row) => toView(row, urls));
    });
  }

  /** Revokes a credential of this owner (404 for anyone else's); revoking twice changes nothing. */
  async revoke(institutionId: string | null, id: string, actorUserId: string | null): Promise<S1ClientView> {
    const view = await this.inOwner(institutionId, async () => {
      const row = await this.clients.findById(id);
      if (!row) throw new NotFoundError('No se encontró la credencial S1.');
      const urls = this.urls(await this.slugOf(institutionId));
      if (row.revoked_at) return toView(row, urls);
      const revoked = (await this.clients.markRevoked(id)) ?? row;
      await this.audit.record({
        action: 's1_client.revoked',
        actorUserId,
        targetType: 's1_client',
        targetId: id,
        details: { label: row.label, client_id: row.client_id, platform_wide: institutionId === null },
      });
      return toView(revoked, urls);
    });
    this.revocations.add(id);
    return view;
  }

  /** Whose credential this is (operator CLI, before revoking it): its institution, or null for the platform. Auth scope. */
  async ownerOf(id: string): Promise<string | null> {
    const owner = await this.clients.findOwner(id);
    if (!owner) throw new NotFoundError('No se encontró la credencial S1.');
    return owner.institution_id;
  }

  /** Token and data URLs the PDN stores for this owner. */
  urls(slug: string | null): { token_url: string; url: string } {
    const base = `${this.config.publicUrl}/s1${slug ? `/${slug}` : ''}`;
    return { token_url: `${base}/oauth/token`, url: `${base}/v2/declaraciones` };
  }

  /** The owner's context must be the open one: a credential is never touched from another institution's. */
  private async inOwner<T>(institutionId: string | null, fn: () => Promise<T>): Promise<T> {
    const state = this.tx.current();
    const open = institutionId ? state?.scope === 'tenant' && state.institutionId === institutionId : state?.scope === 'platform';
    if (!open) throw new MissingDbContextError(institutionId ? 'tenant context of the credential owner' : 'platform context');
    return fn();
  }

  private async slugOf(institutionId: string | null): Promise<string | null> {
    if (!institutionId) return null;
    const institution = await this.institutions.findById(institutionId);
    if (!institution) throw new NotFoundError('No se encontró la institución.');
    return institution.slug;
  }
}

function normalizeLabel(raw: string | null | undefined): string {
  const label = (raw ?? '').replace(/\s+/g, ' ').trim() || DEFAULT_S1_CLIENT_LABEL;
  if (label.length > LABEL_MAX || /[\u0000-\u001f\u007f]/.test(label)) {
    throw new ValidationError([{ path: 'label', message: `debe tener como máximo ${LABEL_MAX} caracteres, sin caracteres de control` }]);
  }
  return label;
}

function toView(row: S1ClientRow, urls: { token_url: string; url: string }): S1ClientView {
  return {
    id: row.id,
    label: row.label,
    token_url: urls.token_url,
    url: urls.url,
    client_id: row.client_id,
    username: row.username,
    created_at: iso(row.created_at),
    last_used_at: row.last_used_at ? iso(row.last_used_at) : null,
    revoked_at: row.revoked_at ? iso(row.revoked_at) : null,
  };
}

function iso(value: Date | string): string {
  return (value instanceof Date ? value : new Date(value)).toISOString();
}
