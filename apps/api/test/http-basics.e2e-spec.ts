import { bearer, login, seedWorld, type World } from './support/seed';
import { startTestApp, type TestApp } from './support/test-app';

describe('HTTP basics: health, metrics, errors', () => {
  let t: TestApp;
  let world: World;
  beforeAll(async () => {
    t = await startTestApp();
    world = await seedWorld(t);
  });
  afterAll(() => t.close());

  it('reports liveness and readiness of database and queue', async () => {
    expect((await t.http().get('/health').expect(200)).body).toEqual({ status: 'ok' });
    const ready = await t.http().get('/health/ready').expect(200);
    expect(ready.body).toEqual({ status: 'ok', database: 'ok', queue: 'ok', queueBackend: process.env.REDIS_URL ? 'redis' : 'postgres' });
  });

  it('exposes Prometheus metrics labelled by route pattern, never by raw ids', async () => {
    await t.http().get('/api/members/0d000000-0000-4000-8000-00000000000d').expect(401);
    const res = await t.http().get('/metrics').expect(200);
    expect(res.headers['content-type']).toMatch(/text\/plain/);
    expect(res.text).toMatch(/veraz_http_requests_total\{method="GET",route="\/api\/members\/:id",status="401"\} 1/);
    expect(res.text).not.toContain('0d000000-0000');
    expect(res.text).toContain('veraz_process_cpu_user_seconds_total');
  });

  it('answers malformed JSON, oversized bodies and unknown routes with clear Spanish 4xx', async () => {
    const malformed = await t.http().post('/api/auth/login').set('Content-Type', 'application/json').send('{"email":').expect(400);
    expect(malformed.body).toEqual({ statusCode: 400, code: 'JSON_INVALIDO', message: 'El cuerpo de la solicitud no es JSON válido.' });
    const huge = await t.http().post('/api/auth/login').set('Content-Type', 'application/json').send(JSON.stringify({ email: 'a'.repeat(3_000_000) })).expect(413);
    expect(huge.body).toEqual({ statusCode: 413, code: 'DEMASIADO_GRANDE', message: 'La solicitud es demasiado grande.' });
    const missing = await t.http().get('/api/no-existe').expect(404);
    expect(missing.body).toEqual({ statusCode: 404, code: 'NO_ENCONTRADO', message: 'No se encontró el recurso solicitado.' });
  });

  // Found by scripts/fault/fuzz.js: each of these used to end in a 500.
  it('refuses hostile bodies the validators cannot take with a 400, and unknown S1 routes with a 404', async () => {
    const deep = '['.repeat(10_000) + '1' + ']'.repeat(10_000);
    const nested = await t.http().post('/api/auth/login').set('Content-Type', 'application/json').send(deep).expect(400);
    expect(nested.body).toMatchObject({ code: 'VALIDACION', errors: [{ message: 'tiene demasiados niveles anidados (máximo 64)' }] });
    const surrogate = await t.http().post('/api/auth/login').set('Content-Type', 'application/json').send('{"email":"\\ud800","password":"x"}').expect(400);
    expect(surrogate.body).toMatchObject({ code: 'VALIDACION', errors: [{ path: 'email', message: 'contiene caracteres no válidos' }] });
    const nul = await t.http().post('/api/auth/login').send({ email: 'a\u0000b@x.mx', password: 'x' }).expect(400);
    expect(nul.body.errors).toEqual([{ path: 'email', message: 'contiene caracteres no válidos' }]);
    const s1Deep = await t.http().post('/s1/alfa/v2/declaraciones').set('Content-Type', 'application/json').send(`{"query":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}`).expect(400);
    expect(s1Deep.body).toEqual({ code: 'e_8001', message: expect.stringMatching(/^Solicitud inválida: query(\.a)+ tiene demasiados niveles anidados \(máximo 64\)$/) });
    const traversal = await t.http().post('/s1/etc/passwd/x/v2/declaraciones').send({}).expect(404);
    expect(traversal.body).toEqual({ code: 'e_404', message: 'No existe ese recurso' });
    await t.http().get('/s1/no/existe').expect(404);
    // A body far over the limit still gets a readable 413, not a connection reset mid-upload.
    const form = await t.http().post('/s1/alfa/oauth/token').set('Content-Type', 'application/x-www-form-urlencoded').send(`grant_type=password&username=${'a'.repeat(12_000_000)}`).expect(413);
    expect(form.body).toEqual({ code: 'e_8001', message: 'Cuerpo de la solicitud inválido' });
    expect((await t.http().get('/health').expect(200)).body).toEqual({ status: 'ok' });
  });

  it('rejects wrong types and unknown fields with their paths, and never echoes the password', async () => {
    const res = await t.http().post('/api/auth/login').send({ email: ['x'], password: 12345, admin: true }).expect(400);
    expect(res.body.code).toBe('VALIDACION');
    expect(res.body.errors).toEqual(
      expect.arrayContaining([
        { path: 'email', message: 'escribe un correo electrónico válido' },
        { path: 'password', message: 'debe ser texto' },
        { path: 'admin', message: 'no es un campo permitido' },
      ]),
    );
    expect(JSON.stringify(res.body)).not.toContain('12345');
  });

  it('serves the web app on the same port: deep links get the shell, API paths never do', async () => {
    const home = await t.http().get('/').set('Accept', 'text/html').expect(200);
    expect(home.text).toContain('<div id="root"></div>');
    const deepLink = await t.http().get('/plataforma/instituciones').set('Accept', 'text/html').expect(200);
    expect(deepLink.text).toBe(home.text);
    expect(deepLink.headers['cache-control']).toBe('no-cache');
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(home.text)?.[1];
    expect(script).toBeDefined();
    const asset = await t.http().get(script as string).expect(200);
    expect(asset.headers['cache-control']).toContain('immutable');
    // Unknown API routes and missing files stay 404s instead of becoming the shell.
    const api = await t.http().get('/api/no-existe').set('Accept', 'text/html').expect(404);
    expect(api.body.code).toBe('NO_ENCONTRADO');
    await t.http().get('/assets/no-existe.js').expect(404);
  });

  it('sends security headers', async () => {
    const session = await login(t, world.adminA.email);
    const res = await t.http().get('/api/auth/session').set(bearer(session.token)).expect(200);
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });
});
