import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What an institution is as an S1 ente público: its orden de gobierno and ámbito, with the values
 * the standard spells. A filer's employment section starts from them (and from the institution's name).
 * Null until the platform operator records them.
 */
export class EntePublico1764720000000 implements MigrationInterface {
  name = 'EntePublico1764720000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE institutions
      ADD COLUMN nivel_orden_gobierno text CHECK (nivel_orden_gobierno IN ('FEDERAL', 'ESTATAL', 'MUNICIPAL_ALCALDIA')),
      ADD COLUMN ambito_publico text CHECK (ambito_publico IN ('EJECUTIVO', 'LEGISLATIVO', 'JUDICIAL', 'ORGANO_AUTONOMO'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE institutions DROP COLUMN nivel_orden_gobierno, DROP COLUMN ambito_publico`);
  }
}
