import type { DashboardView } from '@veraz/contracts';
import { bearer, login, seedWorld, type World } from '../support/seed';
import { startTestApp, type TestApp } from '../support/test-app';
import { CLOCK, seedConsole } from './console-seed';

const zero = { PENDIENTE: 0, PRESENTADA_EN_TIEMPO: 0, PRESENTADA_EXTEMPORANEA: 0, OMISA: 0 };

describe('GET /api/dashboard', () => {
  let t: TestApp;
  let world: World;
  let revisor: string;

  beforeAll(async () => {
    t = await startTestApp({ env: { VERAZ_CLOCK: CLOCK }, processJobs: false });
    world = await seedWorld(t);
    await seedConsole(t);
    revisor = (await login(t, world.revisorA.email)).token;
  });
  afterAll(() => t.close());

  async function dashboard(token = revisor): Promise<DashboardView> {
    return (await t.http().get('/api/dashboard').set(bearer(token)).expect(200)).body;
  }

  it('counts obligations by state as of the clock: a pending one past its due date is omisa', async () => {
    const d = await dashboard();
    expect(d.today).toBe('2026-05-20');
    expect(d.byState).toEqual({ PENDIENTE: 2, PRESENTADA_EN_TIEMPO: 2, PRESENTADA_EXTEMPORANEA: 1, OMISA: 2 });
    expect(d.total).toBe(7);
  });

  it('counts by área (largest first, people without área apart) and by due month of the year', async () => {
    const d = await dashboard();
    expect(d.byArea).toEqual([
      { area: 'Finanzas', total: 4, counts: { PENDIENTE: 1, PRESENTADA_EN_TIEMPO: 1, PRESENTADA_EXTEMPORANEA: 1, OMISA: 1 } },
      { area: 'Jurídico', total: 2, counts: { ...zero, PENDIENTE: 1, OMISA: 1 } },
      { area: null, total: 1, counts: { ...zero, PRESENTADA_EN_TIEMPO: 1 } },
    ]);
    expect(d.byMonth.map((m) => m.month)).toEqual(Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`));
    expect(d.byMonth[2]).toEqual({ month: '2026-03', total: 2, counts: { ...zero, PRESENTADA_EXTEMPORANEA: 1, OMISA: 1 } });
    expect(d.byMonth[4]).toEqual({ month: '2026-05', total: 4, counts: { ...zero, PENDIENTE: 2, PRESENTADA_EN_TIEMPO: 2 } });
    // Last year's omission (due 31 May 2025) is not a month of this year.
    expect(d.byMonth.reduce((n, m) => n + m.total, 0)).toBe(6);
  });

  it('gives the on-time rate of this May while it is under way', async () => {
    const { may } = await dashboard();
    expect(may).toEqual({ year: 2026, dueDate: '2026-05-31', due: 4, onTime: 2, late: 0, omisas: 0, pending: 2, onTimeRate: 0.5, phase: 'EN_CURSO' });
  });

  it('changes when an obligation is met', async () => {
    const db = await t.owner();
    await db.query(`UPDATE obligations SET state = 'PRESENTADA_EN_TIEMPO', met_on = '2026-05-19' WHERE kind = 'MODIFICACIÓN' AND period_key = '2025' AND state = 'PENDIENTE'
                      AND person_id = (SELECT id FROM roster_people WHERE curp = 'GOMB810202HDFMRT02')`);
    const d = await dashboard();
    expect(d.may).toMatchObject({ due: 4, onTime: 3, pending: 1, onTimeRate: 0.75 });
    expect(d.byState.PENDIENTE).toBe(1);
  });

  it('is for the comptroller: reviewers and admins, not filers', async () => {
    const admin = (await login(t, world.adminA.email)).token;
    await dashboard(admin);
    const declarante = (await login(t, world.declaranteA.email)).token;
    await t.http().get('/api/dashboard').set(bearer(declarante)).expect(403);
    await t.http().get('/api/dashboard').expect(401);
  });
});
