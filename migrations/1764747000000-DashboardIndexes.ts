import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the OIC's dashboard and the bitácora's filters. The dashboard's aggregates read only
 * (state, due_date) and the person's área, so each grouping gets an index it can answer from alone
 * (index-only scans over 300,000 obligations); the bitácora filters by action, actor and date.
 */
export class DashboardIndexes1764747000000 implements MigrationInterface {
  name = 'DashboardIndexes1764747000000';

  async up(q: QueryRunner): Promise<void> {
    // By due month: a range of due dates.
    await q.query(`CREATE INDEX obligations_due ON obligations (institution_id, due_date) INCLUDE (state)`);
    // The May rate: the modificación obligations of one reported year.
    await q.query(`CREATE INDEX obligations_kind_period ON obligations (institution_id, kind, period_key) INCLUDE (state, due_date)`);
    // By área: the join to the person reads the área from the index.
    await q.query(`CREATE INDEX obligations_person_state ON obligations (institution_id, person_id) INCLUDE (state, due_date)`);
    await q.query(`CREATE INDEX roster_people_id_area ON roster_people (institution_id, id) INCLUDE (area)`);

    await q.query(`CREATE INDEX audit_events_action ON audit_events (institution_id, action, seq)`);
    await q.query(`CREATE INDEX audit_events_actor ON audit_events (institution_id, actor_user_id, seq)`);
    await q.query(`CREATE INDEX audit_events_occurred ON audit_events (institution_id, occurred_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const index of ['audit_events_occurred', 'audit_events_actor', 'audit_events_action', 'roster_people_id_area', 'obligations_person_state', 'obligations_kind_period', 'obligations_due']) {
      await q.query(`DROP INDEX IF EXISTS ${index}`);
    }
  }
}
