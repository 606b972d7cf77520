import { Injectable } from '@nestjs/common';
import { CurrentTransaction } from '@veraz/tenancy';
import { User } from '../entities';

export type NewUser = Pick<User, 'email' | 'passwordHash' | 'nombre' | 'primerApellido' | 'segundoApellido' | 'curp' | 'rfc' | 'homoclave' | 'isOperator'>;

/** People are global rows: every caller reaches them through an id it already holds legitimately. */
@Injectable()
export class UsersRepository {
  constructor(private readonly tx: CurrentTransaction) {}

  private repo() {
    return this.tx.manager().getRepository(User);
  }

  findById(id: string): Promise<User | null> {
    return this.repo().findOne({ where: { id } });
  }

  findByEmail(email: string): Promise<User | null> {
    return this.repo().findOne({ where: { email: email.trim().toLowerCase() } });
  }

  /** Includes the password hash, which is never selected otherwise. */
  findCredentialsByEmail(email: string): Promise<User | null> {
    return this.repo()
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email: email.trim().toLowerCase() })
      .getOne();
  }

  findCredentialsById(id: string): Promise<User | null> {
    return this.repo().createQueryBuilder('u').addSelect('u.passwordHash').where('u.id = :id', { id }).getOne();
  }

  async curpTaken(curp: string): Promise<boolean> {
    return (await this.repo().count({ where: { curp } })) > 0;
  }

  insert(values: NewUser): Promise<User> {
    return this.repo().save(this.repo().create({ ...values, passwordChangedAt: new Date() }));
  }

  async updatePassword(userId: string, passwordHash: string): Promise<void> {
    await this.repo().update({ id: userId }, { passwordHash, passwordChangedAt: new Date() });
  }

  async setOperator(userId: string, isOperator: boolean): Promise<void> {
    await this.repo().update({ id: userId }, { isOperator });
  }
}
