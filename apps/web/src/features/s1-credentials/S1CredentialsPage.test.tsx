import type { S1ClientCreated, S1ClientView } from '@veraz/contracts';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { field, jsonResponse, makeSession, mockFetch, renderApp } from '../../test/helpers';

const USED: S1ClientView = {
  id: 'c0000000-0000-4000-8000-000000000001',
  label: 'PDN producción',
  token_url: 'https://veraz.test/s1/sefin/oauth/token',
  url: 'https://veraz.test/s1/sefin/v2/declaraciones',
  client_id: 'sefin-usado',
  username: 'pdn-usado',
  created_at: '2026-01-05T16:00:00.000Z',
  last_used_at: '2026-03-01T18:30:00.000Z',
  revoked_at: null,
};
const CREATED: S1ClientCreated = {
  id: 'c0000000-0000-4000-8000-000000000002',
  label: 'PDN pruebas',
  token_url: USED.token_url,
  url: USED.url,
  client_id: 'sefin-nuevo',
  client_secret: 'secreto-que-solo-se-ve-una-vez',
  username: 'pdn-nuevo',
  password: 'password-que-solo-se-ve-una-vez',
};
const admin = makeSession({ roles: ['ADMIN_INSTITUCION'] });

describe('S1CredentialsPage', () => {
  it('creates a credential, shows its secrets once with a warning, lists last use and revokes after confirmation', async () => {
    let list: S1ClientView[] = [USED];
    const { fetch, calls } = mockFetch((call) => {
      if (call.method === 'GET') return jsonResponse(200, list);
      if (call.path === '/api/s1-clients') {
        const { client_secret: _s, password: _p, ...view } = CREATED;
        list = [{ ...view, created_at: '2026-03-02T10:00:00.000Z', last_used_at: null, revoked_at: null }, USED];
        return jsonResponse(201, CREATED);
      }
      const revoked = { ...list[0]!, revoked_at: '2026-03-02T11:00:00.000Z' };
      list = [revoked, USED];
      return jsonResponse(200, revoked);
    });
    const { user } = renderApp('/institucion/credenciales-s1', { fetch, session: admin });

    const table = await screen.findByRole('table');
    expect(within(table).getByText('PDN producción')).toBeTruthy();
    expect(table.textContent).toContain('1 mar 2026');

    await user.clear(field('Nombre de la credencial'));
    await user.type(field('Nombre de la credencial'), 'PDN pruebas');
    await user.click(screen.getByRole('button', { name: 'Crear credencial' }));
    const shown = await screen.findByTestId('credencial-nueva');
    expect(shown.textContent).toContain('el client_secret y el password no se volverán a mostrar');
    expect(shown.textContent).toContain(CREATED.client_secret);
    expect(shown.textContent).toContain(CREATED.password);
    expect(within(shown).getByRole('button', { name: 'Copiar client_secret' })).toBeTruthy();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ label: 'PDN pruebas' });
    expect(await screen.findByText('Nunca')).toBeTruthy();

    await user.click(within(shown).getByRole('button', { name: 'Ya los copié' }));
    expect(screen.queryByTestId('credencial-nueva')).toBeNull();
    expect(document.body.textContent).not.toContain(CREATED.client_secret);

    await user.click(screen.getByRole('button', { name: 'Revocar la credencial PDN pruebas' }));
    expect(calls.some((c) => c.path.endsWith('/revoke'))).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Sí, revocar la credencial PDN pruebas' }));
    expect(await screen.findByText(/Se revocó la credencial «PDN pruebas»/)).toBeTruthy();
    expect(calls.find((c) => c.path.endsWith('/revoke'))?.path).toBe(`/api/s1-clients/${CREATED.id}/revoke`);
    expect(screen.getByText(/Revocada el/)).toBeTruthy();
  });
});
