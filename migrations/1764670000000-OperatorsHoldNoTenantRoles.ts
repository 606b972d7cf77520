import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A platform operator never holds roles in an institution: a membership of an operator account is
 * refused, and an existing account never becomes an operator (it would keep its memberships).
 * Together they make the combination impossible for any code path, not only the services.
 * Both checks read `users` only, which has no row policy, so they work in every scope.
 */
export class OperatorsHoldNoTenantRoles1764670000000 implements MigrationInterface {
  name = 'OperatorsHoldNoTenantRoles1764670000000';

  async up(q: QueryRunner): Promise<void> {
    // Refuse to install over data that already breaks the rule: someone must look at those accounts.
    // Forced row security would hide every membership from a non-superuser owner, so lift it for the count.
    await q.query(`ALTER TABLE memberships NO FORCE ROW LEVEL SECURITY`);
    const [{ n }] = await q.query(
      `SELECT count(*)::int AS n FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.is_operator`,
    );
    await q.query(`ALTER TABLE memberships FORCE ROW LEVEL SECURITY`);
    if (n > 0) {
      throw new Error(
        `Hay ${n} membresías de cuentas OPERADOR. Un operador no puede tener roles en una institución: ` +
          'retira esas membresías (o usa otra cuenta para la persona) y vuelve a migrar.',
      );
    }
    await q.query(`CREATE FUNCTION memberships_not_operator() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM users WHERE id = NEW.user_id AND is_operator) THEN
          RAISE EXCEPTION 'an OPERADOR account cannot hold institution roles'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'memberships_not_operator';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER memberships_not_operator BEFORE INSERT OR UPDATE OF user_id ON memberships
      FOR EACH ROW EXECUTE FUNCTION memberships_not_operator()`);
    await q.query(`CREATE FUNCTION users_operator_from_creation() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.is_operator AND NOT OLD.is_operator THEN
          RAISE EXCEPTION 'an existing account cannot become an OPERADOR'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'users_operator_from_creation';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER users_operator_from_creation BEFORE UPDATE OF is_operator ON users
      FOR EACH ROW EXECUTE FUNCTION users_operator_from_creation()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS users_operator_from_creation ON users`);
    await q.query(`DROP TRIGGER IF EXISTS memberships_not_operator ON memberships`);
    await q.query(`DROP FUNCTION IF EXISTS users_operator_from_creation(), memberships_not_operator()`);
  }
}
