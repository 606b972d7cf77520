import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { field, findField, jsonResponse, makeSession, mockFetch, renderApp } from '../../test/helpers';

describe('InstitutionsPage', () => {
  it('creates an institution and invites its first administrator by e-mail only', async () => {
    const created = { id: 'c0000000-0000-4000-8000-000000000001', slug: 'sefin-jalisco', name: 'Secretaría de Finanzas de Jalisco', nivelOrdenGobierno: null, ambitoPublico: null };
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

  it('records the ente público when creating an institution, shows it on each institution, and changes it later', async () => {
    const existing = { id: 'c0000000-0000-4000-8000-000000000002', slug: 'cec', name: 'Congreso del Estado de Colima', nivelOrdenGobierno: null, ambitoPublico: null };
    const created = { id: 'c0000000-0000-4000-8000-000000000003', slug: 'tsj', name: 'Tribunal Superior de Justicia', nivelOrdenGobierno: 'ESTATAL', ambitoPublico: 'JUDICIAL' };
    const { fetch, calls } = mockFetch((call) => {
      if (call.method === 'GET') return jsonResponse(200, [existing]);
      if (call.method === 'POST') return jsonResponse(201, created);
      return jsonResponse(200, { ...existing, ...(call.body as object) });
    });
    const { user } = renderApp('/plataforma/instituciones', { fetch, session: makeSession({ isOperator: true, institution: null }) });

    // Nothing recorded yet reads as such, with the labels of the filer's employment section.
    const colima = (await screen.findByRole('heading', { name: existing.name })).closest('li')!;
    const facts = colima.querySelector('dl')!;
    expect([...facts.querySelectorAll('dt, dd')].map((e) => e.textContent)).toEqual(['Nivel / orden de gobierno', 'Sin registrar', 'Ámbito público', 'Sin registrar']);

    // Creating: one of the two alone is refused before anything is sent.
    await user.type(field('Nombre'), created.name);
    await user.tab();
    await user.selectOptions(field('Nivel / orden de gobierno'), 'Estatal');
    await user.click(screen.getByRole('button', { name: 'Dar de alta' }));
    expect(await screen.findAllByText('Elige un valor en «Ámbito público» o deja ambos campos sin registrar.')).not.toHaveLength(0);
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);
    expect([...(field('Ámbito público') as unknown as HTMLSelectElement).options].map((o) => o.textContent)).toEqual(['Sin registrar', 'Ejecutivo', 'Legislativo', 'Judicial', 'Órgano autónomo']);
    await user.selectOptions(field('Ámbito público'), 'Judicial');
    await user.clear(field('Identificador'));
    await user.type(field('Identificador'), 'tsj');
    await user.click(screen.getByRole('button', { name: 'Dar de alta' }));
    const tsj = (await screen.findByRole('heading', { name: created.name })).closest('li')!;
    expect(tsj.querySelector('dl')!.textContent).toBe('Nivel / orden de gobierno' + 'Estatal' + 'Ámbito público' + 'Judicial');

    // Changing it later, on the institution itself.
    await user.click(within(colima).getByRole('button', { name: `Cambiar ente público de ${existing.name}` }));
    await user.selectOptions(field(`Nivel / orden de gobierno de ${existing.name}`), 'Estatal');
    await user.selectOptions(field(`Ámbito público de ${existing.name}`), 'Legislativo');
    await user.click(within(colima).getByRole('button', { name: `Guardar ente público de ${existing.name}` }));
    expect(await screen.findByText(`Se guardó el ente público de «${existing.name}».`)).toBeTruthy();
    expect(colima.querySelector('dl')!.textContent).toBe('Nivel / orden de gobierno' + 'Estatal' + 'Ámbito público' + 'Legislativo');
    expect(calls.filter((c) => c.method !== 'GET').map((c) => [c.method, c.path, c.body])).toEqual([
      ['POST', '/api/platform/institutions', { name: created.name, slug: 'tsj', nivelOrdenGobierno: 'ESTATAL', ambitoPublico: 'JUDICIAL' }],
      ['PUT', `/api/platform/institutions/${existing.id}/ente-publico`, { nivelOrdenGobierno: 'ESTATAL', ambitoPublico: 'LEGISLATIVO' }],
    ]);
  });
});
