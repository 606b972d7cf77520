import { Injectable } from '@nestjs/common';
import { CurrentTransaction } from '@veraz/tenancy';
import { Institution } from './institution.entity';

@Injectable()
export class InstitutionsRepository {
  constructor(private readonly tx: CurrentTransaction) {}

  private repo() {
    return this.tx.manager().getRepository(Institution);
  }

  findById(id: string): Promise<Institution | null> {
    return this.repo().findOne({ where: { id } });
  }

  findBySlug(slug: string): Promise<Institution | null> {
    return this.repo().findOne({ where: { slug } });
  }

  findByIds(ids: string[]): Promise<Institution[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.repo().createQueryBuilder('i').where('i.id IN (:...ids)', { ids }).orderBy('i.name', 'ASC').getMany();
  }

  list(): Promise<Institution[]> {
    return this.repo().find({ order: { name: 'ASC' } });
  }

  async setS1Shared(id: string, shared: boolean): Promise<void> {
    await this.repo().update({ id }, { s1Shared: shared });
  }

  async setEntePublico(id: string, values: Pick<Institution, 'nivelOrdenGobierno' | 'ambitoPublico'>): Promise<void> {
    await this.repo().update({ id }, values);
  }

  /** Not an entity column: only the acuse reads it. */
  async findLogo(id: string): Promise<Buffer | null> {
    const rows: Array<{ logo_png: Buffer | null }> = await this.tx.manager().query(`SELECT logo_png FROM institutions WHERE id = $1`, [id]);
    return rows[0]?.logo_png ?? null;
  }

  async hasLogo(id: string): Promise<boolean> {
    const rows: Array<{ has: boolean }> = await this.tx.manager().query(`SELECT logo_png IS NOT NULL AS has FROM institutions WHERE id = $1`, [id]);
    return rows[0]?.has ?? false;
  }

  async updateSettings(
    id: string,
    values: Pick<Institution, 'name' | 'signingLegalText' | 'reminderOffsets' | 'requiresTaxConstancia'>,
  ): Promise<void> {
    await this.repo().update({ id }, values);
  }

  async setLogo(id: string, png: Buffer | null): Promise<void> {
    await this.tx.manager().query(`UPDATE institutions SET logo_png = $2, updated_at = now() WHERE id = $1`, [id, png]);
  }

  insert(values: Pick<Institution, 'id' | 'slug' | 'name' | 'nivelOrdenGobierno' | 'ambitoPublico'>): Promise<Institution> {
    return this.repo().save(this.repo().create(values));
  }
}
