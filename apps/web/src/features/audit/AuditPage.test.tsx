import type { AuditEventView } from '@veraz/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, makeSession, mockFetch, renderApp } from '../../test/helpers';

function event(seq: number): AuditEventView {
  // Every code the server records has a label: filings and their classification included.
  const actions = ['auth.login', 'member.roles_changed', 'declaration.filed', 'filing.reserved', 'vendor.future_code'];
  return { seq, occurredAt: '2025-03-01T10:00:00.000Z', action: actions[seq % actions.length]!, actorUserId: 'user-1', actorName: null, targetType: 'user', targetId: 'user-1', targetLabel: 'Cuenta', details: {}, hash: `h${seq}` };
}

describe('AuditPage', () => {
  it('lists events with Spanish labels and loads older ones with beforeSeq', async () => {
    const { fetch, calls } = mockFetch((call) => {
      const before = new URL(call.path, 'http://x').searchParams.get('beforeSeq');
      const top = before ? Number(before) - 1 : 60;
      const batch = Array.from({ length: Math.min(50, top) }, (_, i) => event(top - i));
      return jsonResponse(200, batch);
    });
    const { user } = renderApp('/bitacora', { fetch, session: makeSession({ roles: ['REVISOR'] }) });

    // The table, not the action filter's options, which carry the same labels.
    const table = await screen.findByRole('table');
    expect(within(table).getAllByText('Inicio de sesión').length).toBeGreaterThan(0);
    expect(within(table).getAllByText('Cambio de roles').length).toBeGreaterThan(0);
    expect(within(table).getAllByText('Declaración presentada y firmada').length).toBeGreaterThan(0);
    expect(within(table).getAllByText('Declaración clasificada como reservada').length).toBeGreaterThan(0);
    // A code this version does not know is shown as it is.
    expect(within(table).getAllByText('vendor.future_code').length).toBeGreaterThan(0);
    expect(screen.getAllByRole('row')).toHaveLength(51);

    await user.click(screen.getByRole('button', { name: 'Cargar más' }));

    await waitFor(() => expect(screen.getAllByRole('row')).toHaveLength(61));
    expect(calls.map((c) => c.path)).toEqual(['/api/audit-events?limit=50', '/api/audit-events?limit=50&beforeSeq=11']);
    expect(screen.getByText('Se cargaron 10 eventos más.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Cargar más' })).toBeNull();
  });

  it('names the platform operator as the author of its actions on the institution', async () => {
    const operatorEntry: AuditEventView = {
      seq: 2, occurredAt: '2025-03-01T10:00:00.000Z', action: 'invitation.created', actorUserId: 'op-1', actorName: null, targetType: 'invitation', targetId: 'inv-1', targetLabel: 'Invitación a ana@sefin.gob.mx',
      details: { roles: ['ADMIN_INSTITUCION'], actorRole: 'OPERADOR' }, hash: 'h2',
    };
    const memberEntry: AuditEventView = { ...operatorEntry, seq: 1, action: 'auth.login', actorUserId: 'user-1', details: {}, hash: 'h1' };
    const { fetch } = mockFetch(() => jsonResponse(200, [operatorEntry, memberEntry]));
    renderApp('/bitacora', { fetch, session: makeSession({ roles: ['ADMIN_INSTITUCION'] }) });

    const rows = await screen.findAllByRole('row');
    expect(rows[1]!.textContent).toContain('Operador de la plataforma');
    expect(rows[1]!.textContent).toContain('op-1');
    expect(rows[2]!.textContent).not.toContain('Operador de la plataforma');
  });

  it('shows people and objects by name, with the ids kept small', async () => {
    const entry: AuditEventView = {
      seq: 7, occurredAt: '2025-03-01T10:00:00.000Z', action: 'member.roles_changed', actorUserId: 'user-1', actorName: 'Ana López Ruiz',
      targetType: 'membership', targetId: 'm-9', targetLabel: 'Miembro Beto Gómez', details: {}, hash: 'h7',
    };
    const { fetch } = mockFetch(() => jsonResponse(200, [entry]));
    renderApp('/bitacora', { fetch, session: makeSession({ roles: ['REVISOR'] }) });
    const row = (await screen.findAllByRole('row'))[1]!;
    expect(within(row).getByText('Ana López Ruiz')).toBeTruthy();
    expect(within(row).getByText('Miembro Beto Gómez')).toBeTruthy();
    expect(within(row).getByText('m-9').className).toBe('muted');
  });

  it('filters by action, person and dates, and pages within the filters', async () => {
    const { fetch, calls } = mockFetch((call) => {
      const params = new URL(call.path, 'http://x').searchParams;
      if (!params.get('action')) return jsonResponse(200, [event(3)]);
      const top = params.get('beforeSeq') ? Number(params.get('beforeSeq')) - 1 : 200;
      return jsonResponse(200, top > 150 ? Array.from({ length: 50 }, (_, i) => ({ ...event(top - i), action: 'auth.login' })) : []);
    });
    const { user } = renderApp('/bitacora', { fetch, session: makeSession({ roles: ['REVISOR'] }) });
    await screen.findAllByRole('row');
    await user.selectOptions(screen.getByLabelText('Acción'), 'Inicio de sesión');
    await user.type(screen.getByLabelText('Persona'), ' López ');
    await user.type(screen.getByLabelText('Desde'), '2025-03-01');
    await user.type(screen.getByLabelText('Hasta'), '2025-03-31');
    await user.click(screen.getByRole('button', { name: 'Filtrar' }));
    await waitFor(() => expect(screen.getAllByRole('row')).toHaveLength(51));
    await user.click(screen.getByRole('button', { name: 'Cargar más' }));
    expect(await screen.findByText('No hay eventos más antiguos.')).toBeTruthy();
    const filtered = '/api/audit-events?limit=50&action=auth.login&person=L%C3%B3pez&from=2025-03-01&to=2025-03-31';
    expect(calls.map((c) => c.path)).toEqual(['/api/audit-events?limit=50', filtered, `${filtered}&beforeSeq=151`]);
    expect(screen.getByText('No hay más eventos con estos filtros.')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Quitar filtros' }));
    await waitFor(() => expect(screen.getAllByRole('row')).toHaveLength(2));
    expect((screen.getByLabelText('Persona') as HTMLInputElement).value).toBe('');
  });
});
