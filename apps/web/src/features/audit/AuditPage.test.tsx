import type { AuditEventView } from '@veraz/contracts';
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, makeSession, mockFetch, renderApp } from '../../test/helpers';

function event(seq: number): AuditEventView {
  // Every code the server records has a label: filings and their classification included.
  const actions = ['auth.login', 'member.roles_changed', 'declaration.filed', 'filing.reserved', 'vendor.future_code'];
  return { seq, occurredAt: '2025-03-01T10:00:00.000Z', action: actions[seq % actions.length]!, actorUserId: 'user-1', targetType: 'user', targetId: 'user-1', details: {}, hash: `h${seq}` };
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

    expect((await screen.findAllByText('Inicio de sesión')).length).toBeGreaterThan(0);
    expect(screen.getAllByText('Cambio de roles').length).toBeGreaterThan(0);
    expect(screen.getAllByText('Declaración presentada y firmada').length).toBeGreaterThan(0);
    expect(screen.getAllByText('Declaración clasificada como reservada').length).toBeGreaterThan(0);
    // A code this version does not know is shown as it is.
    expect(screen.getAllByText('vendor.future_code').length).toBeGreaterThan(0);
    expect(screen.getAllByRole('row')).toHaveLength(51);

    await user.click(screen.getByRole('button', { name: 'Cargar más' }));

    await waitFor(() => expect(screen.getAllByRole('row')).toHaveLength(61));
    expect(calls.map((c) => c.path)).toEqual(['/api/audit-events?limit=50', '/api/audit-events?limit=50&beforeSeq=11']);
    expect(screen.getByText('Se cargaron 10 eventos más.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Cargar más' })).toBeNull();
  });

  it('names the platform operator as the author of its actions on the institution', async () => {
    const operatorEntry: AuditEventView = {
      seq: 2, occurredAt: '2025-03-01T10:00:00.000Z', action: 'invitation.created', actorUserId: 'op-1', targetType: 'invitation', targetId: 'inv-1',
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
});
