import type { MemberView } from '@veraz/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, makeSession, mockFetch, renderApp } from '../../test/helpers';

const ANA: MemberView = { id: 'a0000000-0000-4000-8000-000000000001', userId: 'user-1', email: 'ana@sefin.gob.mx', nombreCompleto: 'Ana López', roles: ['ADMIN_INSTITUCION'], employmentLevel: 'JEFE_DEPARTAMENTO_O_SUPERIOR', createdAt: '2025-01-10T10:00:00.000Z', deactivatedAt: null };
const LUIS: MemberView = { id: 'a0000000-0000-4000-8000-000000000002', userId: 'user-2', email: 'luis@sefin.gob.mx', nombreCompleto: 'Luis García', roles: ['DECLARANTE'], employmentLevel: null, createdAt: '2025-02-01T10:00:00.000Z', deactivatedAt: null };
const admin = makeSession({ roles: ['ADMIN_INSTITUCION'] });

describe('MembersPage', () => {
  it('sends the checked roles with PATCH and confirms the change', async () => {
    const { fetch, calls } = mockFetch((call) => {
      if (call.method === 'GET' && call.path.startsWith('/api/members')) return jsonResponse(200, { items: [ANA, LUIS], total: 2 });
      if (call.method === 'PATCH') return jsonResponse(200, { ...LUIS, roles: (call.body as { roles: string[] }).roles });
      return jsonResponse(500, { statusCode: 500, code: 'X', message: 'x' });
    });
    const { user } = renderApp('/miembros', { fetch, session: admin });

    const luis = await screen.findByRole('group', { name: 'Roles de Luis García' });
    expect((within(luis).getByLabelText('Declarante') as HTMLInputElement).checked).toBe(true);
    await user.click(within(luis).getByLabelText('Revisor (Órgano Interno de Control)'));
    await user.click(within(luis).getByLabelText('Declarante'));
    await user.click(screen.getByRole('button', { name: 'Guardar roles de Luis García' }));

    expect(await screen.findByText('Roles de Luis García actualizados.')).toBeTruthy();
    const patch = calls.find((c) => c.method === 'PATCH');
    expect(patch?.path).toBe(`/api/members/${LUIS.id}`);
    expect(patch?.body).toEqual({ roles: ['REVISOR'] });
    expect(patch?.authorization).toBe(`Bearer ${admin.accessToken}`);
  });

  it('requires at least one role and shows the server refusal for the last administrator', async () => {
    const { fetch, calls } = mockFetch((call) => {
      if (call.method === 'GET') return jsonResponse(200, { items: [ANA, LUIS], total: 2 });
      return jsonResponse(409, { statusCode: 409, code: 'CONFLICTO', message: 'La institución debe conservar al menos una persona administradora.' });
    });
    const { user } = renderApp('/miembros', { fetch, session: admin });

    const ana = await screen.findByRole('group', { name: 'Roles de Ana López' });
    await user.click(within(ana).getByLabelText('Administrador de la institución'));
    await user.click(screen.getByRole('button', { name: 'Guardar roles de Ana López' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Elige al menos un rol.');
    expect(calls.some((c) => c.method === 'PATCH')).toBe(false);

    await user.click(within(ana).getByLabelText('Declarante'));
    await user.click(screen.getByRole('button', { name: 'Guardar roles de Ana López' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('La institución debe conservar al menos una persona administradora.'));
    expect(document.activeElement).toBe(screen.getByRole('alert'));
    expect(calls.find((c) => c.method === 'PATCH')?.body).toEqual({ roles: ['DECLARANTE'] });
  });

  it('records the employment level that decides complete or simplified declarations', async () => {
    const { fetch, calls } = mockFetch((call) => {
      if (call.method === 'GET') return jsonResponse(200, { items: [ANA, LUIS], total: 2 });
      if (call.method === 'PUT') return jsonResponse(200, { ...LUIS, employmentLevel: (call.body as { employmentLevel: string }).employmentLevel });
      return jsonResponse(500, { statusCode: 500, code: 'X', message: 'x' });
    });
    const { user } = renderApp('/miembros', { fetch, session: admin });

    const select = (await screen.findByLabelText('Nivel de empleo de Luis García')) as HTMLSelectElement;
    expect(select.value).toBe('');
    // A declarant without a level is marked, with a count above the table; the admin without DECLARANTE is not.
    const luisRow = screen.getByRole('rowheader', { name: /Luis García/ });
    expect(luisRow.textContent).toContain('Falta nivel de empleo');
    expect(screen.getByRole('rowheader', { name: /Ana López/ }).textContent).not.toContain('Falta nivel de empleo');
    expect(screen.getByTestId('faltan-niveles').textContent).toContain('1 persona declarante no tiene nivel de empleo registrado');
    expect((screen.getByLabelText('Nivel de empleo de Ana López') as HTMLSelectElement).value).toBe('JEFE_DEPARTAMENTO_O_SUPERIOR');
    await user.click(screen.getByRole('button', { name: 'Guardar nivel de Luis García' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Elige el nivel de empleo.');
    expect(calls.some((c) => c.method === 'PUT')).toBe(false);

    await user.selectOptions(select, 'INFERIOR_A_JEFE_DEPARTAMENTO');
    await user.click(screen.getByRole('button', { name: 'Guardar nivel de Luis García' }));
    expect(await screen.findByText('Nivel de Luis García guardado.')).toBeTruthy();
    expect(screen.getByRole('rowheader', { name: /Luis García/ }).textContent).not.toContain('Falta nivel de empleo');
    expect(screen.queryByTestId('faltan-niveles')).toBeNull();
    const put = calls.find((c) => c.method === 'PUT');
    expect(put?.path).toBe(`/api/members/${LUIS.id}/employment-level`);
    expect(put?.body).toEqual({ employmentLevel: 'INFERIOR_A_JEFE_DEPARTAMENTO' });
  });
});

describe('MembersPage access', () => {
  it('deactivates another member after confirmation, offers reactivation, and never offers it on one’s own row', async () => {
    const { fetch, calls } = mockFetch((call) => {
      if (call.method === 'GET') return jsonResponse(200, { items: [ANA, LUIS], total: 2 });
      if (call.path.endsWith('/deactivate')) return jsonResponse(200, { ...LUIS, deactivatedAt: '2026-03-02T10:00:00.000Z' });
      return jsonResponse(200, LUIS);
    });
    const { user } = renderApp('/miembros', { fetch, session: admin });

    await screen.findByRole('group', { name: 'Roles de Luis García' });
    // Ana is the signed-in admin (user-1): no button to deactivate herself.
    expect(screen.queryByRole('button', { name: 'Desactivar a Ana López' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Desactivar a Luis García' }));
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Sí, desactivar a Luis García' }));
    expect(await screen.findByText(/desde el 2 de marzo de 2026/)).toBeTruthy();
    expect(screen.getByText('Desactivado')).toBeTruthy();
    expect(calls.find((c) => c.method === 'POST')?.path).toBe(`/api/members/${LUIS.id}/deactivate`);

    await user.click(screen.getByRole('button', { name: 'Reactivar a Luis García' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'POST').map((c) => c.path)).toContain(`/api/members/${LUIS.id}/reactivate`));
    expect(await screen.findByRole('button', { name: 'Desactivar a Luis García' })).toBeTruthy();
  });
});
