import { Injectable } from '@nestjs/common';
import { CurrentTransaction, TenantContext } from '@veraz/tenancy';
import { Invitation } from '../entities';

@Injectable()
export class InvitationsRepository {
  constructor(
    private readonly tx: CurrentTransaction,
    private readonly tenant: TenantContext,
  ) {}

  private repo() {
    return this.tx.manager().getRepository(Invitation);
  }

  findById(id: string): Promise<Invitation | null> {
    return this.repo().findOne({ where: { id, institutionId: this.tenant.institutionId() } });
  }

  findByIdForUpdate(id: string): Promise<Invitation | null> {
    return this.repo()
      .createQueryBuilder('i')
      .where('i.id = :id AND i.institution_id = :institutionId', { id, institutionId: this.tenant.institutionId() })
      .setLock('pessimistic_write')
      .getOne();
  }

  findSealedToken(id: string): Promise<string | null> {
    return this.repo()
      .createQueryBuilder('i')
      .select('i.token_sealed', 'sealed')
      .where('i.id = :id AND i.institution_id = :institutionId', { id, institutionId: this.tenant.institutionId() })
      .getRawOne<{ sealed: string | null }>()
      .then((r) => r?.sealed ?? null);
  }

  /**
   * Looks an invitation up by the hash of its secret, before any institution is known. Runs in
   * the auth scope, where row-level security shows only the row whose hash was put in the context.
   */
  findByTokenHash(tokenHash: string): Promise<Invitation | null> {
    return this.repo().findOne({ where: { tokenHash } });
  }

  list(options: { limit: number; offset: number }): Promise<[Invitation[], number]> {
    return this.repo().findAndCount({
      where: { institutionId: this.tenant.institutionId() },
      order: { createdAt: 'DESC', id: 'ASC' },
      take: options.limit,
      skip: options.offset,
    });
  }

  async hasPendingFor(email: string): Promise<boolean> {
    const count = await this.repo()
      .createQueryBuilder('i')
      .where('i.institution_id = :institutionId AND i.email = :email', { institutionId: this.tenant.institutionId(), email })
      .andWhere('i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()')
      .getCount();
    return count > 0;
  }

  insert(values: Pick<Invitation, 'id' | 'email' | 'roles' | 'employmentLevel' | 'rosterPersonId' | 'tokenHash' | 'tokenSealed' | 'expiresAt' | 'createdBy'>): Promise<Invitation> {
    return this.repo().save(this.repo().create({ ...values, institutionId: this.tenant.institutionId() }));
  }

  async markAccepted(id: string, userId: string): Promise<void> {
    await this.repo().update(
      { id, institutionId: this.tenant.institutionId() },
      { acceptedAt: new Date(), acceptedUserId: userId, tokenSealed: null },
    );
  }

  async markRevoked(id: string): Promise<void> {
    await this.repo().update({ id, institutionId: this.tenant.institutionId() }, { revokedAt: new Date(), tokenSealed: null });
  }

  /** A new link for the same invitation: the old token's hash is gone, so the old link stops working. */
  async replaceToken(id: string, values: Pick<Invitation, 'tokenHash' | 'tokenSealed' | 'expiresAt'>): Promise<void> {
    await this.repo().update({ id, institutionId: this.tenant.institutionId() }, values);
  }
}
