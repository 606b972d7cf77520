import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { CurrentTransaction } from '@veraz/tenancy';
import { PasswordReset } from '../entities';

@Injectable()
export class PasswordResetsRepository {
  constructor(private readonly tx: CurrentTransaction) {}

  private repo() {
    return this.tx.manager().getRepository(PasswordReset);
  }

  insert(values: Pick<PasswordReset, 'id' | 'userId' | 'tokenHash' | 'tokenSealed' | 'expiresAt'>): Promise<PasswordReset> {
    return this.repo().save(this.repo().create(values));
  }

  findById(id: string): Promise<PasswordReset | null> {
    return this.repo().createQueryBuilder('r').addSelect('r.tokenSealed').where('r.id = :id', { id }).getOne();
  }

  findByTokenHashForUpdate(tokenHash: string): Promise<PasswordReset | null> {
    return this.repo().createQueryBuilder('r').where('r.token_hash = :tokenHash', { tokenHash }).setLock('pessimistic_write').getOne();
  }

  async markUsed(id: string): Promise<void> {
    await this.repo().update({ id }, { usedAt: new Date(), tokenSealed: null });
  }

  /** A new link or a successful reset makes every older link of that person useless. */
  async invalidateOpen(userId: string): Promise<void> {
    await this.repo().update({ userId, usedAt: IsNull() }, { usedAt: new Date(), tokenSealed: null });
  }
}
