import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, makeSession, mockFetch, renderApp } from '../../test/helpers';
import { declarationSummary, FILING_ID, filerObligation, filingSummary, OTHER_FILING_ID } from './testData';

const notFound = () => jsonResponse(404, { statusCode: 404, code: 'NO_ENCONTRADO', message: 'No se encontró.' });

beforeEach(() => {
  // Only the clock: obligations depend on today's date in Mexico City.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-05-10T18:00:00.000Z'));
});

describe('MyDeclarationsPage', () => {
  it('lists what is pending, the drafts with their progress and the presented declarations', async () => {
    const inicial = filingSummary();
    const draft = declarationSummary({ progress: 40 });
    const presented = declarationSummary({ id: 'd-0', tipo: 'INICIAL', status: 'PRESENTADA', anioReportado: null, fechaTomaPosesion: '2025-01-15', filingId: FILING_ID, progress: 100 });
    // A reviewer's list can include other people's filings: they must not show up here.
    const someoneElse = filingSummary({ id: OTHER_FILING_ID, folio: 'SEFIN-2025-000099', filer: { userId: 'user-9', nombreCompleto: 'Luis García' } });
    const { fetch, calls } = mockFetch((call) => {
      if (call.path === '/api/declarations') return jsonResponse(200, [draft, presented]);
      if (call.path.startsWith('/api/filings?')) return jsonResponse(200, { items: [someoneElse, inicial], total: 2 });
      if (call.path === '/api/declarations/obligations') return jsonResponse(200, { onRoster: true, items: [filerObligation({ state: 'PRESENTADA_EN_TIEMPO', stateLabel: 'Presentada en tiempo', metOn: '2025-03-10' })] });
      return notFound();
    });
    renderApp('/declaraciones', { fetch, session: makeSession({ roles: ['DECLARANTE', 'REVISOR'] }) });

    expect(await screen.findByRole('heading', { level: 1, name: 'Mis declaraciones' })).toBeTruthy();
    // The title is set in an effect, after the heading renders.
    await waitFor(() => expect(document.title).toBe('Mis declaraciones · Veraz'));
    expect(screen.getByRole('link', { name: 'Nueva declaración' }).getAttribute('href')).toBe('/declaraciones/nueva');

    // The roster's only obligation was met: nothing is pending.
    const pending = await screen.findByRole('region', { name: 'Pendientes' });
    expect(await within(pending).findByText('No tienes declaraciones pendientes ni omisas.')).toBeTruthy();

    const drafts = screen.getByRole('region', { name: 'En captura' });
    expect(within(drafts).getByRole('heading', { name: 'Declaración de modificación' })).toBeTruthy();
    expect(within(drafts).getByText('Año reportado: 2025')).toBeTruthy();
    expect(within(drafts).getByText('Formato completo')).toBeTruthy();
    const bar = within(drafts).getByRole('progressbar', { name: 'Avance de la declaración de modificación' }) as HTMLProgressElement;
    expect(bar.value).toBe(40);
    expect(within(drafts).getByRole('link', { name: /^Continuar/ }).getAttribute('href')).toBe(`/declaraciones/${draft.id}`);

    const filed = screen.getByRole('region', { name: 'Presentadas' });
    const rows = within(filed).getAllByRole('row');
    expect(rows).toHaveLength(2);
    expect(within(rows[1]!).getByRole('link', { name: 'SEFIN-2025-000012' }).getAttribute('href')).toBe(`/presentadas/${FILING_ID}`);
    expect(rows[1]!.textContent).toContain('Declaración inicial');
    expect(rows[1]!.textContent).toContain('Toma de posesión: 15 de enero de 2025');
    // 17:45 UTC is 11:45 in Mexico City.
    expect(rows[1]!.textContent).toContain('10 de marzo de 2025');
    expect(rows[1]!.textContent).toMatch(/11:45/);
    expect(within(filed).queryByText('SEFIN-2025-000099')).toBeNull();
    expect(calls.map((c) => c.path).sort()).toEqual(['/api/avisos-cambio-ente', '/api/declarations', '/api/declarations/obligations', '/api/filings?mine=true&limit=200&offset=0']);
  });

  it('lists missed years first, then the pending one, with due dates and a preselected start link', async () => {
    const obligations = {
      onRoster: true,
      items: [
        filerObligation({ id: 'o-24', kind: 'MODIFICACIÓN', kindLabel: 'Declaración de modificación', periodKey: '2024', triggerDate: '2025-05-01', windowStart: '2025-05-01', dueDate: '2025-05-31', state: 'OMISA', stateLabel: 'Omisa' }),
        filerObligation({ id: 'o-25', kind: 'MODIFICACIÓN', kindLabel: 'Declaración de modificación', periodKey: '2025', triggerDate: '2026-05-01', windowStart: '2026-05-01', dueDate: '2026-05-31' }),
        filerObligation({ id: 'o-i', state: 'PRESENTADA_EN_TIEMPO', stateLabel: 'Presentada en tiempo', metOn: '2019-03-20' }),
      ],
    };
    const { fetch } = mockFetch((call) => {
      if (call.path === '/api/declarations') return jsonResponse(200, [declarationSummary({ id: 'd-0', tipo: 'INICIAL', status: 'PRESENTADA', anioReportado: null, filingId: FILING_ID })]);
      if (call.path.startsWith('/api/filings?')) return jsonResponse(200, { items: [filingSummary()], total: 1 });
      if (call.path === '/api/declarations/obligations') return jsonResponse(200, obligations);
      return notFound();
    });
    renderApp('/declaraciones', { fetch, session: makeSession() });

    const pending = await screen.findByRole('region', { name: 'Pendientes' });
    await within(pending).findByRole('heading', { name: 'Declaración de modificación (año 2024)' });
    const cards = within(pending).getAllByRole('listitem');
    expect(cards.map((c) => within(c).getByRole('heading').textContent)).toEqual(['Declaración de modificación (año 2024)', 'Declaración de modificación (año 2025)']);
    expect(cards[0]!.textContent).toContain('Omisa');
    expect(cards[0]!.textContent).toContain('Venció el 31 de mayo de 2025');
    expect(cards[1]!.textContent).toContain('Plazo: del 1 de mayo de 2026 al 31 de mayo de 2026');
    const start = within(pending).getByRole('link', { name: 'Iniciar declaración de modificación 2024' });
    expect(start.getAttribute('href')).toBe('/declaraciones/nueva?tipo=MODIFICACI%C3%93N&anioReportado=2024');
    expect(screen.getByText('No tienes declaraciones en captura.')).toBeTruthy();
  });

  it('tells a filer who is not on the roster that no deadlines can be computed yet', async () => {
    const { fetch } = mockFetch((call) => {
      if (call.path === '/api/declarations') return jsonResponse(200, []);
      if (call.path.startsWith('/api/filings?')) return jsonResponse(200, { items: [], total: 0 });
      if (call.path === '/api/declarations/obligations') return jsonResponse(200, { onRoster: false, items: [] });
      return notFound();
    });
    renderApp('/declaraciones', { fetch, session: makeSession() });

    const pending = await screen.findByRole('region', { name: 'Pendientes' });
    expect((await within(pending).findByText(/no te registra en su padrón/)).textContent).toContain('puedes iniciarla desde «Nueva declaración»');
    expect(screen.getByText('No tienes declaraciones en captura.')).toBeTruthy();
    expect(screen.getByText('Todavía no has presentado declaraciones.')).toBeTruthy();
  });

  it('is only for declarants', async () => {
    const { fetch, calls } = mockFetch(notFound);
    renderApp('/declaraciones', { fetch, session: makeSession({ roles: ['REVISOR'] }) });

    expect(await screen.findByRole('heading', { name: 'No tienes permiso para ver esta página' })).toBeTruthy();
    expect(calls).toHaveLength(0);
  });
});
