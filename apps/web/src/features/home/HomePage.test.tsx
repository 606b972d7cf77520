import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { INSTITUTION, jsonResponse, makeSession, mockFetch, OTHER_INSTITUTION, renderApp } from '../../test/helpers';

const noCalls = () => jsonResponse(500, { statusCode: 500, code: 'INESPERADO', message: 'No debería llamarse.' });

async function mainLinks() {
  const main = await screen.findByRole('main');
  await within(main).findByRole('heading', { name: 'Hola, Ana López' });
  return within(main)
    .queryAllByRole('link')
    .map((a) => a.textContent);
}

describe('HomePage', () => {
  it('shows administrators the links to members, invitations and the audit log', async () => {
    const { fetch } = mockFetch(noCalls);
    renderApp('/', { fetch, session: makeSession({ roles: ['DECLARANTE', 'ADMIN_INSTITUCION'] }) });

    // This administrator is also a declarant, so their own declarations come first.
    expect(await mainLinks()).toEqual(['Mis declaraciones', 'Miembros', 'Invitaciones', 'Declaraciones de la institución', 'Bitácora']);
    expect(screen.getByText('Secretaría de Finanzas')).toBeTruthy();
    expect(screen.getByText('Administrador de la institución')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Cerrar sesión' })).toBeTruthy();
  });

  it('gives a declarant their declarations and no administration links, in the page or in the menu', async () => {
    const { fetch } = mockFetch(noCalls);
    renderApp('/', { fetch, session: makeSession({ roles: ['DECLARANTE'] }) });

    expect(await mainLinks()).toEqual(['Mis declaraciones']);
    expect(screen.getByRole('navigation', { name: 'Principal' }).textContent).toContain('Mis declaraciones');
    expect(screen.queryByRole('link', { name: 'Miembros' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Invitaciones' })).toBeNull();
    expect(screen.getByText('Declarante')).toBeTruthy();
  });

  it('gives reviewers the institution’s declarations and the audit log', async () => {
    const { fetch } = mockFetch(noCalls);
    renderApp('/', { fetch, session: makeSession({ roles: ['REVISOR'] }) });

    expect(await mainLinks()).toEqual(['Declaraciones de la institución', 'Bitácora']);
  });

  it('shows operators without an institution the platform links', async () => {
    const { fetch } = mockFetch(noCalls);
    renderApp('/', { fetch, session: makeSession({ isOperator: true, institution: null }) });

    expect(await mainLinks()).toEqual(['Instituciones', 'Bitácora de la plataforma']);
    expect(screen.getByText('No tienes una institución seleccionada.')).toBeTruthy();
  });

  it('blocks a declarant who opens an administration page directly', async () => {
    const { fetch, calls } = mockFetch(noCalls);
    renderApp('/miembros', { fetch, session: makeSession({ roles: ['DECLARANTE'] }) });

    expect(await screen.findByRole('heading', { name: 'No tienes permiso para ver esta página' })).toBeTruthy();
    expect(calls).toHaveLength(0);
  });

  it('switches institution for people with several memberships', async () => {
    const memberships = [
      { id: 'm-1', institution: INSTITUTION, roles: ['DECLARANTE' as const] },
      { id: 'm-2', institution: OTHER_INSTITUTION, roles: ['ADMIN_INSTITUCION' as const] },
    ];
    const switched = makeSession({ institution: OTHER_INSTITUTION, roles: ['ADMIN_INSTITUCION'], memberships, token: 'token-2' });
    const { fetch, calls } = mockFetch((call) => (call.path === '/api/auth/switch-institution' ? jsonResponse(200, switched) : noCalls()));
    const { user } = renderApp('/', { fetch, session: makeSession({ memberships }) });

    await user.selectOptions(await screen.findByLabelText('Cambiar de institución'), 'Secretaría de Salud');
    await user.click(screen.getByRole('button', { name: 'Cambiar' }));

    expect(await screen.findByText('Ahora trabajas en Secretaría de Salud.')).toBeTruthy();
    expect(calls[0]).toMatchObject({ method: 'POST', body: { institutionId: OTHER_INSTITUTION.id }, authorization: 'Bearer token-1' });
    expect(await mainLinks()).toEqual(['Miembros', 'Invitaciones', 'Declaraciones de la institución', 'Bitácora']);
  });
});
