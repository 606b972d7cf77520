import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The admin records a filer's employment level when inviting them, so a new filer can start their
 * declaration as soon as they accept (the level fixes complete vs simplified format).
 */
export class InvitationEmploymentLevel1764730000000 implements MigrationInterface {
  name = 'InvitationEmploymentLevel1764730000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE invitations ADD COLUMN employment_level text
      CHECK (employment_level IN ('JEFE_DEPARTAMENTO_O_SUPERIOR', 'INFERIOR_A_JEFE_DEPARTAMENTO'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE invitations DROP COLUMN IF EXISTS employment_level`);
  }
}
