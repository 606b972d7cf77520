import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { field, findField, jsonResponse, mockFetch, renderApp } from '../../test/helpers';

const TOKEN = 'reset_abcdefghijklmnopqrstuvwxyz';
const signedOut = () => jsonResponse(401, { statusCode: 401, code: 'NO_AUTENTICADO', message: 'Inicia sesión para continuar.' });

describe('password reset', () => {
  it('checks the confirmation, saves the new password and returns to the login page with a notice', async () => {
    const { fetch, calls } = mockFetch((call) => (call.path === '/api/auth/password-reset/confirm' ? jsonResponse(204) : signedOut()));
    const { user } = renderApp(`/restablecer/${TOKEN}`, { fetch });

    await user.type(await findField('Nueva contraseña'), 'una frase bastante larga');
    await user.type(field('Confirma la contraseña'), 'otra frase distinta');
    await user.click(screen.getByRole('button', { name: 'Guardar contraseña' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Las contraseñas no coinciden.');

    await user.clear(field('Confirma la contraseña'));
    await user.type(field('Confirma la contraseña'), 'una frase bastante larga');
    await user.click(screen.getByRole('button', { name: 'Guardar contraseña' }));

    expect(await screen.findByRole('heading', { name: 'Ingresar a Veraz' })).toBeTruthy();
    expect(screen.getByText('Tu contraseña se actualizó. Ya puedes ingresar con ella.')).toBeTruthy();
    expect(calls.find((c) => c.path.endsWith('/confirm'))?.body).toEqual({ token: TOKEN, password: 'una frase bastante larga' });
  });

  it('shows the neutral message after asking for a reset link', async () => {
    const message = 'Si el correo está registrado, recibirás un enlace para restablecer tu contraseña. Vence en una hora.';
    const { fetch } = mockFetch((call) => (call.path === '/api/auth/password-reset' ? jsonResponse(202, { message }) : signedOut()));
    const { user } = renderApp('/recuperar', { fetch });

    await user.type(await findField('Correo electrónico'), 'quien@sea.gob.mx');
    await user.click(screen.getByRole('button', { name: 'Enviar enlace' }));

    expect((await screen.findByRole('status')).textContent).toBe(message);
  });
});
