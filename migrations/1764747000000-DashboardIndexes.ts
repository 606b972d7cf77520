import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the OIC's dashboard and the bitácora's filters: covering indexes for the dashboard's single
 * aggregate pass (obligations joined to the person's área), and the bitácora's filters by action, actor
 * and date, newest first.
 */
export class DashboardIndexes1764747000000 implements MigrationInterface {
  name = 'DashboardIndexes1764747000000';

  async up(q: QueryRunner): Promise<void> {
    // The dashboard's one pass reads these columns of one institution's obligations, and each person's área:
    // both index-only, so a large shared table is read only for the institution asked about.
    await q.query(`CREATE INDEX obligations_dashboard ON obligations (institution_id, person_id) INCLUDE (state, due_date, kind, period_key)`);
    await q.query(`CREATE INDEX roster_people_id_area ON roster_people (institution_id, id) INCLUDE (area)`);

    await q.query(`CREATE INDEX audit_events_action ON audit_events (institution_id, action, seq)`);
    await q.query(`CREATE INDEX audit_events_actor ON audit_events (institution_id, actor_user_id, seq)`);
    await q.query(`CREATE INDEX audit_events_occurred ON audit_events (institution_id, occurred_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const index of ['audit_events_occurred', 'audit_events_actor', 'audit_events_action', 'roster_people_id_area', 'obligations_dashboard']) {
      await q.query(`DROP INDEX IF EXISTS ${index}`);
    }
  }
}
