import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An admin deactivates a member instead of deleting them: their filings and history stay, their
 * sessions for that institution stop working, and reactivation restores the same membership.
 */
export class MemberDeactivation1764744000000 implements MigrationInterface {
  name = 'MemberDeactivation1764744000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE memberships ADD COLUMN deactivated_at timestamptz, ADD COLUMN deactivated_by uuid REFERENCES users(id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE memberships DROP COLUMN IF EXISTS deactivated_by, DROP COLUMN IF EXISTS deactivated_at`);
  }
}
