import { bearer, login, seedWorld, type World } from './support/seed';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * Out-of-range and hostile inputs (issue 13, item 4): every one is a 400 that names the field and says
 * what is allowed, in Spanish — never a 5xx from PostgreSQL choking on a bigint or a NUL byte.
 */

const HUGE = ['9223372036854775807', '9223372036854775808', '99999999999999999999', '1e20'];

describe('input bounds: out-of-range query parameters and S1 fields get a 400 naming the field', () => {
  let t: TestApp;
  let world: World;
  let admin: string;
  let operator: string;
  let s1Token: string;

  beforeAll(async () => {
    t = await startTestApp({ processJobs: false });
    world = await seedWorld(t);
    [admin, operator] = await Promise.all([world.adminA, world.operator].map(async (p) => (await login(t, p.email)).token));
    const client = (await t.http().post('/api/s1-clients').set(bearer(admin)).send({ label: 'PDN' }).expect(201)).body;
    const token = await t
      .http()
      .post('/s1/alfa/oauth/token')
      .type('form')
      .send({ grant_type: 'password', username: client.username, password: client.password, client_id: client.client_id, client_secret: client.client_secret })
      .expect(200);
    s1Token = token.body.access_token;
  });
  afterAll(() => t.close());

  /** A VALIDACION answer whose errors name `path`, with a Spanish message that contains `allowed`. */
  function expectFieldError(res: { status: number; body: any }, path: string, allowed: RegExp): void {
    expect({ status: res.status, code: res.body?.code }).toEqual({ status: 400, code: 'VALIDACION' });
    expect(res.body.errors).toEqual(expect.arrayContaining([{ path, message: expect.stringMatching(allowed) }]));
  }

  it('refuses offsets beyond the allowed maximum on every paged list', async () => {
    for (const list of ['/api/filings', '/api/members', '/api/invitations']) {
      for (const offset of HUGE) {
        const res = await t.http().get(`${list}?offset=${offset}`).set(bearer(admin));
        expectFieldError(res, 'offset', /como máximo 1000000/);
      }
      expectFieldError(await t.http().get(`${list}?limit=99999999999999999999`).set(bearer(admin)), 'limit', /como máximo 200/);
    }
    // The bound itself is still a page, past the end: empty.
    const edge = await t.http().get('/api/members?offset=1000000').set(bearer(admin)).expect(200);
    expect(edge.body.items).toEqual([]);
  });

  it('refuses beforeSeq beyond a safe sequence number on both audit lists', async () => {
    for (const [url, token] of [['/api/audit-events', admin], ['/api/platform/audit-events', operator]] as const) {
      for (const beforeSeq of HUGE) {
        expectFieldError(await t.http().get(`${url}?beforeSeq=${beforeSeq}`).set(bearer(token)), 'beforeSeq', /como máximo 9007199254740991/);
      }
      await t.http().get(`${url}?beforeSeq=9007199254740991`).set(bearer(token)).expect(200);
    }
  });

  it('refuses a filings search with NUL or other control characters, and one too long', async () => {
    // NUL is refused for every query parameter alike; the other control characters by the search's own rule.
    const cases: Array<[string, RegExp]> = [['%00', /caracteres no válidos/], ['ab%00cd', /caracteres no válidos/], ['%01', /caracteres de control/], ['%1B%5B31m', /caracteres de control/], ['%7F', /caracteres de control/]];
    for (const [q, message] of cases) {
      for (const url of ['/api/filings', '/api/filings/export.csv']) expectFieldError(await t.http().get(`${url}?q=${q}`).set(bearer(admin)), 'q', message);
    }
    expectFieldError(await t.http().get(`/api/filings?q=${'a'.repeat(101)}`).set(bearer(admin)), 'q', /como máximo 100/);
    await t.http().get(`/api/filings?q=mu%C3%B1oz%20l`).set(bearer(admin)).expect(200);
  });

  it('refuses NUL in any other query parameter or path segment instead of failing in the database', async () => {
    const cases: Array<[string, string | null, string]> = [
      ['/api/filings?mine=%00', admin, 'mine'],
      ['/s1/alfa/changes?since=2026-01-01T00:00:00Z&after=%00', null, 'after'],
      ['/s1/alfa/openapi.json?tipo=%00', null, 'tipo'],
      ['/verificar/ABC-2026-000001?hash=%00&formato=json', null, 'hash'],
    ];
    for (const [url, token, field] of cases) {
      const req = t.http().get(url);
      const res = token ? await req.set(bearer(token)) : await req;
      expect({ url, status: res.status }).toEqual({ url, status: 400 });
      expect(JSON.stringify(res.body)).toContain(field);
    }
    for (const url of ['/verificar/AB%00C', '/s1/al%00fa/changes?since=2026-01-01T00:00:00Z', '/api/invitation-links/x%00y']) {
      const res = await t.http().get(url);
      expect({ url, status: res.status < 500 ? 'no 5xx' : res.status }).toEqual({ url, status: 'no 5xx' });
    }
  });

  it('documents the bounds in the OpenAPI description', async () => {
    const doc = (await t.http().get('/api/docs-json').expect(200)).body;
    const param = (path: string, name: string) => doc.paths[path].get.parameters.find((p: { name: string }) => p.name === name)?.schema;
    for (const path of ['/api/filings', '/api/members', '/api/invitations']) expect(param(path, 'offset')).toMatchObject({ minimum: 0, maximum: 1000000 });
    expect(param('/api/audit-events', 'beforeSeq')).toMatchObject({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER });
    expect(param('/api/filings', 'q')).toMatchObject({ maxLength: 100 });
    for (const path of ['/s1/{slug}/v2/declaraciones', '/s1/v2/declaraciones']) {
      const op = doc.paths[path].post;
      expect(op.requestBody.content['application/json'].schema.properties.page).toMatchObject({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER });
      expect(op.responses['400']).toBeDefined();
    }
  });

  describe('S1 requests (errors in the S1 {code, message} shape, naming the field)', () => {
    const search = (body: unknown) => t.http().post('/s1/alfa/v2/declaraciones').set(bearer(s1Token)).send(body as object);

    function expectS1Field(res: { status: number; body: any }, field: string): void {
      expect({ status: res.status, body: res.body }).toEqual({ status: 400, body: { code: 'e_8001', message: expect.stringContaining(field) } });
    }

    it('refuses pages beyond a safe integer, with or without a filter or a sort', async () => {
      for (const extra of [{}, { query: { nombres: 'jose' } }, { sort: { nombres: 'asc' } }, { query: { totalIngresosNetos: { min: 1 } } }]) {
        for (const page of [9.2e17, 1e20, '9223372036854775807', '99999999999999999999']) {
          const res = await search({ page, pageSize: 200, ...extra });
          expectS1Field(res, 'page');
          expect(res.body.message).toMatch(/entre 1 y 9007199254740991/);
        }
        const edge = await search({ page: Number.MAX_SAFE_INTEGER, pageSize: 200, ...extra }).expect(200);
        expect(edge.body.results).toEqual([]);
      }
    });

    it('refuses range bounds beyond a safe number and names the range', async () => {
      const cases: Array<[unknown, string]> = [
        [{ totalIngresosNetos: { min: 1e300 } }, 'totalIngresosNetos.min'],
        [{ totalIngresosNetos: { min: 0, max: '-1e30' } }, 'totalIngresosNetos.max'],
        [{ bienesInmuebles: { superficieTerreno: { min: 'abc' } } }, 'bienesInmuebles.superficieTerreno.min'],
        [{ bienesInmuebles: { valorAdquisicion: { max: 99999999999999999999 } } }, 'bienesInmuebles.valorAdquisicion.max'],
      ];
      for (const [query, field] of cases) expectS1Field(await search({ query }), field);
      const fine = await search({ query: { totalIngresosNetos: { min: 0.5, max: 9007199254740991 } } }).expect(200);
      expect(fine.body.results).toEqual([]);
    });

    it('refuses change-feed dates PostgreSQL cannot hold, repeated parameters and over-long ids, naming them', async () => {
      const cases: Array<[string, string]> = [
        ['since=-271821-04-20T00:00:00Z', 'since'],
        ['since=%2B275760-09-13T00:00:00Z', 'since'],
        ['since=2026-01-01T00:00:00Z&since=2026-02-01T00:00:00Z', 'since'],
        [`since=2026-01-01T00:00:00Z&after=${'x'.repeat(201)}`, 'after'],
        ['since=2026-01-01T00:00:00Z&after=a&after=b', 'after'],
      ];
      for (const [query, field] of cases) expectS1Field(await t.http().get(`/s1/alfa/changes?${query}`), field);
      const fine = await t.http().get('/s1/alfa/changes?since=2026-01-01T00:00:00Z&after=x').expect(200);
      expect(fine.body).toEqual({ results: [], withdrawn: [], next: null });
    });

    it('refuses strings with NUL or beyond the allowed length and names the field', async () => {
      const nul = await search({ query: { nombres: 'jo\u0000se' } });
      expectS1Field(nul, 'query.nombres');
      const longKey = await search({ query: { ['k'.repeat(100_000)]: 'a\u0000b' } });
      expectS1Field(longKey, 'query.kkk');
      expect(longKey.body.message.length).toBeLessThan(300);
      const cases: Array<[unknown, string]> = [
        [{ nombres: 'a'.repeat(201) }, 'nombres'],
        [{ datosEmpleoCargoComision: { nombreEntePublico: 'x'.repeat(201) } }, 'datosEmpleoCargoComision.nombreEntePublico'],
        [{ id: 'x'.repeat(201) }, 'id'],
        [{ escolaridadNivel: 'x'.repeat(201) }, 'escolaridadNivel'],
        [{ bienesInmuebles: { formaAdquisicion: 'x'.repeat(201) } }, 'bienesInmuebles.formaAdquisicion'],
        [{ nombres: 'a\u0001b' }, 'nombres'],
      ];
      for (const [query, field] of cases) {
        const res = await search({ query });
        expectS1Field(res, field);
      }
      await search({ query: { nombres: 'José Ángel' } }).expect(200);
    });
  });
});
