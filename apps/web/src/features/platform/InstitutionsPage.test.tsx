import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { field, findField, jsonResponse, makeSession, mockFetch, renderApp } from '../../test/helpers';

describe('InstitutionsPage', () => {
  it('creates an institution and invites its first administrator by e-mail only', async () => {
    const created = { id: 'c0000000-0000-4000-8000-000000000001', slug: 'sefin-jalisco', name: 'Secretaría de Finanzas de Jalisco' };
    const { fetch, calls } = mockFetch((call) => {
      if (call.method === 'GET') return jsonResponse(200, []);
      if (call.path === '/api/platform/institutions') return jsonResponse(201, created);
      return jsonResponse(201, {
        id: 'i1', email: 'admin@jalisco.gob.mx', roles: ['ADMIN_INSTITUCION'], employmentLevel: null, status: 'PENDIENTE',
        expiresAt: '2030-01-01T00:00:00.000Z', createdAt: '2029-12-25T00:00:00.000Z',
      });
    });
    const { user } = renderApp('/plataforma/instituciones', { fetch, session: makeSession({ isOperator: true, institution: null }) });

    await user.type(await findField('Nombre'), 'Secretaría de Finanzas de Jalisco');
    await user.tab();
    expect(field('Identificador').value).toBe('secretaria-de-finanzas-de-jalisco');
    await user.clear(field('Identificador'));
    await user.type(field('Identificador'), 'sefin-jalisco');
    await user.click(screen.getByRole('button', { name: 'Dar de alta' }));

    await user.click(await screen.findByRole('button', { name: 'Invitar administrador de Secretaría de Finanzas de Jalisco' }));
    const emails = screen.getAllByLabelText(/^Correo electrónico/);
    await user.type(emails[emails.length - 1], 'admin@jalisco.gob.mx');
    await user.click(screen.getByRole('button', { name: 'Enviar invitación de administrador de Secretaría de Finanzas de Jalisco' }));

    const sent = (await screen.findByRole('heading', { name: 'Invitación enviada a admin@jalisco.gob.mx' })).closest('section')!;
    expect(sent.textContent).toContain('Enviamos a admin@jalisco.gob.mx un correo con el enlace');
    expect(sent.textContent).toContain('Las cuentas de operación no pueden aceptar invitaciones ni tener roles en una institución');
    expect(sent.querySelector('input')).toBeNull();
    expect(calls.filter((c) => c.method === 'POST').map((c) => [c.path, c.body])).toEqual([
      ['/api/platform/institutions', { name: 'Secretaría de Finanzas de Jalisco', slug: 'sefin-jalisco' }],
      [`/api/platform/institutions/${created.id}/invitations`, { email: 'admin@jalisco.gob.mx', roles: ['ADMIN_INSTITUCION'] }],
    ]);
  });
});
