import { A, B, PUBLIC_SEARCH_COUNTS, PUBLIC_SEARCH_KEYS, PUBLIC_SEARCH_STEPS, useTwoTenants } from '../test/two-tenants';

/**
 * What the public S1 endpoint reads: the shared endpoint sees only the institutions that opted in, and
 * the search keys and counts hold public projection columns only, written only through the publications.
 */
describe('the S1 public tables and the app role', () => {
  const world = useTwoTenants();

  it('shows the shared S1 endpoint only the publications of institutions that opted in', async () => {
    const { owner, asApp } = world();
    await owner.query(`UPDATE institutions SET s1_shared = (id = $1)`, [B]);
    const seen = await asApp(async (c) => {
      await c.query('BEGIN');
      await c.query(`SELECT set_config('app.scope', 'public', true)`);
      const pubs = await c.query(`SELECT institution_id FROM s1_publications`);
      const clients = await c.query(`SELECT id FROM s1_clients`);
      const filings = await c.query(`SELECT id FROM filings`);
      await c.query('ROLLBACK');
      return { pubs: pubs.rows.map((r) => r.institution_id), clients: clients.rowCount, filings: filings.rowCount };
    });
    expect(seen).toEqual({ pubs: [B], clients: 0, filings: 0 });
    await owner.query(`UPDATE institutions SET s1_shared = false`);
  });

  it('keeps S1 search keys to public projection columns, written only through the publications', async () => {
    const { owner, asApp } = world();
    // Only columns the publication already has, and never the document.
    const columns = await owner.query<{ column_name: string }>(`SELECT column_name FROM information_schema.columns WHERE table_name = $1`, [PUBLIC_SEARCH_KEYS]);
    const published = await owner.query<{ column_name: string }>(`SELECT column_name FROM information_schema.columns WHERE table_name = 's1_publications'`);
    const publishedNames = new Set(published.rows.map((r) => r.column_name));
    for (const { column_name } of columns.rows) expect({ column_name, inPublication: publishedNames.has(column_name) }).toEqual({ column_name, inPublication: true });
    expect(columns.rows.map((r) => r.column_name)).not.toContain('document');
    // The seeded publications are mirrored, and the app role can read but never write them directly.
    const keys = await owner.query(`SELECT institution_id, s1_id, seq, nombres_norm FROM ${PUBLIC_SEARCH_KEYS} ORDER BY institution_id`);
    expect(keys.rows).toEqual([
      { institution_id: A, s1_id: '1'.repeat(24), seq: 1, nombres_norm: 'ana' },
      { institution_id: B, s1_id: '2'.repeat(24), seq: 1, nombres_norm: 'ana' },
    ]);
    await asApp(async (c) => {
      await c.query('BEGIN');
      await c.query(`SELECT set_config('app.scope', 'tenant', true), set_config('app.institution_id', $1, true)`, [A]);
      await expect(c.query(`UPDATE ${PUBLIC_SEARCH_KEYS} SET nombres_norm = 'x'`)).rejects.toThrow(/permission denied/);
      await c.query('ROLLBACK');
      await c.query('BEGIN');
      await c.query(`SELECT set_config('app.scope', 'tenant', true), set_config('app.institution_id', $1, true)`, [A]);
      await expect(c.query(`DELETE FROM ${PUBLIC_SEARCH_KEYS}`)).rejects.toThrow(/permission denied/);
      await c.query('ROLLBACK');
      // A change to A's publication (which its policy allows) reaches A's keys; B's stay as they were.
      await c.query('BEGIN');
      await c.query(`SELECT set_config('app.scope', 'tenant', true), set_config('app.institution_id', $1, true)`, [A]);
      await c.query(`UPDATE s1_publications SET nombres_norm = 'ana maria'`);
      const mirrored = await c.query(`SELECT institution_id, nombres_norm FROM ${PUBLIC_SEARCH_KEYS} ORDER BY institution_id`);
      expect(mirrored.rows).toEqual([
        { institution_id: A, nombres_norm: 'ana maria' },
        { institution_id: B, nombres_norm: 'ana' },
      ]);
      // The counts follow in the same transaction, each institution's apart.
      const counted = await c.query(`SELECT institution_id, value, n FROM ${PUBLIC_SEARCH_COUNTS} WHERE facet = 'nombres_norm' AND n > 0 ORDER BY institution_id`);
      expect(counted.rows).toEqual([
        { institution_id: A, value: 'ana maria', n: 1 },
        { institution_id: B, value: 'ana', n: 1 },
      ]);
      await c.query('ROLLBACK');
    });
  });

  it('keeps S1 search counts to counts of search key columns, written only through the publications', async () => {
    const { owner, asApp } = world();
    // Every facet is a column of the public search keys, or columns of them joined (the full name): nothing else is counted.
    const facets = await owner.query<{ facet: string }>(`SELECT DISTINCT facet FROM ${PUBLIC_SEARCH_COUNTS} ORDER BY 1`);
    const keyColumns = await owner.query<{ column_name: string }>(`SELECT column_name FROM information_schema.columns WHERE table_name = $1`, [PUBLIC_SEARCH_KEYS]);
    const keyNames = new Set(keyColumns.rows.map((r) => r.column_name));
    expect(facets.rows.map((r) => r.facet)).toEqual(expect.arrayContaining(['nombres_norm', 'nombres_norm,primer_apellido_norm,segundo_apellido_norm']));
    for (const { facet } of facets.rows) expect({ facet, isKeyColumn: facet.split(',').every((c) => keyNames.has(c)) }).toEqual({ facet, isKeyColumn: true });
    await asApp(async (c) => {
      for (const write of [
        `UPDATE ${PUBLIC_SEARCH_COUNTS} SET n = n + 1`,
        `DELETE FROM ${PUBLIC_SEARCH_COUNTS}`,
        `INSERT INTO ${PUBLIC_SEARCH_COUNTS} (institution_id, facet, value, n) VALUES ('${A}', 'x', 'y', 1)`,
        `DELETE FROM ${PUBLIC_SEARCH_STEPS}`,
        `INSERT INTO ${PUBLIC_SEARCH_STEPS} (institution_id, s1_id, value, below) VALUES ('${A}', 'x', 2, 1)`,
      ]) {
        await c.query('BEGIN');
        await c.query(`SELECT set_config('app.scope', 'tenant', true), set_config('app.institution_id', $1, true)`, [A]);
        await expect(c.query(write)).rejects.toThrow(/permission denied/);
        await c.query('ROLLBACK');
      }
    });
  });
});
