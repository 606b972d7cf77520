import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { Db } from '@veraz/tenancy';
import { Session } from '../entities';

@Injectable()
export class SessionsRepository {
  constructor(private readonly db: Db) {}

  private repo() {
    return this.db.manager().getRepository(Session);
  }

  insert(values: Pick<Session, 'userId' | 'activeInstitutionId' | 'refreshTokenHash' | 'expiresAt' | 'userAgent'>): Promise<Session> {
    return this.repo().save(this.repo().create({ ...values, lastUsedAt: new Date() }));
  }

  findById(id: string): Promise<Session | null> {
    return this.repo().findOne({ where: { id } });
  }

  /** Locks the row so two concurrent refreshes of the same token cannot both rotate it. */
  findByRefreshHashForUpdate(hash: string): Promise<Session | null> {
    return this.repo()
      .createQueryBuilder('s')
      .where('s.refresh_token_hash = :hash', { hash })
      .setLock('pessimistic_write')
      .getOne();
  }

  findByPreviousHash(hash: string): Promise<Session | null> {
    return this.repo().findOne({ where: { previousTokenHash: hash } });
  }

  async rotate(id: string, previousHash: string, nextHash: string, expiresAt: Date): Promise<void> {
    await this.repo().update(
      { id },
      { refreshTokenHash: nextHash, previousTokenHash: previousHash, expiresAt, lastUsedAt: new Date() },
    );
  }

  async setActiveInstitution(id: string, institutionId: string | null): Promise<void> {
    await this.repo().update({ id }, { activeInstitutionId: institutionId, lastUsedAt: new Date() });
  }

  async revoke(id: string): Promise<void> {
    await this.repo().update({ id, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  async revokeAllOfUser(userId: string): Promise<void> {
    await this.repo().update({ userId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }
}
