import type { InvitationView } from '@veraz/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { field, findField, jsonResponse, makeSession, mockFetch, renderApp } from '../../test/helpers';

const PENDING: InvitationView = {
  id: 'b0000000-0000-4000-8000-000000000001',
  email: 'pedro@sefin.gob.mx',
  roles: ['DECLARANTE'],
  employmentLevel: null,
  status: 'PENDIENTE',
  expiresAt: '2030-01-01T00:00:00.000Z',
  createdAt: '2029-12-25T00:00:00.000Z',
};

describe('InvitationsPage', () => {
  it('creates an invitation, says it was e-mailed to that address (no link on screen) and lists it', async () => {
    let list: InvitationView[] = [];
    const { fetch, calls } = mockFetch((call) => {
      if (call.method === 'GET') return jsonResponse(200, { items: list, total: list.length });
      const body = call.body as { email: string; roles: InvitationView['roles']; employmentLevel: InvitationView['employmentLevel'] };
      const created = { ...PENDING, id: 'nueva', email: body.email, roles: body.roles, employmentLevel: body.employmentLevel, expiresAt: '2030-01-15T18:00:00.000Z' };
      list = [created];
      return jsonResponse(201, created);
    });
    const { user } = renderApp('/invitaciones', { fetch, session: makeSession({ roles: ['ADMIN_INSTITUCION'] }) });

    expect(await screen.findByText('Todavía no hay invitaciones.')).toBeTruthy();
    await user.type(await findField('Correo electrónico'), 'rosa@sefin.gob.mx');
    await user.click(screen.getByLabelText('Revisor (Órgano Interno de Control)'));
    await user.click(screen.getByRole('button', { name: 'Enviar invitación' }));
    // A future filer needs their employment level: the form asks for it before sending.
    expect((await screen.findByRole('alert')).textContent).toContain('Elige el nivel de empleo de quien declarará.');
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
    await user.selectOptions(field('Nivel de empleo'), 'INFERIOR_A_JEFE_DEPARTAMENTO');
    await user.click(screen.getByRole('button', { name: 'Enviar invitación' }));

    const sent = (await screen.findByRole('heading', { name: 'Invitación enviada a rosa@sefin.gob.mx' })).closest('section')!;
    expect(sent.textContent).toContain('Enviamos a rosa@sefin.gob.mx un correo con el enlace para aceptar la invitación; vence el 15 de enero de 2030.');
    expect(sent.textContent).toContain('el enlace solo llega a ese correo');
    expect(sent.textContent).toContain('revoca la invitación en la lista de abajo y envía otra');
    expect(within(sent).queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Copiar enlace' })).toBeNull();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ email: 'rosa@sefin.gob.mx', roles: ['DECLARANTE', 'REVISOR'], employmentLevel: 'INFERIOR_A_JEFE_DEPARTAMENTO' });
    const table = await screen.findByRole('table');
    expect(within(table).getByText('rosa@sefin.gob.mx')).toBeTruthy();
    expect(within(table).getByText(/Nivel: Inferior a jefe de departamento/)).toBeTruthy();
    expect(field('Correo electrónico').value).toBe('');
  });

  it('revokes a pending invitation after confirmation', async () => {
    const { fetch, calls } = mockFetch((call) =>
      call.method === 'GET' ? jsonResponse(200, { items: [PENDING], total: 1 }) : jsonResponse(200, { ...PENDING, status: 'REVOCADA' }),
    );
    const { user } = renderApp('/invitaciones', { fetch, session: makeSession({ roles: ['ADMIN_INSTITUCION'] }) });

    await user.click(await screen.findByRole('button', { name: 'Revocar la invitación de pedro@sefin.gob.mx' }));
    expect(calls.some((c) => c.path.endsWith('/revoke'))).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Sí, revocar la invitación de pedro@sefin.gob.mx' }));

    await waitFor(() => expect(screen.getByText('Revocada')).toBeTruthy());
    expect(screen.getByText('Se revocó la invitación de pedro@sefin.gob.mx.')).toBeTruthy();
    expect(calls.find((c) => c.path.endsWith('/revoke'))?.path).toBe(`/api/invitations/${PENDING.id}/revoke`);
  });
});

describe('InvitationsPage resend', () => {
  it('resends a pending or expired invitation and says the old link no longer works', async () => {
    const EXPIRED: InvitationView = { ...PENDING, id: 'b0000000-0000-4000-8000-000000000002', email: 'vencida@sefin.gob.mx', status: 'VENCIDA' };
    const { fetch, calls } = mockFetch((call) => {
      if (call.method === 'GET') return jsonResponse(200, { items: [PENDING, EXPIRED], total: 2 });
      return jsonResponse(200, { ...EXPIRED, status: 'PENDIENTE', expiresAt: '2030-02-01T00:00:00.000Z' });
    });
    const { user } = renderApp('/invitaciones', { fetch, session: makeSession({ roles: ['ADMIN_INSTITUCION'] }) });

    // An expired invitation can be resent but not revoked; once resent it is pending again.
    const resend = await screen.findByRole('button', { name: 'Reenviar la invitación de vencida@sefin.gob.mx' });
    expect(screen.queryByRole('button', { name: 'Revocar la invitación de vencida@sefin.gob.mx' })).toBeNull();
    await user.click(resend);
    expect(await screen.findByText('Se reenvió la invitación a vencida@sefin.gob.mx con un enlace nuevo; el enlace anterior ya no sirve.')).toBeTruthy();
    expect(calls.find((c) => c.method === 'POST')?.path).toBe(`/api/invitations/${EXPIRED.id}/resend`);
    expect(screen.getByRole('button', { name: 'Revocar la invitación de vencida@sefin.gob.mx' })).toBeTruthy();
  });
});
