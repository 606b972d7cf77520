import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from './rls';

/**
 * The one window a tenant has onto other tenants' rosters (Normas, Cuarta and Séptima I c, III b):
 * for CURPs in its own roster, the dates of ALTA/BAJA/REINGRESO of the same CURP in other
 * institutions of the same orden de gobierno. Nothing else: no names, no institution, no puesto.
 * It runs as the owner (SECURITY DEFINER, search_path pinned); the owner's read policies below let it
 * past the forced RLS of the two roster tables, the app role keeps only its tenant policy.
 */
export class ObligationsCrossEnte1764742000000 implements MigrationInterface {
  name = 'ObligationsCrossEnte1764742000000';

  async up(q: QueryRunner): Promise<void> {
    for (const table of ['roster_people', 'roster_events']) {
      await q.query(`CREATE POLICY owner_cross_ente_read ON ${table} FOR SELECT TO CURRENT_USER USING (true)`);
    }
    await q.query(`CREATE FUNCTION roster_movements_elsewhere(curps text[])
      RETURNS TABLE (curp text, kind text, effective_date date)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT p.curp::text, e.kind, e.effective_date
          FROM institutions me
          JOIN institutions other ON other.nivel_orden_gobierno = me.nivel_orden_gobierno AND other.id <> me.id
          JOIN roster_people p ON p.institution_id = other.id AND p.curp = ANY (curps)
          JOIN roster_events e ON e.institution_id = other.id AND e.person_id = p.id
         WHERE me.id = app_institution_id()
           AND app_scope() = 'tenant'
           AND e.kind IN ('ALTA', 'BAJA', 'REINGRESO')
           AND e.superseded_by IS NULL
           -- Only people the caller already has on its own roster: no fishing for other CURPs.
           AND EXISTS (SELECT 1 FROM roster_people mine WHERE mine.institution_id = me.id AND mine.curp = p.curp)
         ORDER BY 1, 3
      $$`);
    await q.query(`REVOKE ALL ON FUNCTION roster_movements_elsewhere(text[]) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION roster_movements_elsewhere(text[]) TO ${APP_ROLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION IF EXISTS roster_movements_elsewhere(text[])`);
    for (const table of ['roster_people', 'roster_events']) await q.query(`DROP POLICY IF EXISTS owner_cross_ente_read ON ${table}`);
  }
}
