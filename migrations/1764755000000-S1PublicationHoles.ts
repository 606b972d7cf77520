import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Withdrawing an S1 publication (a declaration classified as reservada) no longer renumbers every
 * later one: its place in the default order becomes a hole, listed here, until a new publication
 * takes it. `published` stays the exact number of published declarations; the places in use are
 * `published + cardinality(holes)`. SCALING.md («Páginas estables») explains why. `last_taken` is
 * the place the latest single publication took, so signing can take a place and learn which one in
 * the same upsert (an UPDATE's RETURNING sees only the new row, in which the hole is gone).
 */
export class S1PublicationHoles1764755000000 implements MigrationInterface {
  name = 'S1PublicationHoles1764755000000';

  async up(q: QueryRunner): Promise<void> {
    // Existing publications are numbered densely (1..published): no holes yet.
    await q.query(`ALTER TABLE s1_publication_counters ADD COLUMN holes integer[] NOT NULL DEFAULT '{}', ADD COLUMN last_taken integer`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE s1_publication_counters DROP COLUMN IF EXISTS holes, DROP COLUMN IF EXISTS last_taken`);
  }
}
