import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Joining follows the roster: an invitation sent from a roster row names it (one invitation per
 * person, and acceptance checks the CURP against it), and a membership remembers the day its
 * REVISOR/ADMIN_INSTITUCION roles end (the roster's fecha de baja), judged at access time.
 */
export class RosterJoining1764741000000 implements MigrationInterface {
  name = 'RosterJoining1764741000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE invitations ADD COLUMN roster_person_id uuid REFERENCES roster_people(id)`);
    await q.query(`CREATE INDEX invitations_roster_person ON invitations (institution_id, roster_person_id) WHERE roster_person_id IS NOT NULL`);
    await q.query(`ALTER TABLE memberships ADD COLUMN staff_roles_end_on date`);
    // Filters of the roster list: by name (accent-insensitive prefix search is done on lower()).
    await q.query(`CREATE INDEX roster_people_name ON roster_people (institution_id, lower(primer_apellido), lower(nombres))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS roster_people_name`);
    await q.query(`ALTER TABLE memberships DROP COLUMN IF EXISTS staff_roles_end_on`);
    await q.query(`DROP INDEX IF EXISTS invitations_roster_person`);
    await q.query(`ALTER TABLE invitations DROP COLUMN IF EXISTS roster_person_id`);
  }
}
