import { listRoutes, routeKey } from './support/routes';
import { startIsolationWorld, type Isolation, type IsolationCases } from './tenant-isolation/beta-world';
import { peopleIsolationCases } from './tenant-isolation/people-cases';
import { declarationIsolationCases } from './tenant-isolation/declaration-cases';
import { filingIsolationCases } from './tenant-isolation/filing-cases';
import { adminIsolationCases } from './tenant-isolation/admin-cases';
import { consoleIsolationCases } from './tenant-isolation/console-cases';
import { integrityIsolationCases } from './tenant-isolation/integrity-cases';

/**
 * For every tenant-scoped route, a person of institution Alfa using Beta's ids gets 404 with no
 * data, lists show only Alfa's rows, and a member without the role gets 403. A new tenant route
 * without a case here makes the first test fail.
 */
describe('tenant isolation', () => {
  let isolation: Isolation;
  const x = () => isolation;

  beforeAll(async () => {
    isolation = await startIsolationWorld();
  });
  afterAll(() => isolation.t.close());

  const cases: IsolationCases = {
    ...peopleIsolationCases(x),
    ...declarationIsolationCases(x),
    ...filingIsolationCases(x),
    ...adminIsolationCases(x),
    ...consoleIsolationCases(x),
    ...integrityIsolationCases(x),
  };

  it('has a case for every tenant-scoped route', () => {
    const tenantRoutes = listRoutes(isolation.t.app).filter((r) => r.policy?.kind === 'member').map(routeKey);
    expect(tenantRoutes.sort()).toEqual(Object.keys(cases).sort());
  });

  for (const [route, run] of Object.entries(cases)) {
    it(`${route}: Alfa sees nothing of Beta`, run);
  }
});
