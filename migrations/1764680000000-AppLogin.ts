import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, MIGRATIONS_TABLE, grant } from './rls';

/**
 * The app logs in as its own role (a member of veraz_app) and, at start-up, refuses a schema that
 * is behind its code: it reads which migrations were applied, so veraz_app may read that list.
 */
export class AppLogin1764680000000 implements MigrationInterface {
  name = 'AppLogin1764680000000';

  async up(q: QueryRunner): Promise<void> {
    await grant(q, MIGRATIONS_TABLE, 'SELECT');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`REVOKE SELECT ON ${MIGRATIONS_TABLE} FROM ${APP_ROLE}`);
  }
}
