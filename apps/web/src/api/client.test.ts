import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, makeSession, mockFetch } from '../test/helpers';
import { ApiClient, ApiRequestError } from './client';

describe('ApiClient', () => {
  it('sends the bearer token, renews once on 401 and retries with the new token', async () => {
    const { fetch, calls } = mockFetch((call) => {
      if (call.path === '/api/auth/refresh') return jsonResponse(200, makeSession({ token: 'nuevo' }));
      if (call.authorization === 'Bearer nuevo') return jsonResponse(200, { items: [], total: 0 });
      return jsonResponse(401, { statusCode: 401, code: 'NO_AUTENTICADO', message: 'Inicia sesión para continuar.' });
    });
    const client = new ApiClient({ fetch });
    client.setSession(makeSession({ token: 'viejo' }));

    await expect(client.get('/api/members')).resolves.toEqual({ items: [], total: 0 });

    expect(calls.map((c) => `${c.method} ${c.path} ${c.authorization ?? '-'}`)).toEqual([
      'GET /api/members Bearer viejo',
      'POST /api/auth/refresh -',
      'GET /api/members Bearer nuevo',
    ]);
    expect(client.currentSession?.accessToken).toBe('nuevo');
  });

  it('shares one refresh between requests that fail at the same time', async () => {
    const { fetch, calls } = mockFetch((call) => {
      if (call.path === '/api/auth/refresh') return jsonResponse(200, makeSession({ token: 'nuevo' }));
      return call.authorization === 'Bearer nuevo' ? jsonResponse(200, []) : jsonResponse(401, { statusCode: 401, code: 'NO_AUTENTICADO', message: 'x' });
    });
    const client = new ApiClient({ fetch });
    client.setSession(makeSession({ token: 'viejo' }));

    await Promise.all([client.get('/api/members'), client.get('/api/invitations')]);

    expect(calls.filter((c) => c.path === '/api/auth/refresh')).toHaveLength(1);
  });

  it('signs out and does not retry when the refresh is refused', async () => {
    const { fetch, calls } = mockFetch(() => jsonResponse(401, { statusCode: 401, code: 'NO_AUTENTICADO', message: 'Inicia sesión para continuar.' }));
    const client = new ApiClient({ fetch });
    client.setSession(makeSession({ token: 'viejo' }));
    const listener = vi.fn();
    client.subscribe(listener);

    const error = await client.get('/api/members').catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiRequestError);
    expect((error as ApiRequestError).status).toBe(401);
    expect((error as ApiRequestError).message).toBe('Tu sesión terminó. Inicia sesión de nuevo.');
    expect(client.currentSession).toBeNull();
    expect(listener).toHaveBeenLastCalledWith(null);
    expect(calls.map((c) => c.path)).toEqual(['/api/members', '/api/auth/refresh']);
  });

  it('treats a 204 from the session check (no cookie, a first visit) as no session', async () => {
    const { fetch, calls } = mockFetch(() => jsonResponse(204));
    const client = new ApiClient({ fetch });
    const listener = vi.fn();
    client.subscribe(listener);

    await expect(client.refresh()).resolves.toBeNull();

    expect(client.currentSession).toBeNull();
    expect(listener).toHaveBeenLastCalledWith(null);
    expect(calls.map((c) => c.path)).toEqual(['/api/auth/refresh']);
  });

  it('does not try to renew on public endpoints and parses ApiError with field errors', async () => {
    const { fetch, calls } = mockFetch(() =>
      jsonResponse(400, {
        statusCode: 400,
        code: 'VALIDACION',
        message: 'Los datos enviados no son válidos.',
        errors: [{ path: 'email', message: 'escribe un correo electrónico válido' }],
      }),
    );
    const client = new ApiClient({ fetch });

    const error = (await client.post('/api/auth/login', { email: 'x', password: 'y' }, { auth: false }).catch((e: unknown) => e)) as ApiRequestError;

    expect(error.code).toBe('VALIDACION');
    expect(error.fieldErrors).toEqual([{ path: 'email', message: 'escribe un correo electrónico válido' }]);
    expect(calls).toHaveLength(1);
    expect(calls[0].authorization).toBeNull();
  });

  it('reports a network failure with a Spanish message', async () => {
    const client = new ApiClient({ fetch: (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch });
    await expect(client.get('/api/members')).rejects.toMatchObject({ status: 0, message: expect.stringContaining('No se pudo conectar') });
  });

  it('renews the token shortly before it expires', async () => {
    vi.useFakeTimers();
    const { fetch, calls } = mockFetch(() => jsonResponse(200, makeSession({ token: 'nuevo' })));
    const client = new ApiClient({ fetch });
    client.setSession({ ...makeSession({ token: 'viejo' }), expiresIn: 300 });

    await vi.advanceTimersByTimeAsync(200_000);
    expect(calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(45_000);

    expect(calls.map((c) => c.path)).toEqual(['/api/auth/refresh']);
    expect(client.currentSession?.accessToken).toBe('nuevo');
    client.setSession(null);
  });
});
