import { startTestApp, type TestApp } from './support/test-app';
import { listRoutes, routeKey } from './support/routes';

const UUID = '0d000000-0000-4000-8000-00000000000d';

describe('deny by default', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ processJobs: false });
  });
  afterAll(() => t.close());

  it('every route declares who may call it', () => {
    const routes = listRoutes(t.app);
    expect(routes.length).toBeGreaterThan(15);
    expect(routes.filter((r) => !r.policy).map(routeKey)).toEqual([]);
  });

  it('the public routes are exactly the ones meant to be public', () => {
    const publicRoutes = listRoutes(t.app).filter((r) => r.policy?.kind === 'public').map(routeKey);
    expect(publicRoutes.sort()).toEqual([
      'POST /api/auth/login',
      'POST /api/auth/logout',
      'POST /api/auth/password-reset',
      'POST /api/auth/password-reset/confirm',
      'POST /api/auth/refresh',
      'GET /api/invitation-links/:token',
      'POST /api/invitation-links/:token/accept',
      'GET /health',
      'GET /health/ready',
      'GET /metrics',
      // S1 (PDN): the token endpoint, the data endpoints (own S1 token) and open data.
      'POST /s1/:slug/oauth/token',
      'POST /s1/oauth/token',
      'POST /s1/:slug/v2/declaraciones',
      'POST /s1/v2/declaraciones',
      'GET /s1/:slug/openapi.json',
      'GET /s1/:slug/bulk.ndjson.gz',
      'GET /s1/:slug/changes',
      // Verification of acuses: anyone with the folio, the hash or the PDF.
      'GET /verificar',
      'GET /verificar/:folio',
      'POST /verificar',
    ].sort());
  });

  it('the public routes that read one institution say how the request runner finds it', () => {
    const contexts = listRoutes(t.app)
      .filter((r) => r.policy?.kind === 'public')
      .map((r) => {
        const p = r.policy as { institution?: string; perBatch?: boolean; shared?: boolean };
        return [routeKey(r), p.shared ? 'public scope' : p.institution ? `${p.institution}${p.perBatch ? ', per batch' : ''}` : 'none'];
      });
    // Everything else reads no institution's data in one transaction: pages, health, sign-in steps (StepRunner).
    expect(Object.fromEntries(contexts.filter(([, c]) => c !== 'none'))).toEqual({
      'POST /s1/:slug/v2/declaraciones': 'slug',
      'POST /s1/v2/declaraciones': 'public scope',
      'GET /s1/:slug/openapi.json': 'slug',
      'GET /s1/:slug/bulk.ndjson.gz': 'slug, per batch',
      'GET /s1/:slug/changes': 'slug',
      'GET /verificar/:folio': 'folio',
    });
  });

  it('answers 401 in Spanish to every other route called without a session', async () => {
    for (const route of listRoutes(t.app).filter((r) => r.policy?.kind !== 'public')) {
      const path = route.path.replace(/:[A-Za-z]+/g, UUID);
      const res = await t.http()[route.method.toLowerCase() as 'get'](path).send({});
      expect({ route: routeKey(route), status: res.status, body: res.body }).toEqual({
        route: routeKey(route),
        status: 401,
        body: { statusCode: 401, code: 'NO_AUTENTICADO', message: 'Inicia sesión para continuar.' },
      });
    }
  });

  it('documents every route in the OpenAPI description', async () => {
    const doc = await t.http().get('/api/docs-json').expect(200);
    const documented = new Set<string>();
    for (const [path, ops] of Object.entries(doc.body.paths as Record<string, Record<string, unknown>>)) {
      for (const method of Object.keys(ops)) documented.add(`${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`);
    }
    const expected = listRoutes(t.app).filter((r) => r.path !== '/metrics').map(routeKey);
    expect(expected.filter((r) => !documented.has(r))).toEqual([]);
    expect(doc.body.info.title).toBe('Veraz API');
    await t.http().get('/api/docs').expect(200);
  });
});
