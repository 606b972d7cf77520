import type { PublicInvitationView } from '@veraz/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { field, findField, INSTITUTION, jsonResponse, makeSession, mockFetch, renderApp } from '../../test/helpers';

const TOKEN = 'tok_abcdefghijklmnopqrstuvwxyz';
const signedOut = () => jsonResponse(401, { statusCode: 401, code: 'NO_AUTENTICADO', message: 'Inicia sesión para continuar.' });

function invitation(accountExists: boolean): PublicInvitationView {
  return { institution: INSTITUTION, email: 'luis@sefin.gob.mx', roles: ['DECLARANTE', 'REVISOR'], expiresAt: '2030-01-15T12:00:00.000Z', accountExists };
}

describe('AcceptInvitationPage', () => {
  it('asks a new person for identity data and puts server field errors on the CURP field', async () => {
    const { fetch, calls } = mockFetch((call) => {
      if (call.path === `/api/invitation-links/${TOKEN}`) return jsonResponse(200, invitation(false));
      if (call.path === `/api/invitation-links/${TOKEN}/accept`) {
        return jsonResponse(400, {
          statusCode: 400,
          code: 'VALIDACION',
          message: 'Los datos enviados no son válidos.',
          errors: [{ path: 'curp', message: 'el dígito verificador no corresponde' }],
        });
      }
      return signedOut();
    });
    const { user } = renderApp(`/invitacion/${TOKEN}`, { fetch });

    expect(await screen.findByRole('heading', { name: 'Invitación a Secretaría de Finanzas' })).toBeTruthy();
    expect(screen.getByText('Revisor (Órgano Interno de Control)')).toBeTruthy();
    await user.type(await findField('Nombre(s)'), 'Luis');
    await user.type(field('Primer apellido'), 'García');
    await user.type(field('CURP'), 'gode561231hdfrrn08');
    await user.type(field('RFC sin homoclave'), 'gode561231');
    await user.type(field('Homoclave'), 'ab1');
    await user.type(field('Contraseña'), 'una frase larga y segura');
    await user.type(field('Confirma la contraseña'), 'una frase larga y segura');
    await user.click(screen.getByRole('button', { name: 'Crear cuenta y aceptar' }));

    const curp = field('CURP');
    await waitFor(() => expect(curp.getAttribute('aria-invalid')).toBe('true'));
    const curpError = curp.getAttribute('aria-describedby')!.split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(curpError.join(' ')).toContain('El dígito verificador no corresponde.');
    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('link', { name: 'CURP: El dígito verificador no corresponde.' })).toBeTruthy();
    expect(document.activeElement).toBe(summary);
    expect(field('Nombre(s)').getAttribute('aria-invalid')).toBeNull();

    const accept = calls.find((c) => c.path.endsWith('/accept'));
    expect(accept?.body).toEqual({
      nombre: 'Luis',
      primerApellido: 'García',
      curp: 'GODE561231HDFRRN08',
      rfc: 'GODE561231',
      homoclave: 'AB1',
      password: 'una frase larga y segura',
    });
  });

  it('validates the registration form in Spanish before sending it', async () => {
    const { fetch, calls } = mockFetch((call) => (call.path === `/api/invitation-links/${TOKEN}` ? jsonResponse(200, invitation(false)) : signedOut()));
    const { user } = renderApp(`/invitacion/${TOKEN}`, { fetch });

    await user.type(await findField('CURP'), 'ABC');
    await user.type(field('Contraseña'), 'corta');
    await user.click(screen.getByRole('button', { name: 'Crear cuenta y aceptar' }));

    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('Nombre(s): Escribe tu nombre.');
    expect(summary.textContent).toContain('CURP: La CURP debe tener 18 caracteres con el formato oficial.');
    expect(summary.textContent).toContain('Contraseña: La contraseña debe tener al menos 10 caracteres.');
    expect(calls.some((c) => c.path.endsWith('/accept'))).toBe(false);
  });

  it('asks only for the password when the account exists, then lands signed in on the home page', async () => {
    const { fetch, calls } = mockFetch((call) => {
      if (call.path === `/api/invitation-links/${TOKEN}`) return jsonResponse(200, invitation(true));
      if (call.path.endsWith('/accept')) return jsonResponse(200, makeSession({ roles: ['DECLARANTE', 'REVISOR'] }));
      return signedOut();
    });
    const { user } = renderApp(`/invitacion/${TOKEN}`, { fetch });

    await user.type(await findField('Contraseña de tu cuenta'), 'mi contraseña de siempre');
    expect(screen.queryByLabelText(/CURP/)).toBeNull();
    expect(screen.queryByLabelText(/Nombre/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Aceptar invitación' }));

    expect(await screen.findByRole('heading', { name: 'Hola, Ana López' })).toBeTruthy();
    expect(calls.find((c) => c.path.endsWith('/accept'))?.body).toEqual({ password: 'mi contraseña de siempre' });
  });

  it('tells an operator account in Spanish that it cannot join, and stays on the invitation', async () => {
    const message = 'Las cuentas de operación de la plataforma no pueden unirse a una institución. Pide que inviten a la persona con otro correo.';
    const { fetch } = mockFetch((call) => {
      if (call.path === `/api/invitation-links/${TOKEN}`) return jsonResponse(200, invitation(true));
      if (call.path.endsWith('/accept')) return jsonResponse(409, { statusCode: 409, code: 'OPERADOR_SIN_ROLES', message, errors: [] });
      return signedOut();
    });
    const { user } = renderApp(`/invitacion/${TOKEN}`, { fetch });

    await user.type(await findField('Contraseña de tu cuenta'), 'la del operador');
    await user.click(screen.getByRole('button', { name: 'Aceptar invitación' }));

    expect(await screen.findByText(message)).toBeTruthy();
    expect(screen.queryByRole('heading', { name: /^Hola, / })).toBeNull();
  });

  it('explains when the link is not valid', async () => {
    const { fetch } = mockFetch((call) =>
      call.path.startsWith('/api/invitation-links/')
        ? jsonResponse(400, { statusCode: 400, code: 'ENLACE_INVALIDO', message: 'El enlace no es válido o ya venció.' })
        : signedOut(),
    );
    renderApp(`/invitacion/${TOKEN}`, { fetch });

    expect(await screen.findByRole('heading', { name: 'Este enlace de invitación no es válido' })).toBeTruthy();
  });
});
