import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { field, findField, jsonResponse, makeSession, mockFetch, renderApp } from '../../test/helpers';

const signedOut = () => jsonResponse(401, { statusCode: 401, code: 'NO_AUTENTICADO', message: 'Inicia sesión para continuar.' });

describe('LoginPage', () => {
  it('validates in Spanish before calling the server', async () => {
    const { fetch, calls } = mockFetch(signedOut);
    const { user } = renderApp('/ingresar', { fetch });

    await user.click(await screen.findByRole('button', { name: 'Ingresar' }));

    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('Correo electrónico: Escribe tu correo electrónico.');
    expect(document.activeElement).toBe(summary);
    const email = field('Correo electrónico');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(email.getAttribute('aria-describedby')!)?.textContent).toContain('Escribe tu correo electrónico.');
    expect(field('Contraseña').getAttribute('aria-invalid')).toBe('true');

    await user.type(email, 'no-es-correo');
    await user.click(screen.getByRole('button', { name: 'Ingresar' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Escribe un correo electrónico válido');
    expect(calls.filter((c) => c.path === '/api/auth/login')).toHaveLength(0);
  });

  it('shows wrong credentials in the error summary and focuses it', async () => {
    const { fetch, calls } = mockFetch((call) =>
      call.path === '/api/auth/login'
        ? jsonResponse(401, { statusCode: 401, code: 'CREDENCIALES_INVALIDAS', message: 'Correo o contraseña incorrectos.' })
        : signedOut(),
    );
    const { user } = renderApp('/ingresar', { fetch });

    await user.type(await findField('Correo electrónico'), 'ana@sefin.gob.mx');
    await user.type(field('Contraseña'), 'equivocada-123');
    await user.click(screen.getByRole('button', { name: 'Ingresar' }));

    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('Correo o contraseña incorrectos.');
    await waitFor(() => expect(document.activeElement).toBe(summary));
    expect(calls.find((c) => c.path === '/api/auth/login')?.body).toEqual({ email: 'ana@sefin.gob.mx', password: 'equivocada-123' });
    // The login call must not trigger a session refresh: a 401 there means wrong credentials.
    expect(calls.filter((c) => c.path === '/api/auth/refresh')).toHaveLength(1);
  });

  it('redirects to the login page and back to the requested page after signing in', async () => {
    const admin = makeSession({ roles: ['ADMIN_INSTITUCION'] });
    const { fetch } = mockFetch((call) => {
      if (call.path === '/api/auth/login') return jsonResponse(200, admin);
      if (call.path.startsWith('/api/members')) return jsonResponse(200, { items: [], total: 0 });
      return signedOut();
    });
    const { user } = renderApp('/miembros', { fetch });

    expect(await screen.findByRole('heading', { name: 'Ingresar a Veraz' })).toBeTruthy();
    await user.type(field('Correo electrónico'), 'ana@sefin.gob.mx');
    await user.type(field('Contraseña'), 'correcta-123456');
    await user.click(screen.getByRole('button', { name: 'Ingresar' }));

    expect(await screen.findByRole('heading', { name: 'Miembros' })).toBeTruthy();
    expect(await screen.findByText('Todavía no hay miembros.')).toBeTruthy();
  });

  it('sends people whose session cannot be renewed to the login page with a notice', async () => {
    const { fetch } = mockFetch(signedOut);
    renderApp('/miembros', { fetch, session: makeSession({ roles: ['ADMIN_INSTITUCION'] }) });

    expect(await screen.findByRole('heading', { name: 'Ingresar a Veraz' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Tu sesión terminó. Inicia sesión de nuevo.');
  });
});
