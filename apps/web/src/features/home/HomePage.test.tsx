import { EMPLOYMENT_LEVEL_MISSING_MESSAGE } from '@veraz/contracts';
import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { INSTITUTION, jsonResponse, makeSession, mockFetch, OTHER_INSTITUTION, renderApp } from '../../test/helpers';
import { filerObligation } from '../declarations/testData';

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
    expect(await mainLinks()).toEqual(['Mis declaraciones', 'Tablero de cumplimiento', 'Declaraciones de la institución', 'Requerimientos', 'Padrón', 'Umbrales de riesgo', 'Miembros', 'Invitaciones', 'Configuración', 'Credenciales S1 (PDN)', 'Bitácora']);
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

  it('tells a declarant without an employment level why they cannot start yet, and says nothing once it is set', async () => {
    let level: string | null = null;
    const { fetch, calls } = mockFetch((call) =>
      call.path === '/api/declarations/readiness'
        ? jsonResponse(200, { canStart: level !== null, employmentLevel: level, reason: level ? null : EMPLOYMENT_LEVEL_MISSING_MESSAGE })
        : noCalls(),
    );
    const first = renderApp('/', { fetch, session: makeSession({ roles: ['DECLARANTE'] }) });

    const notice = await screen.findByRole('region', { name: 'Aún no puedes iniciar tu declaración' });
    expect(notice.textContent).toContain('Tu institución aún no registra tu nivel de empleo');
    expect(notice.textContent).toContain('Pide a la persona administradora que lo registre.');
    first.unmount();

    level = 'INFERIOR_A_JEFE_DEPARTAMENTO';
    renderApp('/', { fetch, session: makeSession({ roles: ['DECLARANTE'] }) });
    await mainLinks();
    await waitFor(() => expect(calls.filter((c) => c.path === '/api/declarations/readiness')).toHaveLength(2));
    // Let the answer reach the page before checking that it shows nothing.
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(screen.queryByRole('region', { name: 'Aún no puedes iniciar tu declaración' })).toBeNull();
  });

  it('gives reviewers the institution’s declarations and the audit log', async () => {
    const { fetch } = mockFetch(noCalls);
    renderApp('/', { fetch, session: makeSession({ roles: ['REVISOR'] }) });

    expect(await mainLinks()).toEqual(['Tablero de cumplimiento', 'Declaraciones de la institución', 'Requerimientos', 'Padrón', 'Umbrales de riesgo', 'Bitácora']);
  });

  it('shows operators without an institution the platform links', async () => {
    const { fetch } = mockFetch(noCalls);
    renderApp('/', { fetch, session: makeSession({ isOperator: true, institution: null }) });

    expect(await mainLinks()).toEqual(['Instituciones', 'Tipos de cambio', 'Bitácora de la plataforma']);
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
    expect(calls.find((c) => c.method === 'POST')).toMatchObject({ path: '/api/auth/switch-institution', body: { institutionId: OTHER_INSTITUTION.id }, authorization: 'Bearer token-1' });
    expect(await mainLinks()).toEqual(['Tablero de cumplimiento', 'Declaraciones de la institución', 'Requerimientos', 'Padrón', 'Umbrales de riesgo', 'Miembros', 'Invitaciones', 'Configuración', 'Credenciales S1 (PDN)', 'Bitácora']);
  });
  it('lists a filer’s missed and pending obligations with due dates, from the roster, even with the last MODIFICACIÓN in 2023', async () => {
    const modificacion = (year: number, state: 'OMISA' | 'PENDIENTE' | 'PRESENTADA_EN_TIEMPO') =>
      filerObligation({
        id: `m-${year}`,
        kind: 'MODIFICACIÓN',
        kindLabel: 'Declaración de modificación',
        periodKey: String(year),
        triggerDate: `${year + 1}-05-01`,
        windowStart: `${year + 1}-05-01`,
        dueDate: `${year + 1}-05-31`,
        state,
        stateLabel: { OMISA: 'Omisa', PENDIENTE: 'Pendiente', PRESENTADA_EN_TIEMPO: 'Presentada en tiempo' }[state],
      });
    const { fetch } = mockFetch((call) => {
      if (call.path === '/api/declarations/obligations') return jsonResponse(200, { onRoster: true, items: [modificacion(2024, 'OMISA'), modificacion(2025, 'PENDIENTE'), modificacion(2023, 'PRESENTADA_EN_TIEMPO')] });
      if (call.path === '/api/declarations/readiness') return jsonResponse(200, { canStart: true, employmentLevel: 'INFERIOR_A_JEFE_DEPARTAMENTO', reason: null });
      return noCalls();
    });
    renderApp('/', { fetch, session: makeSession({ roles: ['DECLARANTE'] }) });

    const region = await screen.findByRole('region', { name: 'Tus declaraciones pendientes' });
    await within(region).findByRole('heading', { name: 'Declaración de modificación (año 2024)' });
    expect(within(region).queryByText(/No tienes declaraciones pendientes/)).toBeNull();
    const cards = within(region).getAllByRole('listitem');
    expect(cards.map((c) => within(c).getByRole('heading').textContent)).toEqual(['Declaración de modificación (año 2024)', 'Declaración de modificación (año 2025)']);
    expect(cards[0]!.textContent).toContain('Venció el 31 de mayo de 2025');
    expect(within(cards[0]!).getByRole('link', { name: 'Iniciar declaración de modificación 2024' }).getAttribute('href')).toBe('/declaraciones/nueva?tipo=MODIFICACI%C3%93N&anioReportado=2024');
  });

  it('shows no obligations to a member who is not a declarant', async () => {
    const { fetch, calls } = mockFetch(noCalls);
    renderApp('/', { fetch, session: makeSession({ roles: ['REVISOR'] }) });
    await mainLinks();
    expect(screen.queryByRole('region', { name: 'Tus declaraciones pendientes' })).toBeNull();
    expect(calls.filter((c) => c.path === '/api/declarations/obligations')).toHaveLength(0);
  });
});
