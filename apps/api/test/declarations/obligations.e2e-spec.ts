import type { FilerObligationsView } from '@veraz/contracts';
import { ALFA, bearer, login, seedWorld } from '../support/seed';
import { startTestApp, type TestApp } from '../support/test-app';
import { waitFor } from '../support/wait';
import { DeclarationsApi, LEVEL } from './helpers';

/** Signing a declaration recomputes the filer's obligations (job obligations.recompute), and the filer sees them. */
describe('a filing meets the roster obligation it answers', () => {
  let t: TestApp;
  let api: DeclarationsApi;

  beforeAll(async () => {
    // June 2025 on the deadline clock: the 2023 alta's INICIAL and the MODIFICACIÓN of 2023 and 2024 are past due.
    t = await startTestApp({ env: { VERAZ_CLOCK: '2025-06-10T12:00:00-06:00' } });
    const world = await seedWorld(t);
    api = new DeclarationsApi(t, (await login(t, world.adminA.email)).token);
  });
  afterAll(() => t?.close());

  it('the INICIAL filed late becomes extemporánea; the missed modificaciones stay listed first', async () => {
    const filer = await api.filer('obligada', LEVEL.simplificada);
    const owner = await t.owner();
    const person = await owner.query(
      `INSERT INTO roster_people (institution_id, curp, nombres, primer_apellido, fecha_alta, user_id) VALUES ($1, 'OBLI800101HDFRRN01', 'Persona', 'obligada', '2023-06-01', $2) RETURNING id`,
      [ALFA.id, filer.userId],
    );
    await owner.query(`INSERT INTO roster_events (institution_id, person_id, kind, effective_date, source) VALUES ($1, $2, 'ALTA', '2023-06-01', 'IMPORTACION')`, [ALFA.id, person.rows[0].id]);

    const { filing } = await api.file(filer, 'inicial-simplificada');
    const met = await waitFor(async () => {
      const { rows } = await owner.query(`SELECT state FROM obligations WHERE person_id = $1 AND kind = 'INICIAL' AND met_by_filing_id = $2`, [person.rows[0].id, filing.id]);
      return rows[0];
    }, 'la inicial cumplida por la declaración firmada');
    // Filed now (real time), far after 31 July 2023.
    expect(met.state).toBe('PRESENTADA_EXTEMPORANEA');

    const view: FilerObligationsView = (await t.http().get('/api/declarations/obligations').set(bearer(filer.token)).expect(200)).body;
    expect(view.onRoster).toBe(true);
    expect(view.items.map((o) => `${o.kindLabel} ${o.periodKey} ${o.dueDate} ${o.stateLabel}`)).toEqual([
      'Declaración de modificación 2023 2024-05-31 Omisa',
      'Declaración de modificación 2024 2025-05-31 Omisa',
      'Declaración inicial 2023-06-01 2023-07-31 Presentada extemporánea',
    ]);
  });
});
